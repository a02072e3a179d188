import { report } from '../builders';
import type { Endpoint, Param } from '../types';

// Reports Manager, collection folder "Reportes > Types" (act_*): calls by activity (disposition) code.

/**
 * `cod_act` here is not an activity code: it picks one of the operation's two code groups, and
 * takes exactly `cod_act1` or `cod_act2` (so no `list`).
 */
const CODE_GROUP: Param = {
	displayName: 'Activity Code Group',
	name: 'cod_act',
	description: 'Which activity code group to report on: cod_act1 (group 1) or cod_act2 (group 2)',
	required: true,
	type: 'string',
	default: '',
};

export const ACT_REPORTS: Endpoint[] = [
	report({
		api: 'act_1',
		name: 'Activity Codes by Agent',
		description: 'Per agent and activity code: number of calls coded with it, aggregated over the whole range (no per-day rows)',
		totals: true,
		params: [CODE_GROUP],
		fields: [
			{ name: 'count', type: 'number' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			// "TIMEOUTACW" when the agent let the coding time run out.
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
		],
	}),
	report({
		api: 'act_2',
		name: 'Activity Codes by Skill',
		description: 'Per skill and activity code: number of calls coded with it, aggregated over the whole range (no per-day rows)',
		totals: true,
		params: [CODE_GROUP],
		fields: [
			{ name: 'count', type: 'number' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
		],
	}),
	report({
		api: 'act_3',
		name: 'Activity Code Detail',
		description: 'One row per coded call: agent, skill, date, both activity codes, comments, call type, phone, destination, duration, who hung up, customer and campaign',
		params: [CODE_GROUP],
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
			{ name: 'cod_act_2', type: 'text' },
			{ name: 'description_cod_act_2', type: 'text' },
			{ name: 'comments', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'destiny', type: 'text' },
			{ name: 'time', type: 'duration' },
			{ name: 'hang_up', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'campaign_id', type: 'text' },
		],
	}),
	report({
		api: 'act_4',
		name: 'Uncoded Calls by Agent',
		description: 'Per agent: number of calls left without an activity code, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'uncode_calls', type: 'number' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
		],
	}),
	report({
		api: 'act_5',
		name: 'Activity Code Usage by Code',
		description: 'Per activity code: how many times it was used, aggregated over the whole range (no per-day rows)',
		totals: true,
		params: [CODE_GROUP],
		fields: [
			{ name: 'count', type: 'number' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
		],
	}),
];
