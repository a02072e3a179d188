import { bodyField, objectBody, SINGLE, writeIn } from './builders';
import type { Endpoint } from './types';

// `configuration.php?api=speech_on_demand`, in the "Speech Analytics" folder of Wolkvox's collection:
// asks Speech Analytics to transcribe and analyse one call. Wired into the Speech Analytics resource.

const inConfiguration = writeIn('configuration');

export const SPEECH_ON_DEMAND: Endpoint = inConfiguration('PUT', 'speech_on_demand', 'Analyze Call', {
	action: 'Analyze call with speech analytics',
	description:
		"Ask Speech Analytics (and VOC) to analyse a recorded call, by its call ID and agent; use it for calls outside the account's automatic analysis",
	body: objectBody(
		bodyField('conn_id', 'Call ID', 'The ID (conn_id) of the call to analyse', { required: true }),
		bodyField('agent_id', 'Agent ID', 'The agent of the call', { required: true, list: 'agents' }),
		// In the request table, not in the example body: sent only when given.
		bodyField('date_ini', 'Start Date', 'The start of the range the call is in', { format: 'wallTime' }),
		bodyField('date_end', 'End Date', 'The end of the range the call is in', { format: 'wallTime' }),
	),
	write: {
		batching: SINGLE,
		outcome: 'requested',
		check: "The Report resource's speech analytics reports list the call once it is analysed; asking again may analyse it twice",
	},
});
