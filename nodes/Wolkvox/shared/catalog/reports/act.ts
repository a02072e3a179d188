import { durations, numbers, report, text, timestamps } from '../builders';
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
	report('act_1', 'Activity Codes by Agent', {
		description: 'Per agent and activity code: number of calls coded with it, aggregated over the whole range (no per-day rows)',
		totals: true,
		params: [CODE_GROUP],
		fields: [
			...numbers('count'),
			...text('agent_name', 'agent_dni'),
			// "TIMEOUTACW" when the agent let the coding time run out.
			...text('cod_act', 'description_cod_act'),
		],
	}),
	report('act_2', 'Activity Codes by Skill', {
		description: 'Per skill and activity code: number of calls coded with it, aggregated over the whole range (no per-day rows)',
		totals: true,
		params: [CODE_GROUP],
		fields: [...numbers('count'), ...text('skill_id', 'cod_act', 'description_cod_act')],
	}),
	report('act_3', 'Activity Code Detail', {
		description: 'One row per coded call: agent, skill, date, both activity codes, comments, call type, phone, destination, duration, who hung up, customer and campaign',
		params: [CODE_GROUP],
		fields: [
			...text('conn_id', 'agent_id', 'agent_name', 'agent_dni', 'skill_id'), ...timestamps('date'),
			...text('cod_act', 'description_cod_act', 'cod_act_2', 'description_cod_act_2', 'comments'),
			...text('type_interaction', 'telephone', 'destiny'), ...durations('time'),
			...text('hang_up', 'customer_id', 'campaign_id'),
		],
	}),
	report('act_4', 'Uncoded Calls by Agent', {
		description: 'Per agent: number of calls left without an activity code, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [...numbers('uncode_calls'), ...text('agent_id', 'agent_name')],
	}),
	report('act_5', 'Activity Code Usage by Code', {
		description: 'Per activity code: how many times it was used, aggregated over the whole range (no per-day rows)',
		totals: true,
		params: [CODE_GROUP],
		fields: [...numbers('count'), ...text('cod_act', 'description_cod_act')],
	}),
];
