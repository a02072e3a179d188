import { report } from '../builders';
import type { Endpoint, Field, Param } from '../types';

// Reports Manager, collection folder "Reportes > Agentes" (agent_*). Formats: a production agent_1 row
// (see docs/catalog-notes.md) shows times as "HH:MM:SS", occupancy as "34.64 %", login/logout as
// "YYYY-MM-DD HH:MM:SS"; agent_15/16 examples confirm the same for preview times.


/** The call counters every agent summary carries. */
const CALL_COUNTS: Field[] = [
	{ name: 'calls', type: 'number' },
	{ name: 'inbound', type: 'number' },
	{ name: 'outbound', type: 'number' },
	{ name: 'internal', type: 'number' },
];

/** Time per state, AHT, occupancy and auxiliary time, in the order Wolkvox sends them. */
const STATE_TIMES: Field[] = [
	{ name: 'ready_time', type: 'duration' },
	{ name: 'inbound_time', type: 'duration' },
	{ name: 'outbound_time', type: 'duration' },
	{ name: 'acw_time', type: 'duration' },
	{ name: 'ring_time', type: 'duration' },
	{ name: 'login_time', type: 'duration' },
	{ name: 'aht', type: 'duration' },
	{ name: 'occupancy', type: 'percent' },
	{ name: 'aux_time', type: 'duration' },
];

const AGENT_FILTER: Param = {
	displayName: 'Agent ID',
	name: 'agent_id',
	description: 'Only this agent (the agent ID, e.g. 12523); leave empty for every agent',
	type: 'string',
	default: '',
	list: 'agents',
};

const PREVIEW_TIMES: Field[] = [
	{ name: 'time_preview', type: 'duration' },
	{ name: 'ready', type: 'duration' },
	{ name: 'talk', type: 'duration' },
	{ name: 'not_ready_acw', type: 'duration' },
	{ name: 'auxiliary_times', type: 'duration' },
	{ name: 'ring', type: 'duration' },
	{ name: 'total_duration', type: 'duration' },
	// "15,233.33 %" occurs: a thousands separator (see docs/catalog-notes.md).
	{ name: 'preview_percent', type: 'percent' },
];

