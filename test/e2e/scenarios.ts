/**
 * The workflows every n8n version runs, one scenario each (see session.ts). Dates are custom and
 * fixed so the simulator's pinned clock makes every expected value exact.
 */
import { chain, itemsNode, manualTrigger, setNode, wolkvoxNode } from '../../tools/lib/workflows';
import type { Scenario } from './session';

/** The four billing products of Wolkvox's English pages (docs/wolkvox-api.md#sources). */
export const SEED_PRODUCTS = ['ivr_calls', 'interactions', 'amd_ai', 'stereo_rec'] as const;

export const WRONG_TOKEN = 'wrong-token-e2e-0c41aa';
export const STORM_ITEMS = 20;
export const STORM_LATENCY_MS = 200;

/** Custom range parameters of the IVR report (diagram_1_2). */
const ivr = (startDate: string, endDate: string) => ({
	resource: 'report',
	operation: 'get',
	reportFamily: 'diagram',
	report: 'diagram_1_2',
	period: 'custom',
	startDate,
	endDate,
	options: {},
});

const billing = (product: string, extra: Record<string, string | boolean> = {}) => ({
	resource: 'billing',
	operation: 'getUsage',
	product,
	...extra,
	options: {},
});

export const IVR_DAY = ['2026-11-20T00:00:00', '2026-11-20T23:59:59'] as const;
export const IVR_45_DAYS = ['2026-09-01T00:00:00', '2026-10-15T23:59:59'] as const;
/** Before the simulator's history starts (2024-01-01): Wolkvox answers 404 "0 records". */
export const IVR_EMPTY = ['2023-06-01T00:00:00', '2023-06-02T23:59:59'] as const;
/** 90 days: three 31-day windows. */
export const SKILL_90_DAYS = ['2026-08-01T00:00:00', '2026-10-29T23:59:59'] as const;

/** Items of the continueOnFail scenario: the middle one has a date the node refuses. */
export const PAIRING_INPUTS = [{ start: '2026-11-20T08:00:00' }, { start: 'not a date' }, { start: '2026-11-21T08:00:00' }];

const skillReport = (simplify: boolean) => ({
	resource: 'report',
	operation: 'get',
	reportFamily: 'skill',
	report: 'skill_3',
	skill_id: 'all',
	period: 'custom',
	startDate: SKILL_90_DAYS[0],
	endDate: SKILL_90_DAYS[1],
	simplify,
	options: {},
});

const storm = (key: string, maxConcurrentRequests: number): Scenario => ({
	key,
	// Answers take a while, so requests would pile up if the node did not hold them back.
	sim: { latencyMs: STORM_LATENCY_MS },
	credential: { maxConcurrentRequests },
	workflow: (id, credential) =>
		chain(id, `e2e ${key}`, [
			manualTrigger(),
			itemsNode(
				'Products',
				Array.from({ length: STORM_ITEMS }, (_, i) => ({ product: SEED_PRODUCTS[i % SEED_PRODUCTS.length] })),
			),
			wolkvoxNode(billing('={{ $json.product }}'), credential),
		]),
});

