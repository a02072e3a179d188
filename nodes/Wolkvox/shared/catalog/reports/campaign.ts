import { durations, numbers, percents, report, text, timestamps } from '../builders';
import type { Endpoint, Field, Param } from '../types';

// Reports Manager, collection folder "Reportes > Campañas" (campaign_*). Every report takes
// `campaign_id` (a campaign's ID or `all`). The examples are blank.

const CAMPAIGN_ID: Param = {
	displayName: 'Campaign ID',
	name: 'campaign_id',
	description: 'The campaign to report on, or all for every campaign',
	required: true,
	type: 'string',
	default: 'all',
	acceptsAll: true,
	list: 'campaigns',
};

/** Count and share of records per result, as campaign_1, campaign_2 and campaign_4 give them. */
const SHARE: Field[] = [
	...numbers('records'),
	...percents('percent'),
];

/** The campaign's extra database columns opt1 … opt12, as the example names them (`opt#` in the table). */
const OPTIONAL_COLUMNS: Field[] = Array.from({ length: 12 }, (_, i) => ({ name: `opt${i + 1}`, type: 'text' as const }));

export const CAMPAIGN_REPORTS: Endpoint[] = [
	report('campaign_1', 'Final Dialer Results', {
		description: "Per final dialer result (answer, no-answer, busy, answer-machine, …): records and share of the campaign, aggregated over the whole range",
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [{ name: 'result', type: 'text' }, ...SHARE],
	}),
	report('campaign_2', 'Results by Activity Code', {
		description: 'Per activity code used on campaign records: records and share of the campaign, aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [
			// "TIMEOUTACW" when the agent did not code in time.
			...text('cod_act'),
			...SHARE,
		],
	}),
	report('campaign_3', 'Phone-by-Phone Results', {
		description: "One row per dialed record: campaign, customer's name and ID, date, phone, result, the record's extra columns and call ID",
		params: [CAMPAIGN_ID],
		fields: [
			...text('campaign_id', 'customer_name', 'customer_last_name', 'id_type', 'customer_id'), ...timestamps('date'),
			...text('telephone', 'result'), ...OPTIONAL_COLUMNS, ...text('conn_id'),
		],
	}),
	report('campaign_4', 'Dialer Results per Attempt', {
		description: 'Per dialer result counting every attempt: attempts and share of all attempts, aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [{ name: 'result', type: 'text' }, ...SHARE],
	}),
	report('campaign_5', 'Preview Campaign Call Detail', {
		description: 'One row per preview-campaign record or call: customer, result, last code, comments, agent, call, phone, who hung up, call type and result, date, duration and activity code',
		params: [CAMPAIGN_ID],
		fields: [
			// preview or call.
			...text('type_of_row', 'campaign_id', 'customer_name', 'customer_last_name', 'result'),
			...text('last_code_act', 'comments_customer_reg', 'customer_id', 'agent_id', 'conn_id'),
			...text('telephone', 'hang_up', 'type_interaction', 'call_result'),
			...timestamps('date'),
			...durations('time'),
			...text('cod_act', 'comments'),
		],
	}),
	report('campaign_6', 'Answering Machine Detections by Campaign', {
		description: 'Per campaign: total answering machines detected (AMD), aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [...text('campaign_id'), ...numbers('total_amd')],
	}),
	report('campaign_7', 'Answering Machine Detection Detail', {
		description: 'One row per answering-machine detection: customer, campaign, voice file left, phone, result (machine or human) and date',
		params: [CAMPAIGN_ID],
		fields: [...text('customer_id', 'campaign_id', 'file_name', 'telephone', 'result'), ...timestamps('date')],
	}),
	report('campaign_8', 'Dialer Results by Phone Number', {
		description: 'Per phone number: times the dialer reached a machine result and how many were no answer, answering machine, busy, congestion or failed, aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [
			...text('telephone'), ...numbers('total_machine_recognitions', 'no_answer', 'answer_machine', 'busy', 'congestion'),
			...numbers('failed'),
		],
	}),
	report('campaign_9', 'WhatsApp Campaign Record Status', {
		description: 'One row per WhatsApp campaign record: campaign, phone, delivery status (accepted, submitted, delivered, failed), errors, date and last update',
		params: [CAMPAIGN_ID],
		fields: [
			// Sic: "campaing_id", in both the field table and the example.
			...text('campaing_id', 'telephone', 'status', 'errors'),
			...timestamps('date', 'last_update'),
		],
	}),
	report('campaign_10', 'Turbo Dial Results by Dialer Code', {
		description: 'Per dialer result detected by Turbo Dial: number of times, aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [
			...text('machinecode'),
			// Spanish key ("quantity").
			...numbers('cantidad'),
		],
	}),
];
