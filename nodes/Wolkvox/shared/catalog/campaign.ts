import { bodyField, choices, days, lookupIn, numbered, numbers, objectBody, RECORDS, series, SINGLE, text, timestamps, valuesOf, writeIn, YES_NO } from './builders';
import type { BodyField, Endpoint, Param } from './types';

// `campaign.php?api=…`, the "Campañas" folder of Wolkvox's collection: the records of dialer campaigns
// and the campaigns themselves. What each takes and answers: docs/wolkvox-api.md#writes.

const write = writeIn('campaign');
const lookup = lookupIn('campaign');

/** One definition per query parameter, so that operations sharing it share one node property. */
export const CAMPAIGN_ID: Param = {
	displayName: 'Campaign ID',
	name: 'campaign_id',
	description: 'The campaign to act on',
	list: 'campaigns',
	required: true,
	type: 'string',
	default: '',
};

const TYPE_CAMPAIGN: Param = {
	displayName: 'Campaign Type',
	name: 'type_campaign',
	description: 'The type the campaign was created with',
	required: true,
	type: 'options',
	options: choices(['predictive', 'Predictive'], ['preview', 'Preview']),
	default: 'predictive',
};

/** The dialer's result of a record's last call; remove_record and clear_campaign can be limited to one. */
const RESULT: Param = {
	displayName: 'Only Records With Result',
	name: 'result',
	description: "Only the records whose last call had this result; with Any Result, a record's result does not matter",
	type: 'options',
	options: [
		{ name: 'Any Result', value: '' },
		...choices(
			['no-answer', 'No Answer'],
			['answer-machine', 'Answering Machine'],
			['abandon', 'Abandoned'],
			['busy', 'Busy'],
			['congestion', 'Congestion'],
			['unknown', 'Unknown'],
			['failed', 'Failed'],
			['do-not-call', 'Do Not Call'],
			['chanunavail', 'Channel Unavailable'],
			['answer', 'Answered'],
		),
	],
	default: '',
};

const telephone = (name: string, displayName: string, description: string): BodyField =>
	bodyField(name, displayName, description, { format: 'telephone' });

const CUSTOMER_ID = bodyField('customer_id', 'Customer ID', "The customer's ID the record was added with", { required: true });
const RECALL_TELEPHONE = telephone('recall_telephone', 'Recall Telephone', 'The number to call back on');

/** A record's fields, as add_record takes them and campaign_filter filters on them. */
const RECORD_FIELDS: BodyField[] = [
	bodyField('customer_name', 'Customer Name', "The customer's first name"),
	bodyField('customer_last_name', 'Customer Last Name', "The customer's last name"),
	bodyField('id_type', 'ID Type', 'The kind of ID document, e.g. CC'),
	bodyField('customer_id', 'Customer ID', "The customer's ID: it finds, codes and removes the record later"),
	bodyField('age', 'Age', "The customer's age"),
	bodyField('gender', 'Gender', "The customer's gender, e.g. M or F"),
	bodyField('country', 'Country', 'Country of residence'),
	bodyField('state', 'State', 'State or department of residence'),
	bodyField('city', 'City', 'City of residence'),
	bodyField('zone', 'Zone', 'Area of residence'),
	bodyField('address', 'Address', 'Street address'),
	// Wolkvox keeps 100 characters of opt1…opt6 and 200 of opt7…opt12.
	...numbered(1, 12, (n) =>
		bodyField(`opt${n}`, `Optional Field ${n}`, `Extra information about the record, up to ${n <= 6 ? 100 : 200} characters`, {
			maxLength: n <= 6 ? 100 : 200,
		}),
	),
	...numbered(1, 10, (n) => telephone(`tel${n}`, `Telephone ${n}`, n === 1 ? "The customer's main phone number" : `Phone number ${n}`)),
	telephone('tel_extra', 'Extra Telephone', 'One more phone number'),
	bodyField('email', 'Email', "The customer's email address"),
];

const RECORD_BODY: BodyField[] = [
	...RECORD_FIELDS,
	bodyField('recall_date', 'Recall Date', 'When to call the customer back', { format: 'wallTime' }),
	RECALL_TELEPHONE,
	bodyField('agent_id', 'Agent ID', 'Preview campaigns only: the agent the record is assigned to', { list: 'agents' }),
];

