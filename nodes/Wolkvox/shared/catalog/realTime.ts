import { realTimeView } from './builders';
import { SERVICES_TIME, SKILL_ID } from './params';
import type { Endpoint } from './types';

// `real_time.php?api=…` — the collection's "Tiempo Real" folder: the operation right now, no dates.
// Left out: `latency` (three differently shaped lists in one row; see docs/catalog-notes.md). The examples are blank.


export const REAL_TIME: Endpoint[] = [
	realTimeView({
		api: 'agents',
		name: 'Agents Now',
		description: "Every agent's current state and seconds in it, plus today's calls, time in each state, AHT and occupancy",
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_status', type: 'text' },
			{ name: 'calls', type: 'number' },
			{ name: 'inbound', type: 'number' },
			{ name: 'outbound', type: 'number' },
			{ name: 'internal', type: 'number' },
			// Seconds in the current state.
			{ name: 'time_state_now', type: 'number' },
			{ name: 'ready_time', type: 'duration' },
			{ name: 'inbound_time', type: 'duration' },
			{ name: 'outbound_time', type: 'duration' },
			{ name: 'acw_time', type: 'duration' },
			{ name: 'ring_time', type: 'duration' },
			{ name: 'login_time', type: 'duration' },
			{ name: 'aht_time', type: 'duration' },
			// Sic: "ocupation" (reports say occupancy).
			{ name: 'ocupation', type: 'percent' },
			{ name: 'aux_time', type: 'duration' },
		],
	}),
	realTimeView({
		api: 'calls_last_10',
		name: 'Calls in the Last 10 Minutes',
		description: 'Every call received or made in the last 10 minutes: call type, result, date, phone, customer and call ID',
		fields: [
			{ name: 'type_interaction', type: 'text' },
			{ name: 'result', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'telephone', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
		],
	}),
	realTimeView({
		api: 'hits_last_hour',
		name: 'Calls and Hits in the Last Hour',
		description: 'Every call of the last 60 minutes: call ID, type, date, phone, customer and whether its activity code counts as a hit',
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			// Documented as YYYYmmddHHiiss (14 digits), unlike the reports' "YYYY-MM-DD HH:MM:SS".
			{ name: 'date', type: 'timestamp' },
			{ name: 'telephone', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'hit', type: 'text' },
		],
	}),
	realTimeView({
		api: 'info_server',
		name: 'Dedicated Server Load',
		description: "A dedicated server's CPU (average, maximum, minimum over the last 10 s) and RAM use, calls in progress and connected agents, as a single row",
		// `data` is one object, not an array (see docs/catalog-notes.md). Dedicated servers only.
		fields: [
			{ name: 'cpu_avg_10s', type: 'percent' },
			{ name: 'cpu_max_10s', type: 'percent' },
			{ name: 'cpu_min_10s', type: 'percent' },
			{ name: 'ram', type: 'percent' },
			{ name: 'calls', type: 'number' },
			{ name: 'connected_agents', type: 'number' },
		],
	}),
	realTimeView({
		api: 'skills',
		name: 'Skills Now',
		description: 'Per skill: calls waiting in queue now and today\'s inbound, answered and abandoned calls, service levels and abandonment',
		params: [SKILL_ID, SERVICES_TIME],
		fields: [
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'calls_in_queue_now', type: 'number' },
			{ name: 'stat_inbound', type: 'number' },
			{ name: 'stat_answer', type: 'number' },
			{ name: 'stat_abandon', type: 'number' },
			{ name: 'service_level_10seg', type: 'percent' },
			{ name: 'service_level_20seg', type: 'percent' },
			{ name: 'service_level_30seg', type: 'percent' },
			{ name: 'by_abandon', type: 'percent' },
		],
	}),
	realTimeView({
		api: 'campaigns',
		name: 'Campaigns Now',
		description: 'Per campaign: status, speed, skill, records by dialing result, penetration, hits, calls per minute and recycles',
		fields: [
			// ID, name and dialing percentage per phone in one text.
			{ name: 'campaign', type: 'text' },
			{ name: 'speed', type: 'number' },
			// started or stopped.
			{ name: 'status', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'records', type: 'number' },
			{ name: 'clean', type: 'number' },
			{ name: 'dial', type: 'number' },
			{ name: 'answer', type: 'number' },
			{ name: 'no_answer', type: 'number' },
			// The key really contains slashes.
			{ name: 'busy/congestion/failed', type: 'number' },
			{ name: 'answer_machine', type: 'number' },
			{ name: 'penetration_day', type: 'percent' },
			{ name: 'penetration_now', type: 'percent' },
			{ name: 'hits', type: 'number' },
			{ name: 'calls_x_min', type: 'number' },
			{ name: 'recycled', type: 'number' },
		],
	}),
	realTimeView({
		api: 'chats',
		name: 'Active Chats Now',
		description: "Every chat open right now, per agent: chat, channel, WhatsApp connector, customer phone and the conversation's messages",
		// Nested twice: {agent_id, active_chats: [{conn_id, …, conversation: [{from, msg, date}]}]}; the
		// fields below are one flattened row per message (see docs/catalog-notes.md).
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'connector_id', type: 'text' },
			{ name: 'customer_phone', type: 'text' },
			{ name: 'from', type: 'text' },
			{ name: 'msg', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	realTimeView({
		api: 'interactions',
		name: 'Active Interactions Now',
		description: 'Every email or social interaction open right now, per agent: interaction, subject, sender and date',
		// Nested: {agent_id, active_interactions: [{conn_id, subject, fromname, date}]}; the fields below
		// are one flattened row per interaction (see docs/catalog-notes.md).
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'subject', type: 'text' },
			{ name: 'fromname', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	realTimeView({
		api: 'recall',
		name: 'Scheduled Campaign Recalls',
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
			{ name: 'type_recall', type: 'text' },
			{ name: 'date_recall', type: 'timestamp' },
			{ name: 'phone_number', type: 'text' },
			// The field table says id_campaign; the example body says id_campaing.
			{ name: 'id_campaign', type: 'text', aliases: ['id_campaing'] },
			{ name: 'id_agent', type: 'text' },
		],
	}),
];
