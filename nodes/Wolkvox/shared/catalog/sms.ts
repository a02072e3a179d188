import { bodyField, objectBody, SINGLE, writeIn } from './builders';
import type { Endpoint } from './types';

// `sms.php`, the "SMS" folder of Wolkvox's collection. What it takes and answers: docs/wolkvox-api.md#messaging.

const write = writeIn('sms');

export const SMS: Endpoint[] = [
	write('POST', 'send_sms', 'Send SMS', {
		action: 'Send SMS',
		description:
			'Send one text message (SMS) to a phone number, one per input item; use it to notify a customer by SMS; it is sent at most once and never repeated after an unclear failure',
		body: objectBody(
			bodyField('telephone', 'Telephone', 'The phone number to send the SMS to, with its country code', { required: true, format: 'telephone' }),
			bodyField('message', 'Message', 'The text to send', { required: true }),
		),
		write: {
			batching: SINGLE,
			outcome: 'sent',
			check: "Wolkvox's SMS report in wolkvox Manager shows whether the message went out; running again would send it a second time",
		},
	}),
];