const SKILL: BodyField = bodyField('skill_id', 'Skill ID', 'The skill (agent group) whose agents take the calls', { list: 'skills' });

/** AMD (answering machine detection) settings by the customers' country. */
const AMD_COUNTRIES = choices(
	['ARG', 'Argentina'],
	['CHL', 'Chile'],
	['COL', 'Colombia'],
	['CRI', 'Costa Rica'],
	['ECU', 'Ecuador'],
	['ESP', 'Spain'],
	['GTM', 'Guatemala'],
	['HND', 'Honduras'],
	['ITA', 'Italy'],
	['MEX', 'Mexico'],
	['NIC', 'Nicaragua'],
	['PAN', 'Panama'],
	['PER', 'Peru'],
);

const CAMPAIGN_NAME = bodyField('campaign_name', 'Campaign Name', "The campaign's name");
const CAMPAIGN_DESCRIPTION = bodyField('campaign_description', 'Campaign Description', "The campaign's description");
const ENABLE_EDITION = bodyField('enable_edition', 'Agents Can Edit', "Whether agents may edit the records' information", { options: YES_NO });

/** The same check serves every change to a campaign's settings, which the Campaigns dataset lists. */
const SEE_CAMPAIGNS = "The Information resource's Campaigns dataset shows the campaign's status, speed and settings";
const SEE_EXPORT = 'Export Records shows each record of the campaign as Wolkvox holds it';

/** The optional fields and telephones of a record as the lookups answer them. */
const OPTS_AND_TELS = text(...series('opt', 1, 12), ...series('tel', 1, 10));