export const SCENARIOS: Scenario[] = [
	...SEED_PRODUCTS.map(
		(api): Scenario => ({
			key: `billing-${api}`,
			workflow: (id, credential) => chain(id, `e2e billing ${api}`, [manualTrigger(), wolkvoxNode(billing(api), credential)]),
		}),
	),
	{
		key: 'billing-raw',
		workflow: (id, credential) =>
			chain(id, 'e2e billing simplify off', [manualTrigger(), wolkvoxNode(billing('ivr_calls', { simplify: false }), credential)]),
	},
	{
		key: 'ivr-day',
		workflow: (id, credential) => chain(id, 'e2e IVR one day', [manualTrigger(), wolkvoxNode(ivr(...IVR_DAY), credential)]),
	},
	{
		key: 'ivr-45-days',
		workflow: (id, credential) => chain(id, 'e2e IVR 45 days', [manualTrigger(), wolkvoxNode(ivr(...IVR_45_DAYS), credential)]),
	},
	{
		key: 'ivr-empty',
		workflow: (id, credential) => chain(id, 'e2e IVR empty range', [manualTrigger(), wolkvoxNode(ivr(...IVR_EMPTY), credential)]),
	},
	{
		key: 'bad-token',
		credential: { token: WRONG_TOKEN },
		workflow: (id, credential) => chain(id, 'e2e bad token', [manualTrigger(), wolkvoxNode(billing('ivr_calls'), credential)]),
	},
	{
		key: 'bad-token-continue',
		credential: { token: WRONG_TOKEN },
		workflow: (id, credential) =>
			chain(id, 'e2e bad token, continue', [manualTrigger(), wolkvoxNode(billing('ivr_calls'), credential, { continueOnError: true })]),
	},
	storm('storm-cap-2', 2),
	storm('storm-cap-1', 1),
	{
		key: 'continue-on-fail',
		workflow: (id, credential) =>
			chain(id, 'e2e continueOnFail and pairing', [
				manualTrigger(),
				itemsNode('Inputs', PAIRING_INPUTS),
				wolkvoxNode(ivr('={{ $json.start }}', "={{ $json.start.replace('08:00:00', '11:59:59') }}"), credential, { continueOnError: true }),
				// n8n's own paired-item resolution: each output item finds the input item it came from.
				setNode('Paired', { input_start: "={{ $('Inputs').item.json.start }}" }),
			]),
	},
	{
		key: 'skill-90-days-raw',
		workflow: (id, credential) => chain(id, 'e2e skill_3 over 90 days, as sent', [manualTrigger(), wolkvoxNode(skillReport(false), credential)]),
	},
	{
		key: 'skill-90-days',
		workflow: (id, credential) => chain(id, 'e2e skill_3 over 90 days, typed', [manualTrigger(), wolkvoxNode(skillReport(true), credential)]),
	},
	// No workflow: the editor loads the Skill dropdown with this credential.
	{ key: 'dropdown' },
];

// ---- Writes (issue 12): nodes as added today (version 2), against each scenario's own simulator ----

/** The simulator account's preview campaigns (tools/simulator/account.ts), seeded Stopped. */
export const PREVIEW_CAMPAIGN = '20453';
export const LEAD_COUNT = 25;

/**
 * A sheet's rows of new leads, columns already named as Wolkvox record fields. IDs start with 80,
 * outside the seeded records' 10…; phones are typed as people type them, the node sends digits.
 */
export const LEADS = Array.from({ length: LEAD_COUNT }, (_, i) => {
	const n = String(i + 1).padStart(2, '0');
	return { customer_name: `Lead ${n}`, customer_id: `80000001${n}`, tel1: `+57 310 555 01${n}`, email: `lead${n}@example.com`, city: 'Medellín' };
});
/** What Wolkvox stores as each lead's tel1. */
export const leadPhone = (lead: (typeof LEADS)[number]) => lead.tel1.replace(/\D/g, '');

export const DNC_NUMBERS = ['3105550900', '3105550901', '6045550902'];

const addRecords = {
	resource: 'campaign',
	operation: 'add_record',
	type_campaign: 'preview',
	campaign_id: PREVIEW_CAMPAIGN,
	campaign_status: '',
	recordFields: { mappingMode: 'autoMapInputData', value: null },
	options: {},
};
const campaignAction = (operation: 'start' | 'stop') => ({ resource: 'campaign', operation, campaign_id: PREVIEW_CAMPAIGN, options: {} });
const dnc = (operation: 'configuration.add_dnc' | 'remove_dnc') => ({
	resource: 'doNotCall',
	operation,
	[operation === 'remove_dnc' ? 'type' : 'type_call']: 'inbound/outbound',
	telephones: '={{ $json.telephone }}',
	options: {},
});
const v2 = (name: string) => ({ name, typeVersion: 2 as const });

