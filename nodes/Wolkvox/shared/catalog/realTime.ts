import { durations, numbers, percents, realTimeView, text, timestamps } from './builders';
import { SERVICES_TIME, SKILL_ID } from './params';
import type { Endpoint } from './types';

// `real_time.php?api=…` — the collection's "Tiempo Real" folder: the operation right now, no dates.
// Left out: `latency` (three differently shaped lists in one row; see docs/catalog-notes.md). The examples are blank.


export const REAL_TIME: Endpoint[] = [
	realTimeView('agents', 'Agents Now', {
		description: "Every agent's current state and seconds in it, plus today's calls, time in each state, AHT and occupancy",
		fields: [
			...text('agent_id', 'agent_name', 'agent_status'),
			...numbers('calls', 'inbound', 'outbound', 'internal'),
			// Seconds in the current state.
			...numbers('time_state_now'),
			...durations('ready_time', 'inbound_time', 'outbound_time', 'acw_time', 'ring_time'),
			...durations('login_time', 'aht_time'),
			// Sic: "ocupation" (reports say occupancy).
			...percents('ocupation'),
			...durations('aux_time'),
		],
	}),
	realTimeView('calls_last_10', 'Calls in the Last 10 Minutes', {
		description: 'Every call received or made in the last 10 minutes: call type, result, date, phone, customer and call ID',
		fields: [...text('type_interaction', 'result'), ...timestamps('date'), ...text('telephone', 'customer_id', 'conn_id')],
	}),
	realTimeView('hits_last_hour', 'Calls and Hits in the Last Hour', {
		description: 'Every call of the last 60 minutes: call ID, type, date, phone, customer and whether its activity code counts as a hit',
		fields: [
			...text('conn_id', 'type_interaction'),
			// Documented as YYYYmmddHHiiss (14 digits), unlike the reports' "YYYY-MM-DD HH:MM:SS".
			...timestamps('date'),
			...text('telephone', 'customer_id', 'hit'),
		],
	}),
	realTimeView('info_server', 'Dedicated Server Load', {
		description: "A dedicated server's CPU (average, maximum, minimum over the last 10 s) and RAM use, calls in progress and connected agents, as a single row",
		// `data` is one object, not an array (see docs/catalog-notes.md). Dedicated servers only.
		fields: [...percents('cpu_avg_10s', 'cpu_max_10s', 'cpu_min_10s', 'ram'), ...numbers('calls', 'connected_agents')],
	}),
	realTimeView('skills', 'Skills Now', {
		description: 'Per skill: calls waiting in queue now and today\'s inbound, answered and abandoned calls, service levels and abandonment',
		params: [SKILL_ID, SERVICES_TIME],
		fields: [
			...text('skill_id', 'skill_name'), ...numbers('calls_in_queue_now', 'stat_inbound', 'stat_answer', 'stat_abandon'),
			...percents('service_level_10seg', 'service_level_20seg', 'service_level_30seg', 'by_abandon'),
		],
	}),
	realTimeView('campaigns', 'Campaigns Now', {
		description: 'Per campaign: status, speed, skill, records by dialing result, penetration, hits, calls per minute and recycles',
		fields: [
			// ID, name and dialing percentage per phone in one text.
			...text('campaign'),
			...numbers('speed'),
			// started or stopped.
			...text('status', 'skill_id'),
			...numbers('records', 'clean', 'dial', 'answer', 'no_answer'),
			// The key really contains slashes.
			...numbers('busy/congestion/failed', 'answer_machine'),
			...percents('penetration_day', 'penetration_now'),
			...numbers('hits', 'calls_x_min', 'recycled'),
		],
	}),
	realTimeView('chats', 'Active Chats Now', {
		description: "Every chat open right now, per agent: chat, channel, WhatsApp connector, customer phone and the conversation's messages",
		// Nested twice: {agent_id, active_chats: [{conn_id, …, conversation: [{from, msg, date}]}]}; the
		// fields below are one flattened row per message (see docs/catalog-notes.md).
		fields: [
			...text('agent_id', 'conn_id', 'channel', 'connector_id', 'customer_phone', 'from', 'msg'), ...timestamps('date'),
		],
	}),
	realTimeView('interactions', 'Active Interactions Now', {
		description: 'Every email or social interaction open right now, per agent: interaction, subject, sender and date',
		// Nested: {agent_id, active_interactions: [{conn_id, subject, fromname, date}]}; the fields below
		// are one flattened row per interaction (see docs/catalog-notes.md).
		fields: [...text('agent_id', 'conn_id', 'subject', 'fromname'), ...timestamps('date')],
	}),
	realTimeView('recall', 'Scheduled Campaign Recalls', {
		description: 'Every callback scheduled in the campaigns: how it was created, when it is due, phone, campaign and assigned agent',
		params: [
			{
				displayName: 'Recall Type',
				name: 'type',
				description: 'Which recalls to list: all, manual or auto',
				required: true,
				type: 'string',
				default: 'all',
			},
		],
		fields: [
			...text('type_recall'),
			...timestamps('date_recall'),
			...text('phone_number'),
			// The field table says id_campaign; the example body says id_campaing.
			{ name: 'id_campaign', type: 'text', aliases: ['id_campaing'] },
			...text('id_agent'),
		],
	}),
];