export const CAMPAIGN: Endpoint[] = [
	write('POST', 'add_record', 'Add Records', {
		action: 'Add records to campaign',
		description: 'Add the input items as records of a dialer campaign, up to 10,000 per call',
		params: [
			TYPE_CAMPAIGN,
			CAMPAIGN_ID,
			{
				displayName: 'Campaign Status',
				name: 'campaign_status',
				description: 'Predictive campaigns only: the status to give with the records, start or stop; None sends none',
				type: 'options',
				options: [{ name: 'None', value: '' }, ...choices(['start', 'Start'], ['stop', 'Stop'])],
				default: '',
			},
		],
		body: { shape: 'records', fields: RECORD_BODY, requireOneOf: series('tel', 1, 10) },
		write: {
			batching: RECORDS,
			outcome: 'added',
			totals: { accepted: 'total_registers' },
			check: "Find Record with the customer's ID or phone shows whether the record was stored",
		},
		fields: numbers('total_registers'),
	}),
	write('DELETE', 'remove_record', 'Remove Records (Permanent)', {
		action: 'Permanently remove records from campaign',
		description: "Delete the records with the given customer IDs from a campaign and from its call history; it cannot be undone",
		params: [TYPE_CAMPAIGN, CAMPAIGN_ID, RESULT],
		body: objectBody({ ...CUSTOMER_ID, description: 'The ID of the customer whose record to remove: one per input item' }),
		write: {
			batching: valuesOf('customer_id', ','),
			outcome: 'removed',
			destructive: true,
			check: "Find Record with the customer's ID shows whether the record is still in the campaign",
		},
	}),
	write('PUT', 'codify', 'Code Record', {
		action: 'Code campaign record',
		description: 'Give a record an activity code, as an agent would, so the dialer does not call it again',
		params: [TYPE_CAMPAIGN, CAMPAIGN_ID],
		body: objectBody(
			bodyField('cod_act', 'Activity Code', 'The primary activity (disposition) code', { required: true, list: 'activityCodes' }),
			bodyField('cod_act_2', 'Second Activity Code', 'Only where a second activity code is enabled in wolkvox Manager', { list: 'activityCodes' }),
			bodyField('comment', 'Comment', 'A closing comment on the interaction'),
			CUSTOMER_ID,
		),
		write: { batching: SINGLE, outcome: 'coded', check: `${SEE_EXPORT}, its activity codes (cod_rslt1, cod_rslt2) included` },
	}),
	write('PUT', 'recall', 'Reschedule Call', {
		action: 'Reschedule call of campaign record',
		description: "Have the dialer call a record again at a given time, optionally on another number",
		params: [CAMPAIGN_ID],
		body: objectBody(
			bodyField('recall_date', 'Recall Date', 'When to call the customer back', { required: true, format: 'wallTime' }),
			RECALL_TELEPHONE,
			CUSTOMER_ID,
		),
		write: { batching: SINGLE, outcome: 'rescheduled', check: `${SEE_EXPORT}, its recall date (rellamada) included` },
	}),
	write('PUT', 'recall_records', 'Mark Records for Recall', {
		action: 'Mark campaign records for recall',
		description: "Predictive campaigns: set the result of every record matching a dialer result or activity code back to CLEAN, so they are dialed again",
		params: [CAMPAIGN_ID],
		body: objectBody(
			bodyField('field', 'Match On', 'What to match the records on', {
				required: true,
				options: choices(['Cod_Machine', 'Dialer Result'], ['cod_rslt1', 'Activity Code (Group 1)'], ['cod_rslt2', 'Activity Code (Group 2)']),
			}),
			bodyField('value', 'Value', 'For a dialer result: NO-ANSWER, ANSWER-MACHINE, ABANDON, BUSY, CONGESTION, FAILED, MAILBOX, …; for an activity code, its ID', {
				required: true,
			}),
		),
		write: { batching: SINGLE, outcome: 'marked', check: `${SEE_EXPORT}: the marked records' result (resultado) is CLEAN` },
		fields: [...text('campaign_id', 'field', 'value', 'normalized_value'), ...numbers('affected_records')],
	}),
	write('PUT', 'speed', 'Set Speed', {
		action: 'Set campaign speed',
		description: "Set a campaign's dialing speed, from 0 to 100",
		params: [CAMPAIGN_ID],
		body: objectBody(bodyField('speed', 'Speed', 'The dialing speed, from 0 to 100', { required: true, format: 'integer', range: [0, 100] })),
		write: { batching: SINGLE, outcome: 'updated', check: SEE_CAMPAIGNS },
	}),
	write('PUT', 'start', 'Start', {
		action: 'Start campaign',
		description: 'Start a campaign: its dialer begins calling',
		params: [CAMPAIGN_ID],
		write: { batching: SINGLE, outcome: 'started', check: SEE_CAMPAIGNS },
	}),
	write('PUT', 'stop', 'Stop', {
		action: 'Stop campaign',
		description: 'Stop a campaign: its dialer stops calling',
		params: [CAMPAIGN_ID],
		write: { batching: SINGLE, outcome: 'stopped', check: SEE_CAMPAIGNS },
	}),
	write('POST', 'create_campaign', 'Create', {
		action: 'Create campaign',
		description: 'Create a predictive or preview campaign',
		params: [TYPE_CAMPAIGN],
		body: objectBody(
			{ ...CAMPAIGN_NAME, required: true },
			CAMPAIGN_DESCRIPTION,
			// hhiiss: six digits; preview campaigns have no dialing hours.
			bodyField('start_time', 'Start Time', 'Predictive campaigns only: when dialing starts each day', { format: 'clockTime', pattern: 'HHmmss' }),
			bodyField('end_time', 'End Time', 'Predictive campaigns only: when dialing ends each day', { format: 'clockTime', pattern: 'HHmmss' }),
			{ ...SKILL, required: true },
			...numbered(1, 12, (n) => bodyField(`opt${n}`, `Optional Field ${n} Title`, `The title of the records' optional field ${n}`)),
			bodyField('amd', 'Answering Machine Detection', "Predictive campaigns only: detection tuned to the customers' country; Wolkvox's default when not given", {
				options: AMD_COUNTRIES,
			}),
			ENABLE_EDITION,
		),
		write: {
			batching: SINGLE,
			outcome: 'created',
			check: "The Information resource's Campaigns dataset lists the campaign if it was created; running again would create a second one",
		},
		// The field table says id_campaing and name_campaing; the example answer spells them right.
		fields: [
			{ name: 'id_campaign', type: 'text', aliases: ['id_campaing'] },
			{ name: 'name_campaign', type: 'text', aliases: ['name_campaing'] },
		],
	}),
	write('PUT', 'edit_campaign', 'Update', {
		action: 'Update campaign',
		description: "Change a campaign's settings: only the fields given are changed",
		params: [CAMPAIGN_ID],
		body: objectBody(
			CAMPAIGN_NAME,
			CAMPAIGN_DESCRIPTION,
			// Capitalized here, unlike type_campaign elsewhere.
			bodyField('type_camp', 'Campaign Type', 'The campaign\'s type', { options: choices(['Predictive', 'Predictive'], ['Preview', 'Preview']) }),
			ENABLE_EDITION,
			bodyField('start_time', 'Start Time', 'When dialing starts each day', { format: 'clockTime', pattern: 'HH:mm:ss' }),
			bodyField('end_time', 'End Time', 'When dialing ends each day', { format: 'clockTime', pattern: 'HH:mm:ss' }),
			{ ...SKILL, description: 'The skill (agent group) whose agents take the calls, or VAGENT' },
			bodyField('amd_conf', 'Answering Machine Detection', "Detection tuned to the customers' country, Wolkvox's default, or none", {
				options: [...choices(['default', 'Default'], ['none', 'None']), ...AMD_COUNTRIES],
			}),
			bodyField('turbo_dial', 'Turbo Dial', 'Whether Turbo Dial is on', { options: YES_NO }),
			// Wolkvox's own inversion: yes disables the routing.
			bodyField('routing_recall', 'Disable Recall Routing', 'Yes turns the routing of recalls off; no turns it on', { options: YES_NO }),
			bodyField('camp_dial_order', 'Dial Order', 'The order records are dialed in', {
				options: choices(['linear', 'Linear'], ['zigzag', 'Zigzag (First, Last, Second, …)'], ['random', 'Random']),
			}),
			bodyField('optional_labels', 'Optional Field Titles', "The titles of the records' optional fields to change", {
				type: 'object',
				fields: numbered(1, 12, (n) => bodyField(`opt${n}`, `Optional Field ${n} Title`, `The title of the records' optional field ${n}`)),
			}),
		),
		write: { batching: SINGLE, outcome: 'updated', check: `${SEE_CAMPAIGNS}; sending the same change again is harmless` },
		fields: [
			...text('campaign_id', 'campaign_name', 'campaign_description', 'type_camp', 'enable_edition', 'start_time', 'end_time'),
			...text('skill_id', 'amd_conf', 'turbo_dial', 'routing_recall'),
			// An object of opt titles, kept as sent.
			...text('optional_labels'),
		],
	}),
	write('PUT', 'campaign_filter', 'Set Filter', {
		action: 'Set campaign filter',
		description: 'Limit which records of a campaign are dialed to those matching some conditions, or turn the filter off',
		params: [TYPE_CAMPAIGN, CAMPAIGN_ID],
		body: objectBody(
			bodyField('filter_active', 'Filter Active', 'Whether the filter applies', { required: true, options: YES_NO }),
			bodyField('connector', 'Combine Conditions With', 'And (the default) or or', { options: choices(['and', 'And'], ['or', 'Or']) }),
			bodyField('filters', 'Conditions', 'The conditions a record must meet', {
				type: 'rows',
				fields: [
					bodyField('field', 'Field', 'The record field to compare', {
						required: true,
						options: [...RECORD_FIELDS.map((f) => ({ name: f.displayName, value: f.name })), { name: 'Result', value: 'result' }],
					}),
					bodyField('operator', 'Operator', 'How to compare', {
						required: true,
						options: [
							...choices(['<', 'Less Than'], ['>', 'Greater Than'], ['>=', 'At Least'], ['<=', 'At Most'], ['!=', 'Not Equal']),
							// A parameter value "=" would be read by n8n as an empty expression.
							{ name: 'Equal', value: 'equal', sends: '=' },
							...choices(['is', 'Is'], ['like', 'Like']),
						],
					}),
					bodyField('value', 'Value', 'The value to compare with'),
				],
			}),
		),
		write: { batching: SINGLE, outcome: 'updated', check: 'Setting the same filter again is harmless, and its answer counts the records it leaves' },
		fields: [...numbers('total_records', 'pending_records'), ...text('applied_filter')],
	}),
	write('DELETE', 'clear_campaign', 'Clear All Records (Permanent)', {
		action: 'Permanently clear all records of campaign',
		description: 'Delete every record of a campaign, or every one with a given result; it cannot be undone',
		params: [TYPE_CAMPAIGN, CAMPAIGN_ID, RESULT],
		write: { batching: SINGLE, outcome: 'cleared', destructive: true, check: `${SEE_EXPORT}: whether any record is left` },
	}),
	write('DELETE', 'delete_campaign', 'Delete (Permanent)', {
		action: 'Permanently delete campaigns',
		description: 'Delete campaigns, one per input item; it cannot be undone',
		params: [TYPE_CAMPAIGN],
		body: objectBody(bodyField('campaign_ids', 'Campaign ID', 'The campaign to delete: one per input item', { type: 'list', required: true, list: 'campaigns' })),
		write: {
			batching: valuesOf('campaign_ids'),
			outcome: 'deleted',
			destructive: true,
			check: "The Information resource's Campaigns dataset shows whether the campaigns still exist",
		},
	}),
	lookup('find_record', 'Find Record', {
		action: 'Find record in campaigns',
		description: "Find a customer's records in the campaigns by campaign, phone number or customer ID: give at least one",
		paramsOneOf: ['campaign_id', 'customer_phone', 'customer_id'],
		params: [
			// Optional here, unlike everywhere else: a phone or customer ID alone also finds records.
			{ displayName: 'Campaign ID', name: 'campaign_id', description: 'Only records of this campaign; give it, Customer Phone or Customer ID', list: 'campaigns', type: 'string', default: '' },
			{ displayName: 'Customer Phone', name: 'customer_phone', description: 'Only records with this phone number; give it, Campaign ID or Customer ID', type: 'string', default: '' },
			{ displayName: 'Customer ID', name: 'customer_id', description: 'Only records of this customer ID; give it, Campaign ID or Customer Phone', type: 'string', default: '' },
		],
		fields: [
			...text('customer_name', 'customer_last_name', 'customer_id', 'country', 'state', 'city', 'zone', 'address'),
			...OPTS_AND_TELS,
			// Year-month-day and hour, per the field table.
			...timestamps('date'),
			...numbers('calls'),
			...text('conn_id', 'result', 'campaign_id'),
		],
	}),
	lookup('detail', 'Get Detail', {
		action: 'Get campaign detail',
		description: "The records of a campaign that were dialed or handled in a date range, with their calls' results and activity codes",
		dateRange: true,
		params: [
			TYPE_CAMPAIGN,
			CAMPAIGN_ID,
			{
				displayName: 'Records',
				name: 'detail',
				description: 'Default: only records with a call; All: every handled record, with a call or not',
				type: 'options',
				options: choices(['default', 'With a Call'], ['all', 'All Handled']),
				default: 'default',
			},
		],
		fields: [
			...text('customer_name', 'customer_last_name', 'id_type', 'customer_id'),
			...numbers('age'),
			...text('gender', 'country', 'state', 'city', 'zone', 'address'),
			// Preview campaigns fill tel1…tel3 only.
			...OPTS_AND_TELS,
			...text('tel_extra', 'agent_id'),
			// Year-month-day, per the field table.
			...days('date'),
			...numbers('calls'),
			// The recall date: its form is not documented, so kept as sent.
			...text('conn_id', 'recall', 'result', 'cod_act', 'cod_act_2'),
			...numbers('recall_count'),
			...text('comments'),
		],
	}),
	lookup('campaign_15', 'Export Records', {
		action: 'Export campaign records',
		description: 'Every record of a campaign, dialed or not, as the export of wolkvox Manager gives it (Spanish field names)',
		params: [CAMPAIGN_ID],
		rowsKey: 'records',
		fields: [
			...text('nombre_cliente', 'apellido_cliente', 'tipo_doc', 'id_cliente'),
			...numbers('edad'),
			...text('sexo', 'pais', 'departamento', 'ciudad', 'zona', 'direccion'),
			...OPTS_AND_TELS,
			...text('tel_extra'),
			// ANSWER, NO ANSWER, BUSY, …; CLEAN once marked for recall.
			...text('id_agent', 'resultado'),
			// In the example answer, not in the field table: its form is not documented.
			...text('fecha'),
			...numbers('llamadas'),
			...text('id_call', 'cod_rslt1', 'description_cod1', 'cod_rslt2', 'description_cod2', 'comentarios'),
			// The recall's date and time, its form not documented.
			...text('rellamada'),
			...numbers('rellamada_count'),
			...text('email', 'rellamada_tel', 'last_dial_tele', 'history_dial_tel', 'rellamada_info'),
		],
	}),
];