export const WRITE_SCENARIOS: Scenario[] = [
	{
		key: 'leads',
		workflow: (id, credential) =>
			chain(id, 'e2e 25 leads → Add Records → Find Record', [
				manualTrigger(),
				itemsNode('Leads', LEADS),
				wolkvoxNode(addRecords, credential, v2('Add Records')),
				wolkvoxNode(
					// Through n8n's pairing: each Add Records item leads back to its own row of Leads.
					{ resource: 'campaign', operation: 'find_record', campaign_id: PREVIEW_CAMPAIGN, customer_id: "={{ $('Leads').item.json.customer_id }}", options: {} },
					credential,
					v2('Find Record'),
				),
			]),
	},
	{
		// The control, as the issue measured it: n8n's HTTP Request node posting one lead with Retry On
		// Fail. Wolkvox's success answer has `"error": null`, which n8n takes for a failure and retries.
		key: 'http-request-retry-on-fail',
		workflow: (id, credential, server) =>
			chain(id, 'e2e one lead → HTTP Request with Retry On Fail', [
				manualTrigger(),
				itemsNode('Lead', [LEADS[0]]),
				{
					name: 'HTTP Request',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					parameters: {
						method: 'POST',
						url: `${server}/api/v2/campaign.php?api=add_record&type_campaign=preview&campaign_id=${PREVIEW_CAMPAIGN}`,
						// The Wolkvox credential's own header: the token stays out of the workflow.
						authentication: 'predefinedCredentialType',
						nodeCredentialType: 'wolkvoxApi',
						sendBody: true,
						specifyBody: 'json',
						jsonBody: '={{ JSON.stringify([$json]) }}',
						options: {},
					},
					credentials: { wolkvoxApi: { id: credential.id, name: credential.name } },
					retryOnFail: true,
					maxTries: 3,
					waitBetweenTries: 10,
				},
			]),
	},
	{
		key: 'leads-retry-on-fail',
		workflow: (id, credential) =>
			chain(id, 'e2e 25 leads → Add Records with Retry On Fail', [
				manualTrigger(),
				itemsNode('Leads', LEADS),
				wolkvoxNode(addRecords, credential, { ...v2('Add Records'), retry: { maxTries: 3, waitMs: 10 } }),
			]),
	},
	// The simulator's Do Not Call List dataset is seeded, not its state: the list between the two
	// writes is the state of a scenario that stops after adding.
	...[false, true].map(
		(remove): Scenario => ({
			key: remove ? 'dnc-add-remove' : 'dnc-add',
			workflow: (id, credential) =>
				chain(id, remove ? 'e2e Do Not Call: add then remove' : 'e2e Do Not Call: add', [
					manualTrigger(),
					itemsNode('Numbers', DNC_NUMBERS.map((telephone) => ({ telephone }))),
					wolkvoxNode(dnc('configuration.add_dnc'), credential, v2('Add Numbers')),
					...(remove
						? [itemsNode('Numbers Again', DNC_NUMBERS.map((telephone) => ({ telephone }))), wolkvoxNode(dnc('remove_dnc'), credential, v2('Remove Numbers'))]
						: []),
				]),
		}),
	),
	{
		key: 'campaign-start-stop',
		workflow: (id, credential) =>
			chain(id, 'e2e Campaign: start then stop', [
				manualTrigger(),
				wolkvoxNode(campaignAction('start'), credential, v2('Start Campaign')),
				wolkvoxNode({ resource: 'information', operation: 'get', dataset: 'campaigns', campaign: PREVIEW_CAMPAIGN, returnAll: true, options: {} }, credential, v2('Campaign After Start')),
				wolkvoxNode(campaignAction('stop'), credential, v2('Stop Campaign')),
			]),
	},
];
