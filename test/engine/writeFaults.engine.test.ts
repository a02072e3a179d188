/**
 * Writes are never doubled: Add Records under every fault the simulator knows, run by n8n-core's real
 * WorkflowExecute, with continueOnFail on and off, and with n8n's own Retry On Fail on. For each fault:
 * how many requests Wolkvox got, what the operation holds afterwards (each record exactly once, or
 * none when the write was refused before anything was done), what the user sees (the error, or one
 * error item per input item with its outcome), and that a success item has no `error` key. Then
 * several calls, one of which fails: it marks exactly its own items, or stops the node with no call
 * after it.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { DEFAULT_RETRY } from '../../nodes/Wolkvox/shared/transport/request';
import type { Faults, StateSnapshot } from '../../tools/simulator/server';
import { addRecords, campaignOf, copiesOf, itemsOf, lead, pairsOf, PREDICTIVE, runWrite } from './writeSetup';
import type { WriteSetup } from './writeSetup';

// A refusal storm must not take seconds of real backoff: the delays shrink, the number of retries stays.
const realRetry = { ...DEFAULT_RETRY };
beforeAll(() => Object.assign(DEFAULT_RETRY, { baseDelayMs: 5 }));
afterAll(() => Object.assign(DEFAULT_RETRY, realRetry));

/** n8n's Retry On Fail, three tries; a wait of 0 is read by n8n as its default of 1 s. */
const RETRY_ON_FAIL = { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 };

const LEADS = [lead(1), lead(2), lead(3)];
const inputItems = () => itemsOf(LEADS);

/** How many copies of each lead the campaign holds. */
const storedCopies = (state: StateSnapshot, campaignId = PREDICTIVE, leads = LEADS) => leads.map((l) => copiesOf(state, campaignId, String(l.customer_id)));

const UNKNOWN_DESCRIPTION = /^Wolkvox may have done this write before the answer was lost\. It was not sent again, so that nothing is done twice\. Find Record with the customer's ID or phone shows whether the record was stored\. Send it again only once you know it was not done\.$/;
const unknown = (cause: string) => new RegExp(`^Wolkvox add_record: outcome unknown \\(${cause}\\)$`);

interface FaultCase {
	name: string;
	faults?: Partial<Faults>;
	credentials?: IDataObject;
	parameters?: INodeParameters;
	/** What the item says: the write's own outcome, or why not. */
	outcome: 'added' | 'unknown' | 'refused';
	/** Whether the records are in the campaign afterwards (each exactly once), or none is. */
	stored: boolean;
	message?: RegExp;
	description?: RegExp;
	/** Requests Wolkvox gets in one run of the node. */
	requests: number;
	/** And with n8n's Retry On Fail (three tries): a refused write may go again, nothing else does. */
	requestsWithRetry: number;
	/** Tried with Retry On Fail too: the faults where it could do harm (an unknown outcome) or good (a refusal). */
	retried?: true;
}

