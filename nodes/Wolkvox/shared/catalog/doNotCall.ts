import { bodyField, choices, numbers, objectBody, RECORDS, SINGLE, valuesOf, writeIn } from './builders';
import type { Endpoint } from './types';

// Do-not-call lists and Colombia's Law 2300 contact protection: two endpoints of campaign.php and four
// of configuration.php (the "Campañas" and "Configuración" folders). What each takes and answers:
// docs/wolkvox-api.md#writes.

const inCampaign = writeIn('campaign');
const inConfiguration = writeIn('configuration');

/**
 * The directions a number can be blocked for; both lists at once as `inbound/outbound` or `all`.
 * First the one add_dnc's Call Direction defaults to (a body field has no default of its own).
 */
const DIRECTIONS = choices(['inbound/outbound', 'Inbound and Outbound'], ['inbound', 'Inbound'], ['outbound', 'Outbound'], ['all', 'All']);

const TELEPHONES = bodyField('telephones', 'Telephone', 'The phone number: one per input item', { type: 'list', required: true, format: 'telephone' });

const SEE_DNC = "The Information resource's Do Not Call List dataset shows which numbers are on the list";
const SEE_LAW2300 = "The Information resource's Law 2300 Protected Phone Lookup, with the company's NIT and the number, shows whether it is blocked";

const NIT = bodyField('nit', 'Company NIT', 'The NIT (tax ID) of the company the customer is registered with');

export const DO_NOT_CALL: Endpoint[] = [
	inConfiguration('POST', 'add_dnc', 'Add Numbers', {
		option: 'configuration.add_dnc',
		action: 'Add numbers to do not call list',
		description: 'Add phone numbers to the inbound or outbound do-not-call list, or both, up to 10,000 per call',
		body: objectBody(bodyField('type_call', 'Call Direction', 'Which list to add the numbers to', { required: true, options: DIRECTIONS, default: 'inbound/outbound' }), TELEPHONES),
		write: { batching: valuesOf('telephones'), outcome: 'added', check: SEE_DNC },
	}),
	inCampaign('POST', 'add_dnc', 'Add Numbers for Days', {
		option: 'campaign.add_dnc',
		action: 'Add numbers to do not call list for days',
		description: 'Block phone numbers for a number of days each, up to 10,000 per call',
		body: {
			shape: 'records',
			fields: [
				bodyField('telephone', 'Telephone', 'The phone number to block', { required: true, format: 'telephone' }),
				// No upper bound is documented.
				bodyField('days_block', 'Days Blocked', 'For how many days the number stays blocked', {
					required: true,
					format: 'integer',
					range: [1, Number.MAX_SAFE_INTEGER],
				}),
			],
		},
		write: { batching: RECORDS, outcome: 'added', totals: { accepted: 'total_added', rejected: 'total_rejected' }, check: SEE_DNC },
		fields: numbers('total_added', 'total_rejected', 'total_sent'),
	}),
	inConfiguration('DELETE', 'remove_dnc', 'Remove Numbers', {
		action: 'Remove numbers from do not call list',
		description: 'Remove the given phone numbers from the inbound or outbound do-not-call list, or both',
		body: objectBody(
			bodyField('type', 'Call Direction', 'Which list to remove the numbers from', { required: true, options: DIRECTIONS }),
			// Wolkvox also takes the text "all" here and empties the list: never sent, only the numbers given are.
			TELEPHONES,
		),
		write: { batching: valuesOf('telephones'), outcome: 'removed', check: SEE_DNC },
	}),
	inConfiguration('PUT', 'block_predictive_dnc', 'Block Campaign Customers', {
		action: 'Block campaign customers as do not call',
		description: "Mark a predictive campaign's records as do-not-call by customer ID, so the dialer skips them",
		body: objectBody(
			// Misspelled by Wolkvox: the API reads id_campaing.
			bodyField('id_campaing', 'Campaign ID', 'The predictive campaign whose records to block', { required: true, list: 'campaigns' }),
			bodyField('id_cliente', 'Customer ID', 'The ID of the customer whose record to block: one per input item', { type: 'list', required: true }),
		),
		write: {
			batching: valuesOf('id_cliente'),
			outcome: 'blocked',
			check: "Find Record with the customer's ID shows the record's result, DO-NOT-CALL once blocked",
		},
	}),
	inConfiguration('PUT', 'block_law2300', 'Block Under Law 2300', {
		action: 'Block number under law 2300',
		description: "Add a phone number to the do-not-contact list of Colombia's Law 2300 consumer protection",
		body: objectBody(
			NIT,
			bodyField('telephone', 'Telephone', 'The phone number to block', { required: true, format: 'telephone' }),
			bodyField('customer_id', 'Customer ID', "The ID of the number's customer"),
		),
		write: { batching: SINGLE, outcome: 'blocked', check: SEE_LAW2300 },
	}),
	inConfiguration('PUT', 'free_law2300', 'Release From Law 2300', {
		action: 'Release customer from law 2300',
		description: "Lift the Law 2300 contact restriction of a customer, by phone number or customer ID",
		body: objectBody(
			NIT,
			bodyField('item', 'Release By', 'Whether Value is a phone number or a customer ID', {
				required: true,
				options: choices(['telephone', 'Telephone'], ['customer_id', 'Customer ID']),
			}),
			bodyField('value', 'Value', 'The phone number or customer ID to release', { required: true }),
			bodyField('agent_id', 'Agent ID', 'The agent recorded as releasing it', { list: 'agents' }),
		),
		write: { batching: SINGLE, outcome: 'released', check: SEE_LAW2300 },
	}),
];
