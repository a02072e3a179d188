import { lookupIn, numbers, percents, text, timestamps } from './builders';
import { SPEECH_ON_DEMAND } from './speechOnDemand';
import type { Endpoint, Param } from './types';

const lookup = lookupIn('speech_analytics');

// `speech_analytics.php?api=speech_calls` — the collection's "Speech Analytics" folder (its PUT,
// speech_on_demand, is a configuration.php write).

/** "Los campos filter y value son opcionales": one column to filter on, and its value. */
const FILTER: Param = {
	displayName: 'Filter By',
	name: 'filter',
	description: 'The column to filter the calls on, with Filter Value; none returns every analyzed call',
	type: 'options',
	options: [
		{ name: 'Activity Code', value: 'cod_act' },
		{ name: 'Agent ID', value: 'id_agent' },
		{ name: 'Call ID', value: 'id_call' },
		{ name: 'No Filter', value: '' },
		{ name: 'Transcript Text', value: 'speech_to_text' },
	],
	default: '',
};

const FILTER_VALUE: Param = {
	displayName: 'Filter Value',
	name: 'value',
	description: 'The value the Filter By column must have (a call ID, an agent ID, an activity code, or words of the transcript)',
	type: 'string',
	default: '',
};

export const SPEECH_ANALYTICS: Endpoint[] = [
	lookup('speech_calls', 'Get Speech Calls', {
		action: 'Get speech call rows',
		description: 'One row per analyzed call or chat: agent, customer, duration, date, activity code, silence, transcript, summary, sentiment, channel, topic, first-contact resolution and CSAT with their justifications',
		dateRange: true,
		params: [FILTER, FILTER_VALUE],
		fields: [
			...text('conn_id', 'agent_id', 'customer_phone'),
			// Documented "en unidades de segundos".
			...numbers('time'),
			...timestamps('date'),
			...text('cod_act'),
			...percents('silence'),
			...text('audio_text', 'customer_id', 'summary'),
			// feeling: Very negative … Very positive; channel: voice, chat-whatsapp or chat-sms.
			...text('feeling', 'channel'),
			// In the field table, not in the example.
			...text('topic'),
			// 1 (resolved at first contact) or 0.
			...numbers('fcr'),
			...text('fcr_justification'),
			...numbers('csat'),
			...text('csat_justification'),
		],
	}),
	// A write of configuration.php, shown beside the analysis it asks for.
	SPEECH_ON_DEMAND,
];
