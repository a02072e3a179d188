import { report } from '../builders';
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
	{ name: 'records', type: 'number' },
	{ name: 'percent', type: 'percent' },
];

/** The campaign's extra database columns opt1 … opt12, as the example names them (`opt#` in the table). */
const OPTIONAL_COLUMNS: Field[] = Array.from({ length: 12 }, (_, i) => ({ name: `opt${i + 1}`, type: 'text' as const }));

export const CAMPAIGN_REPORTS: Endpoint[] = [
	report({
		api: 'campaign_1',
		name: 'Final Dialer Results',
		description: "Per final dialer result (answer, no-answer, busy, answer-machine, …): records and share of the campaign, aggregated over the whole range",
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [{ name: 'result', type: 'text' }, ...SHARE],
	}),
	report({
		api: 'campaign_2',
		name: 'Results by Activity Code',
		description: 'Per activity code used on campaign records: records and share of the campaign, aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [
			// "TIMEOUTACW" when the agent did not code in time.
			{ name: 'cod_act', type: 'text' },
			...SHARE,
		],
	}),
	report({
		api: 'campaign_3',
		name: 'Phone-by-Phone Results',
		description: "One row per dialed record: campaign, customer's name and ID, date, phone, result, the record's extra columns and call ID",
		params: [CAMPAIGN_ID],
		fields: [
			{ name: 'campaign_id', type: 'text' },
			{ name: 'customer_name', type: 'text' },
			{ name: 'customer_last_name', type: 'text' },
			{ name: 'id_type', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'telephone', type: 'text' },
			{ name: 'result', type: 'text' },
			...OPTIONAL_COLUMNS,
			{ name: 'conn_id', type: 'text' },
		],
	}),
	report({
		api: 'campaign_4',
		name: 'Dialer Results per Attempt',
		description: 'Per dialer result counting every attempt: attempts and share of all attempts, aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [{ name: 'result', type: 'text' }, ...SHARE],
	}),
	report({
		api: 'campaign_5',
		name: 'Preview Campaign Call Detail',
		description: 'One row per preview-campaign record or call: customer, result, last code, comments, agent, call, phone, who hung up, call type and result, date, duration and activity code',
		params: [CAMPAIGN_ID],
		fields: [
			// preview or call.
			{ name: 'type_of_row', type: 'text' },
			{ name: 'campaign_id', type: 'text' },
			{ name: 'customer_name', type: 'text' },
			{ name: 'customer_last_name', type: 'text' },
			{ name: 'result', type: 'text' },
			{ name: 'last_code_act', type: 'text' },
			{ name: 'comments_customer_reg', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'hang_up', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'call_result', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'time', type: 'duration' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'comments', type: 'text' },
		],
	}),
	report({
		api: 'campaign_6',
		name: 'Answering Machine Detections by Campaign',
		description: 'Per campaign: total answering machines detected (AMD), aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [
			{ name: 'campaign_id', type: 'text' },
			{ name: 'total_amd', type: 'number' },
		],
	}),
	report({
		api: 'campaign_7',
		name: 'Answering Machine Detection Detail',
		description: 'One row per answering-machine detection: customer, campaign, voice file left, phone, result (machine or human) and date',
		params: [CAMPAIGN_ID],
		fields: [
			{ name: 'customer_id', type: 'text' },
			{ name: 'campaign_id', type: 'text' },
			{ name: 'file_name', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'result', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	report({
		api: 'campaign_8',
		name: 'Dialer Results by Phone Number',
		description: 'Per phone number: times the dialer reached a machine result and how many were no answer, answering machine, busy, congestion or failed, aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [
			{ name: 'telephone', type: 'text' },
			{ name: 'total_machine_recognitions', type: 'number' },
			{ name: 'no_answer', type: 'number' },
			{ name: 'answer_machine', type: 'number' },
			{ name: 'busy', type: 'number' },
			{ name: 'congestion', type: 'number' },
			{ name: 'failed', type: 'number' },
		],
	}),
	report({
		api: 'campaign_9',
		name: 'WhatsApp Campaign Record Status',
		description: 'One row per WhatsApp campaign record: campaign, phone, delivery status (accepted, submitted, delivered, failed), errors, date and last update',
		params: [CAMPAIGN_ID],
		fields: [
			// Sic: "campaing_id", in both the field table and the example.
			{ name: 'campaing_id', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'status', type: 'text' },
			{ name: 'errors', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'last_update', type: 'timestamp' },
		],
	}),
	report({
		api: 'campaign_10',
		name: 'Turbo Dial Results by Dialer Code',
		description: 'Per dialer result detected by Turbo Dial: number of times, aggregated over the whole range',
		totals: true,
		params: [CAMPAIGN_ID],
		fields: [
			{ name: 'machinecode', type: 'text' },
			// Spanish key ("quantity").
			{ name: 'cantidad', type: 'number' },
		],
	}),
];