export const AGENT_REPORTS: Endpoint[] = [
	report({
		api: 'agent_1',
		name: 'Agent Time by State',
		description:
			'Per agent: calls, time in each state, AHT, occupancy, hits, RPC and first login / last logout, aggregated over the whole range (no per-day rows)',
		totals: true,
		params: [AGENT_FILTER],
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			...CALL_COUNTS,
			...STATE_TIMES,
			{ name: 'hits', type: 'number' },
			{ name: 'rpc', type: 'number' },
			// Wolkvox's own spelling; agent_11 spells it `aht_outbound`.
			{ name: 'aht_outbund', type: 'duration', aliases: ['aht_outbound'] },
			{ name: 'aht_inbound', type: 'duration' },
			// "-" when the agent did not log in during the range.
			{ name: 'login', type: 'timestamp' },
			{ name: 'logout', type: 'timestamp' },
		],
	}),
	report({
		api: 'agent_2',
		name: 'Agent Events (One Agent)',
		description: "One row per state change of one agent: state, time in it, start and end, and the call's ID, type, destination and phone",
		params: [
			{
				displayName: 'Agent ID',
				name: 'agent_id',
				description: 'The agent whose events to get (the agent ID, e.g. 12523)',
				required: true,
				type: 'string',
				default: '',
				list: 'agents',
			},
		],
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_status', type: 'text' },
			{ name: 'time', type: 'duration' },
			// In the example body, not in the field table.
			{ name: 'date_ini', type: 'timestamp' },
			{ name: 'date_end', type: 'timestamp' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'destiny', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'campaign_id', type: 'text' },
		],
	}),
	report({
		api: 'agent_3',
		name: 'Auxiliary Time by Agent',
		description: 'Time each agent spent in each auxiliary (break) state, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'aux_state', type: 'text' },
			{ name: 'time', type: 'duration' },
		],
	}),
	report({
		api: 'agent_4',
		name: 'Agent Time by State per Campaign',
		description: 'Per agent and campaign: calls, time in each state, AHT and occupancy, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			...CALL_COUNTS,
			...STATE_TIMES,
			{ name: 'campaign_id', type: 'text' },
		],
	}),
	report({
		api: 'agent_5',
		name: 'Agent Time by State per Hour and Agent',
		description: 'Per agent and hour of day: calls, time in each state, AHT and occupancy (hours nested under each agent)',
		// Nested: each row is {agent_name, agent_id, status_x_hour: [{hour, calls, …}]}; the fields
		// below are one flattened row per element of `status_x_hour` (see docs/catalog-notes.md).
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			// Hour of day; exact format unknown (agent_6/agent_8 send "HH:MM").
			{ name: 'hour', type: 'text' },
			...CALL_COUNTS,
			...STATE_TIMES,
		],
	}),
	report({
		api: 'agent_6',
		name: 'Operation Time by State per Hour',
		description: 'All agents together, one row per hour of day: calls, time in each state, AHT and occupancy (no date column)',
		fields: [
			// Hour of day, "HH:MM" ("13:00") per a public client; not a YYYYMMDDHH `hour`.
			{ name: 'hour', type: 'text' },
			...CALL_COUNTS,
			...STATE_TIMES,
		],
	}),
	report({
		api: 'agent_7',
		name: 'Agent Login and Logout',
		description: 'Per agent and day: first login, last logout and time logged in',
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			// In the field table, not in the example body.
			{ name: 'agent_dni', type: 'text' },
			{ name: 'date', type: 'date' },
			{ name: 'login', type: 'timestamp' },
			{ name: 'logout', type: 'timestamp' },
			{ name: 'login_time', type: 'duration' },
		],
	}),
	report({
		api: 'agent_8',
		name: 'Agent Time by State Hour by Hour',
		description: 'Per agent, day and hour: calls, time in each state, AHT and occupancy',
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'date', type: 'date' },
			// Hour of day, "HH:MM" ("13:00") per a public client.
			{ name: 'hour', type: 'text' },
			...CALL_COUNTS,
			...STATE_TIMES,
		],
	}),
	report({
		api: 'agent_8_1',
		name: 'Agent Time by State per 30 Minutes',
		description: 'Per agent, day and half hour: calls, time in each state, AHT and occupancy',
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'date', type: 'date' },
			// Start of the half hour; format unknown (presumably "HH:MM").
			{ name: 'hour', type: 'text' },
			...CALL_COUNTS,
			...STATE_TIMES,
		],
	}),
	report({
		api: 'agent_9',
		name: 'Hold and Mute Time by Agent',
		description: 'How often and how long each agent used hold and mute, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'count', type: 'number' },
			{ name: 'hold_time', type: 'duration' },
			{ name: 'mute_time', type: 'duration' },
			{ name: 'total_time', type: 'duration' },
		],
	}),
	report({
		api: 'agent_10',
		name: 'Hold and Mute Detail',
		description: 'One row per hold or mute: agent, call, call type, duration, skill, date, phone and customer',
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'type_action', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'time', type: 'duration' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'telephone', type: 'text' },
			{ name: 'customer_id', type: 'text' },
		],
	}),
	report({
		api: 'agent_11',
		name: 'Agent Time by State per Skill',
		description:
			'Per skill and agent: calls, time in each state, AHT, occupancy, hits and RPC, aggregated over the whole range (agents nested under each skill)',
		totals: true,
		// Nested: each row is {skill_name, agents: [{agent_name, …}]}; the fields below are one
		// flattened row per element of `agents` (see docs/catalog-notes.md).
		fields: [
			{ name: 'skill_name', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			...CALL_COUNTS,
			...STATE_TIMES,
			{ name: 'hits', type: 'number' },
			{ name: 'rpc', type: 'number' },
			{ name: 'aht_outbound', type: 'duration', aliases: ['aht_outbund'] },
			{ name: 'aht_inbound', type: 'duration' },
		],
	}),
	report({
		api: 'agent_12',
		name: 'Transfers and Conferences by Agent',
		description: 'Per agent: calls transferred, calls turned into conferences and their total time, aggregated over the whole range',
		totals: true,
		fields: [
			// The example body sends agent_name where the field table lists skill_name; both kept.
			{ name: 'agent_name', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'transfer_calls', type: 'number' },
			{ name: 'conference_calls', type: 'number' },
			{ name: 'total_time', type: 'duration' },
		],
	}),
	report({
		api: 'agent_13',
		name: 'Transfers and Conferences Detail',
		description: 'One row per transfer or conference: agent, call, date, phone, type and duration',
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'telephone', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'time', type: 'duration' },
		],
	}),
	report({
		api: 'agent_13_1',
		name: 'Transfer and Conference Chains',
		description: 'Every leg of transferred or conferenced calls: origin and destination agents, skill, caller, dialed number, type and duration',
		fields: [
			{ name: 'conn_id_transfer', type: 'text' },
			// "-" when no skill applies.
			{ name: 'skill_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'ani', type: 'text' },
			{ name: 'origin_agent_id', type: 'text' },
			{ name: 'origin_agent_name', type: 'text' },
			// "-" when there is no destination agent.
			{ name: 'destiny_agent_id', type: 'text' },
			{ name: 'destiny_agent_name', type: 'text' },
			{ name: 'dnis', type: 'text' },
			{ name: 'time', type: 'duration' },
			{ name: 'type_call', type: 'text' },
			{ name: 'id_call_origin', type: 'text' },
		],
	}),
	report({
		api: 'agent_14',
		name: 'Agent Events (All Agents)',
		description: "One row per state change of every agent: state, time in it, start and end, and the call's ID, type, destination and phone",
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_status', type: 'text' },
			{ name: 'time', type: 'duration' },
			// In the example body, not in the field table.
			{ name: 'date_ini', type: 'timestamp' },
			{ name: 'date_end', type: 'timestamp' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			// Sic: `destinity` here, `destiny` in agent_2.
			{ name: 'destinity', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'campaign_id', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'agent_name', type: 'text' },
		],
	}),
	report({
		api: 'agent_15',
		name: 'Preview Time Detail',
		description: 'One row per preview-campaign call: time from receiving the record to dialing, state times and preview share of the total',
		fields: [
			{ name: 'id_call', type: 'text' },
			{ name: 'id_agent', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'type_call', type: 'text' },
			{ name: 'date_preview', type: 'timestamp' },
			...PREVIEW_TIMES,
		],
	}),
	report({
		api: 'agent_16',
		name: 'Preview Time by Agent',
		description: 'Per agent: preview-campaign calls, accumulated preview and state times and preview share, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'id_agent', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'calls', type: 'number' },
			...PREVIEW_TIMES,
		],
	}),
];
