import { days, durations, lookupIn, numbers, percents, text, timestamps } from './builders';
import type { Endpoint } from './types';

const lookup = lookupIn('customer');

// `customer.php?api=…` — the collection's "Customer" folder: per-call and per-hour detail of the
// operation, all dated (31-day windows, as the reports). The examples are blank; types follow the
// field tables, as for the reports (docs/catalog-notes.md#inferences).

export const CUSTOMER: Endpoint[] = [
	lookup('agents_detail', 'Get Agent Detail', {
		action: 'Get agent detail rows',
		description: "One row per call an agent handled: call ID and type, date, agent, skill, duration, both activity codes, phone, who hung up, comment, monitoring, the agent's state, customer, destination and campaign",
		dateRange: true,
		fields: [
			...text('operation', 'conn_id', 'type_call'), ...timestamps('date'),
			...text('agent_id', 'agent_name', 'skill'),
			// Documented "en unidades de segundos".
			...numbers('duration'),
			// "TIMEOUTACW" when the agent let the coding time run out.
			...text('cod_act', 'cod_act_2', 'telephone'),
			// Sic: hung_up (the reports say hang_up); "screecbox" is yes or no (the call was monitored).
			...text('hung_up', 'comment', 'screecbox', 'agent_status', 'customer_id', 'destiny'),
			// "Tiempo total transcurrido", unit not stated.
			...durations('time'),
			...text('campaign_id'),
		],
	}),
	lookup('agents_statustime', 'Get Agent Time per Hour', {
		action: 'Get agent time per hour rows',
		description: 'Per agent, day and hour: inbound, outbound and internal calls, and time in ready, inbound, outbound, ACW, ring, login and auxiliary states, with AHT and occupancy',
		dateRange: true,
		fields: [
			...text('operation'), ...days('date'),
			// Hour of day ("hora militar"), not a YYYYMMDDHH `hour`.
			...text('hour'),
			...text('agent_id', 'agent_dni', 'agent_name'),
			...numbers('calls', 'calls_inbound', 'calls_outbound', 'calls_internal'),
			...durations('ready_time', 'inbound_time', 'outbound_time', 'acw_time', 'ring_time', 'login_time', 'aht'),
			...percents('occupancy'),
			...durations('aux_time'),
		],
	}),
	lookup('cdr_calls', 'Get Call Detail Records', {
		action: 'Get call detail record rows',
		description: 'One row per call: type, talk time, agent, skill, date, hour and weekday, both activity codes, hit, destination, phone cost, phone, who hung up, customer, screen recording, ring and abandonment',
		dateRange: true,
		fields: [
			...text('conn_id', 'type_call'),
			// Documented in seconds.
			...numbers('talk_time'),
			...text('agent_id', 'agent_name', 'agent_dni', 'skill_id'), ...timestamps('date'),
			// Hour of day and weekday as sent.
			...text('hour', 'day_of_week'),
			...text('cod_act', 'description_cod_act', 'cod_act_2', 'description_cod_act_2'),
			// yes or no.
			...text('hit', 'telephone_destination'),
			...numbers('telephone_costs'),
			...text('telephone', 'hang_up', 'customer_id', 'month', 'screen_recording', 'operation'),
			// The example sends "--" for both: kept as sent.
			...text('ring', 'abandon'),
		],
	}),
	lookup('skills_detail', 'Get Skill Detail', {
		action: 'Get skill detail rows',
		description: 'One row per call or chat a skill received: type (inbound, chat-whatsapp, omni-email…), date, agent, skill, wait time, answered-within-10…50-seconds counts, result (ANSWER or ABANDON), ANI and DNIS',
		dateRange: true,
		fields: [
			...text('operation', 'conn_id', 'type_call'), ...timestamps('date'),
			...text('agent_id', 'agent_name', 'skill_id'),
			// Seconds.
			...numbers('wait_time'),
			...numbers('calls_ans_10', 'calls_ans_20', 'calls_ans_30', 'calls_ans_40', 'calls_ans_50'),
			...text('skill_result', 'ani', 'dnis'),
		],
	}),
];