const CASES: FaultCase[] = [
	{
		name: 'three simultaneous-requests 403s: refused before anything was done, sent again, stored once',
		retried: true,
		faults: { concurrencyRejections: 3 },
		outcome: 'added',
		stored: true,
		requests: 4,
		requestsWithRetry: 4,
	},
	{
		name: 'a simultaneous-requests 403 storm longer than the retries: refused, stored nowhere',
		faults: { concurrencyRejections: DEFAULT_RETRY.retries + 1 },
		outcome: 'refused',
		stored: false,
		message: /^Wolkvox add_record: EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN$/,
		description: /kept refusing simultaneous requests/,
		requests: DEFAULT_RETRY.retries + 1,
		requestsWithRetry: 3 * (DEFAULT_RETRY.retries + 1),
	},
	{
		name: 'no answer within the Timeout after the write was applied',
		retried: true,
		faults: { afterWriteTimeout: 1, stallMs: 2500 },
		parameters: { options: { timeout: 1000 } },
		outcome: 'unknown',
		stored: true,
		message: unknown('no answer from http://127\\.0\\.0\\.1:\\d+/api/v2/campaign\\.php within 1000 ms'),
		description: UNKNOWN_DESCRIPTION,
		requests: 1,
		requestsWithRetry: 1,
	},
	{
		name: 'a 500 after the write was applied',
		retried: true,
		faults: { afterWrite5xx: 1 },
		outcome: 'unknown',
		stored: true,
		message: unknown('HTTP 500: INTERNAL SERVER ERROR'),
		description: UNKNOWN_DESCRIPTION,
		requests: 1,
		requestsWithRetry: 1,
	},
	{
		name: 'the connection cut after the write was applied',
		retried: true,
		faults: { afterWriteCut: 1 },
		outcome: 'unknown',
		stored: true,
		message: unknown('could not reach http://127\\.0\\.0\\.1:\\d+/api/v2/campaign\\.php: .+'),
		description: UNKNOWN_DESCRIPTION,
		requests: 1,
		requestsWithRetry: 1,
	},
	{
		name: "a proxy's HTML 502 page after the write was applied",
		faults: { afterWriteHtml: 1 },
		outcome: 'unknown',
		stored: true,
		message: unknown('the server answered HTTP 502 with a body that is not JSON \\(502 Bad Gateway\\)'),
		description: UNKNOWN_DESCRIPTION,
		requests: 1,
		requestsWithRetry: 1,
	},
	{
		name: 'a 500 in front of the API (nothing applied, but the node cannot know)',
		faults: { status5xx: 1 },
		outcome: 'unknown',
		stored: false,
		message: unknown('HTTP 500: INTERNAL SERVER ERROR'),
		description: UNKNOWN_DESCRIPTION,
		requests: 1,
		requestsWithRetry: 1,
	},
	{
		name: "a proxy's HTML 502 in front of the API",
		faults: { html502: 1 },
		outcome: 'unknown',
		stored: false,
		message: unknown('the server answered HTTP 502 with a body that is not JSON \\(502 Bad Gateway\\)'),
		description: UNKNOWN_DESCRIPTION,
		requests: 1,
		requestsWithRetry: 1,
	},
	{
		name: 'a 400 refusal (a campaign that does not exist)',
		retried: true,
		parameters: { campaign_id: '99999' },
		outcome: 'refused',
		stored: false,
		message: /^Wolkvox add_record: THE CAMPAIGN DOES NOT EXIST$/,
		description: /^Wolkvox refused the request parameters\./,
		requests: 1,
		requestsWithRetry: 3,
	},
	{
		name: 'an invalid token',
		credentials: { token: 'not-the-token-7f3e' },
		outcome: 'refused',
		stored: false,
		message: /^Wolkvox add_record: PLEASE VALIDATE TOKEN$/,
		description: /^Wolkvox rejected the token\./,
		requests: 1,
		requestsWithRetry: 3,
	},
	{
		name: 'the daily quota used up',
		faults: { quotaLeft: 0 },
		outcome: 'refused',
		stored: false,
		message: /^Wolkvox add_record: TOKEN LIMIT EXCEEDED$/,
		description: /daily token quota is used up/,
		requests: 1,
		requestsWithRetry: 3,
	},
	{
		name: 'the server unreachable (connection refused)',
		retried: true,
		credentials: { server: 'http://127.0.0.1:9' },
		outcome: 'refused',
		stored: false,
		message: /^Wolkvox add_record: could not reach http:\/\/127\.0\.0\.1:9\/api\/v2\/campaign\.php: /,
		description: /^Check the Server of the Wolkvox API credential .*\(ECONNREFUSED\)$/,
		requests: 0,
		requestsWithRetry: 0,
	},
];

async function runCase(c: FaultCase, continueOnFail: boolean, retry: boolean) {
	const setup: WriteSetup = { faults: c.faults, credentials: c.credentials, continueOnFail, retry: retry ? RETRY_ON_FAIL : undefined };
	return await runWrite(addRecords(c.parameters), inputItems(), setup);
}

function expectEffect(c: FaultCase, state: StateSnapshot, before: StateSnapshot) {
	expect(storedCopies(state)).toEqual(LEADS.map(() => (c.stored ? 1 : 0)));
	expect(campaignOf(state, PREDICTIVE).records).toHaveLength(campaignOf(before, PREDICTIVE).records.length + (c.stored ? LEADS.length : 0));
}

function expectItems(c: FaultCase, items: INodeExecutionData[]) {
	expect(pairsOf(items)).toEqual([0, 1, 2]);
	const json = items.map((item) => item.json);
	if (c.outcome === 'added') {
		for (const item of json) {
			expect(item).toMatchObject({ outcome: 'added', code: 201, call: { number: 1, items: 3 } });
			expect(item).not.toHaveProperty('error');
		}
		return;
	}
	expect(json).toEqual(
		LEADS.map((l) => ({
			error: expect.stringMatching(c.message!),
			description: expect.stringMatching(c.description!),
			outcome: c.outcome,
			sent: { ...l, tel1: String(l.tel1) },
		})),
	);
}

describe.each([
	{ continueOnFail: true, retry: false },
	{ continueOnFail: false, retry: false },
	{ continueOnFail: true, retry: true },
	{ continueOnFail: false, retry: true },
])('Add Records, three items in one call, continueOnFail $continueOnFail, Retry On Fail $retry', ({ continueOnFail, retry }) => {
	const cases = CASES.filter((c) => !retry || c.retried);
	it.each(cases)('$name', async (c) => {
		const { error, items, requests, state, before } = await runCase(c, continueOnFail, retry);
		expect(requests).toBe(retry ? c.requestsWithRetry : c.requests);
		expectEffect(c, state, before);
		if (c.outcome === 'added' || continueOnFail) {
			expect(error).toBeUndefined();
			expectItems(c, items);
			return;
		}
		expect(items).toEqual([]);
		expect(error?.message).toMatch(c.message!);
		expect(error?.description).toMatch(c.description!);
	}, 20_000);
});

