import { days, durations, numbers, percents, report, text, timestamps } from '../builders';
import type { Endpoint, Field, Param } from '../types';

// Reports Manager, collection folder "Reportes > Agentes" (agent_*). Formats: a production agent_1 row
// (see docs/catalog-notes.md) shows times as "HH:MM:SS", occupancy as "34.64 %", login/logout as
// "YYYY-MM-DD HH:MM:SS"; agent_15/16 examples confirm the same for preview times.


/** The call counters every agent summary carries. */
const CALL_COUNTS = numbers('calls', 'inbound', 'outbound', 'internal');

/** Time per state, AHT, occupancy and auxiliary time, in the order Wolkvox sends them. */
const STATE_TIMES: Field[] = [
	...durations('ready_time', 'inbound_time', 'outbound_time', 'acw_time', 'ring_time', 'login_time', 'aht'),
	...percents('occupancy'),
	...durations('aux_time'),
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
	...durations('time_preview', 'ready', 'talk', 'not_ready_acw', 'auxiliary_times', 'ring'),
	...durations('total_duration'),
	// "15,233.33 %" occurs: a thousands separator (see docs/catalog-notes.md).
	...percents('preview_percent'),
];

export const AGENT_REPORTS: Endpoint[] = [
	report('agent_1', 'Agent Time by State', {
		description:
			'Per agent: calls, time in each state, AHT, occupancy, hits, RPC and first login / last logout, aggregated over the whole range (no per-day rows)',
		totals: true,
		params: [AGENT_FILTER],
		fields: [
			...text('agent_id', 'agent_dni', 'agent_name'),
			...CALL_COUNTS,
			...STATE_TIMES,
			...numbers('hits', 'rpc'),
			// Wolkvox's own spelling; agent_11 spells it `aht_outbound`.
			{ name: 'aht_outbund', type: 'duration', aliases: ['aht_outbound'] },
			...durations('aht_inbound'),
			// "-" when the agent did not log in during the range.
			...timestamps('login', 'logout'),
		],
	}),
	report('agent_2', 'Agent Events (One Agent)', {
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
			...text('agent_id', 'agent_status'),
			...durations('time'),
			// In the example body, not in the field table.
			...timestamps('date_ini', 'date_end'),
			...text('conn_id', 'type_interaction', 'destiny', 'telephone', 'campaign_id'),
		],
	}),
	report('agent_3', 'Auxiliary Time by Agent', {
		description: 'Time each agent spent in each auxiliary (break) state, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [...text('agent_id', 'agent_dni', 'agent_name', 'aux_state'), ...durations('time')],
	}),
	report('agent_4', 'Agent Time by State per Campaign', {
		description: 'Per agent and campaign: calls, time in each state, AHT and occupancy, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [...text('agent_id', 'agent_name'), ...CALL_COUNTS, ...STATE_TIMES, ...text('campaign_id')],
	}),
	report('agent_5', 'Agent Time by State per Hour and Agent', {
		description: 'Per agent and hour of day: calls, time in each state, AHT and occupancy (hours nested under each agent)',
		// Nested: each row is {agent_name, agent_id, status_x_hour: [{hour, calls, …}]}; the fields
		// below are one flattened row per element of `status_x_hour` (see docs/catalog-notes.md).
		fields: [
			...text('agent_name', 'agent_id'),
			// Hour of day; exact format unknown (agent_6/agent_8 send "HH:MM").
			...text('hour'),
			...CALL_COUNTS,
			...STATE_TIMES,
		],
	}),
	report('agent_6', 'Operation Time by State per Hour', {
		description: 'All agents together, one row per hour of day: calls, time in each state, AHT and occupancy (no date column)',
		fields: [
			// Hour of day, "HH:MM" ("13:00") per a public client; not a YYYYMMDDHH `hour`.
			...text('hour'),
			...CALL_COUNTS,
			...STATE_TIMES,
		],
	}),
	report('agent_7', 'Agent Login and Logout', {
		description: 'Per agent and day: first login, last logout and time logged in',
		fields: [
			...text('agent_name', 'agent_id'),
			// In the field table, not in the example body.
			...text('agent_dni'),
			...days('date'),
			...timestamps('login', 'logout'),
			...durations('login_time'),
		],
	}),
	report('agent_8', 'Agent Time by State Hour by Hour', {
		description: 'Per agent, day and hour: calls, time in each state, AHT and occupancy',
		fields: [
			...text('agent_name', 'agent_dni', 'agent_id'),
			...days('date'),
			// Hour of day, "HH:MM" ("13:00") per a public client.
			...text('hour'),
			...CALL_COUNTS,
			...STATE_TIMES,
		],
	}),
	report('agent_8_1', 'Agent Time by State per 30 Minutes', {
		description: 'Per agent, day and half hour: calls, time in each state, AHT and occupancy',
		fields: [
			...text('agent_name', 'agent_id', 'agent_dni'),
			...days('date'),
			// Start of the half hour; format unknown (presumably "HH:MM").
			...text('hour'),
			...CALL_COUNTS,
			...STATE_TIMES,
		],
	}),
	report('agent_9', 'Hold and Mute Time by Agent', {
		description: 'How often and how long each agent used hold and mute, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [...text('agent_name'), ...numbers('count'), ...durations('hold_time', 'mute_time', 'total_time')],
	}),
	report('agent_10', 'Hold and Mute Detail', {
		description: 'One row per hold or mute: agent, call, call type, duration, skill, date, phone and customer',
		fields: [
			...text('agent_name', 'agent_id', 'type_action', 'conn_id', 'type_interaction'), ...durations('time'),
			...text('skill_id'), ...timestamps('date'), ...text('telephone', 'customer_id'),
		],
	}),
	report('agent_11', 'Agent Time by State per Skill', {
		description:
			'Per skill and agent: calls, time in each state, AHT, occupancy, hits and RPC, aggregated over the whole range (agents nested under each skill)',
		totals: true,
		// Nested: each row is {skill_name, agents: [{agent_name, …}]}; the fields below are one
		// flattened row per element of `agents` (see docs/catalog-notes.md).
		fields: [
			...text('skill_name', 'agent_name', 'agent_dni', 'agent_id'), ...CALL_COUNTS, ...STATE_TIMES,
			...numbers('hits', 'rpc'), { name: 'aht_outbound', type: 'duration', aliases: ['aht_outbund'] },
			...durations('aht_inbound'),
		],
	}),
	report('agent_12', 'Transfers and Conferences by Agent', {
		description: 'Per agent: calls transferred, calls turned into conferences and their total time, aggregated over the whole range',
		totals: true,
		fields: [
			// The example body sends agent_name where the field table lists skill_name; both kept.
			...text('agent_name', 'skill_name', 'agent_id'),
			...numbers('transfer_calls', 'conference_calls'),
			...durations('total_time'),
		],
	}),
	report('agent_13', 'Transfers and Conferences Detail', {
		description: 'One row per transfer or conference: agent, call, date, phone, type and duration',
		fields: [
			...text('agent_name', 'agent_id', 'conn_id'), ...timestamps('date'), ...text('telephone', 'type_interaction'),
			...durations('time'),
		],
	}),
	report('agent_13_1', 'Transfer and Conference Chains', {
		description: 'Every leg of transferred or conferenced calls: origin and destination agents, skill, caller, dialed number, type and duration',
		fields: [
			...text('conn_id_transfer'),
			// "-" when no skill applies.
			...text('skill_id'),
			...timestamps('date'),
			...text('ani', 'origin_agent_id', 'origin_agent_name'),
			// "-" when there is no destination agent.
			...text('destiny_agent_id', 'destiny_agent_name', 'dnis'),
			...durations('time'),
			...text('type_call', 'id_call_origin'),
		],
	}),
	report('agent_14', 'Agent Events (All Agents)', {
		description: "One row per state change of every agent: state, time in it, start and end, and the call's ID, type, destination and phone",
		fields: [
			...text('agent_id', 'agent_status'),
			...durations('time'),
			// In the example body, not in the field table.
			...timestamps('date_ini', 'date_end'),
			...text('conn_id', 'type_interaction'),
			// Sic: `destinity` here, `destiny` in agent_2.
			...text('destinity', 'telephone', 'campaign_id', 'agent_dni', 'agent_name'),
		],
	}),
	report('agent_15', 'Preview Time Detail', {
		description: 'One row per preview-campaign call: time from receiving the record to dialing, state times and preview share of the total',
		fields: [...text('id_call', 'id_agent', 'agent_name', 'type_call'), ...timestamps('date_preview'), ...PREVIEW_TIMES],
	}),
	report('agent_16', 'Preview Time by Agent', {
		description: 'Per agent: preview-campaign calls, accumulated preview and state times and preview share, aggregated over the whole range',
		totals: true,
		fields: [...text('id_agent', 'agent_name'), ...numbers('calls'), ...PREVIEW_TIMES],
	}),
];