describe('several calls, one of which fails', () => {
	/** Two leads for each of three campaigns: three calls, in this order. */
	const CAMPAIGNS = [PREDICTIVE, '20452', '20454'];
	const leadsOf = (k: number) => [lead(10 * k + 1), lead(10 * k + 2)];
	const items = (campaigns = CAMPAIGNS) => itemsOf(campaigns.flatMap((campaign, k) => leadsOf(k).map((l) => ({ ...l, campaign }))));
	const parameters = addRecords({ campaign_id: '={{ $json.campaign }}', options: { ignoreUnknownFields: true } });
	// The second call is the second request.
	const SECOND_CALL_5XX: Partial<Faults> = { faultsAfter: 1, afterWrite5xx: 1 };

	it('continueOnFail: a 500 on call 2 marks its two items unknown; calls 1 and 3 keep theirs; every record stored once', async () => {
		const { error, json, items: out, requests, state } = await runWrite(parameters, items(), { faults: SECOND_CALL_5XX, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(requests).toBe(3);
		expect(json.map((item) => [item.outcome, 'error' in item, item.call ?? null])).toEqual([
			['added', false, { number: 1, items: 2 }],
			['added', false, { number: 1, items: 2 }],
			['unknown', true, null],
			['unknown', true, null],
			['added', false, { number: 3, items: 2 }],
			['added', false, { number: 3, items: 2 }],
		]);
		expect(json[2]).toMatchObject({ error: expect.stringMatching(unknown('HTTP 500: INTERNAL SERVER ERROR')), sent: { customer_id: leadsOf(1)[0].customer_id } });
		expect(pairsOf(out)).toEqual([0, 1, 2, 3, 4, 5]);
		CAMPAIGNS.forEach((campaign, k) => expect(storedCopies(state, campaign, leadsOf(k))).toEqual([1, 1]));
	});

	it('continueOnFail: a refused call 2 (no such campaign) marks its items refused and stores none of them', async () => {
		const { error, json, requests, state } = await runWrite(parameters, items([PREDICTIVE, '99999', '20454']), { continueOnFail: true });
		expect(error).toBeUndefined();
		expect(requests).toBe(3);
		expect(json.map((item) => item.outcome)).toEqual(['added', 'added', 'refused', 'refused', 'added', 'added']);
		expect(json[3]).toEqual({
			error: 'Wolkvox add_record: THE CAMPAIGN DOES NOT EXIST',
			description: expect.stringMatching(/^Wolkvox refused the request parameters/),
			outcome: 'refused',
			sent: leadsOf(1)[1],
		});
		expect(storedCopies(state, PREDICTIVE, leadsOf(0))).toEqual([1, 1]);
		expect(storedCopies(state, '20454', leadsOf(2))).toEqual([1, 1]);
	});

	it.each([false, true])(
		'no continueOnFail (Retry On Fail %p): a 500 on call 2 stops the node, call 3 is never sent, the error says 1 of 3 calls was done',
		async (retry) => {
			const { error, items: out, requests, log, state } = await runWrite(parameters, items(), { faults: SECOND_CALL_5XX, retry: retry ? RETRY_ON_FAIL : undefined });
			expect(out).toEqual([]);
			// Retry On Fail runs the node again: the call done and the call of unknown outcome are not sent again.
			expect(requests).toBe(2);
			expect(log.map((entry) => entry.query.campaign_id)).toEqual([PREDICTIVE, '20452']);
			expect(error?.message).toMatch(unknown('HTTP 500: INTERNAL SERVER ERROR'));
			expect(error?.description).toMatch(/Send it again only once you know it was not done\. Before it, 1 of 3 calls \(2 items\) were done; the calls after it were not sent\.$/);
			expect(storedCopies(state, PREDICTIVE, leadsOf(0))).toEqual([1, 1]);
			expect(storedCopies(state, '20452', leadsOf(1))).toEqual([1, 1]);
			expect(storedCopies(state, '20454', leadsOf(2))).toEqual([0, 0]);
		},
		20_000,
	);

	it('Retry On Fail with continueOnFail: an error item first makes n8n run the node again; nothing already sent is sent again', async () => {
		// Call 1 fails (a 500 after applying it), so the first output item has `error`: n8n's cue to retry.
		const { error, json, requests, state } = await runWrite(parameters, items(), { faults: { afterWrite5xx: 1 }, continueOnFail: true, retry: RETRY_ON_FAIL });
		expect(error).toBeUndefined();
		expect(requests).toBe(3);
		expect(json.map((item) => item.outcome)).toEqual(['unknown', 'unknown', 'added', 'added', 'added', 'added']);
		CAMPAIGNS.forEach((campaign, k) => expect(storedCopies(state, campaign, leadsOf(k))).toEqual([1, 1]));
	}, 20_000);
});
