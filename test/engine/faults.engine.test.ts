/**
 * The fault suite: every way the Wolkvox API (or what stands in front of it) can go wrong, through the
 * simulator's switches, run by n8n-core's real WorkflowExecute. For each fault: what the user sees
 * (message, description, which items failed) and that no item is lost or duplicated — every input
 * item gives its rows or exactly one error item, paired to it, in input order — with continueOnFail
 * on and off.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { DEFAULT_RETRY } from '../../nodes/Wolkvox/shared/transport/request';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { billingItems } from '../../tools/simulator/generators/billing';
import { cdr1Rows } from '../../tools/simulator/generators/cdr1';
import { diagram12Rows } from '../../tools/simulator/generators/diagram12';
import { startSimulator } from '../../tools/simulator/server';
import type { Faults, Simulator, SimulatorOptions } from '../../tools/simulator/server';
import { runNode } from './harness';
import type { RunError } from './harness';

const TOKEN = 'sim-token-faults-3e9d41';
const SEED = 7;
// 2026-11-23 10:30 in Bogota: billing's day of month is 23 and reports have data up to then.
const NOW = new Date('2026-11-23T15:30:00Z');
const NOW_14 = '20261123103000';
const DAY_OF_MONTH = 23;

let sim: Simulator;
afterEach(async () => {
	await sim?.close();
});

// Storms must not take 15 s of real backoff: the policy's delays shrink, its number of retries stays.
const realRetry = { ...DEFAULT_RETRY };
beforeAll(() => Object.assign(DEFAULT_RETRY, { baseDelayMs: 5 }));
afterAll(() => Object.assign(DEFAULT_RETRY, realRetry));
const ATTEMPTS = () => DEFAULT_RETRY.retries + 1;

interface Setup {
	sim?: SimulatorOptions;
	faults?: Partial<Faults>;
	credentials?: IDataObject;
}

async function run(parameters: INodeParameters, inputItems: INodeExecutionData[], continueOnFail: boolean, setup: Setup) {
	sim = await startSimulator({ token: TOKEN, seed: SEED, now: () => NOW, ...setup.sim });
	if (setup.faults) sim.setFaults(setup.faults);
	const result = await runNode({
		node: new Wolkvox(),
		// Version 1, as saved workflows have it: Return All on, every row (the limit has its own tests).
		typeVersion: 1,
		credentialType: new WolkvoxApi(),
		credentials: {
			wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1, ...setup.credentials },
		},
		parameters,
		inputItems,
		continueOnFail,
	});
	return { ...result, requests: sim.stats.requests };
}

/** What one input item must give: its rows, or the error the user sees. */
type Outcome = { rows: IDataObject[] } | { message: RegExp; description: RegExp; httpCode?: string };

const isFailure = (o: Outcome): o is Exclude<Outcome, { rows: IDataObject[] }> => 'message' in o;

/**
 * continueOnFail on: items in = items out. Each input gives exactly its rows or exactly one error
 * item, all paired to it, in input order; nothing lost, nothing twice.
 */
function expectEveryItemAccounted(items: INodeExecutionData[], outcomes: Outcome[]) {
	const pairs = items.map((item) => (item.pairedItem as { item: number }).item);
	expect([...pairs].sort((a, b) => a - b)).toEqual(pairs);
	outcomes.forEach((outcome, index) => {
		const own = items.filter((_, k) => pairs[k] === index).map((item) => item.json);
		if (isFailure(outcome)) {
			expect(own).toEqual([{ error: expect.stringMatching(outcome.message), description: expect.stringMatching(outcome.description) }]);
		} else if (own.length > 1000) {
			// Deep equality on 80,000 rows takes jest seconds; the JSON text says the same, order included.
			expect(own.length).toBe(outcome.rows.length);
			expect(JSON.stringify(own) === JSON.stringify(outcome.rows)).toBe(true);
		} else {
			expect(own).toEqual(outcome.rows);
		}
	});
}

/** continueOnFail off: no items, and the error of the first failing input, with its itemIndex. */
function expectFirstFailureStops(error: RunError | undefined, items: INodeExecutionData[], outcomes: Outcome[]) {
	const first = outcomes.findIndex(isFailure);
	const outcome = outcomes[first];
	if (!outcome || !isFailure(outcome)) {
		expect(error).toBeUndefined();
		return;
	}
	expect(items).toEqual([]);
	expect(error?.message).toMatch(outcome.message);
	expect(error?.description).toMatch(outcome.description);
	expect((error?.context as { itemIndex?: number } | undefined)?.itemIndex).toBe(first);
	if (outcome.httpCode) expect(error?.httpCode).toBe(outcome.httpCode);
}

describe('Billing, five items, one request each: a fault hits the items it reaches and no other', () => {
	const PRODUCTS = ['ivr_calls', 'amd_ai', 'stereo_rec', 'interactions', 'tts_chars'];
	const inputItems = PRODUCTS.map((product) => ({ json: { product } }));
	const parameters: INodeParameters = { resource: 'billing', operation: 'getUsage', product: '={{ $json.product }}', simplify: false };
	const usage = (product: string): Outcome => ({
		rows: [
			{
				operation: 'sim_operation',
				description: expect.any(String),
				items: String(billingItems(product, SEED, DAY_OF_MONTH)),
				date: '2026-11-23 10:30:00',
			},
		],
	});
	const ok = PRODUCTS.map(usage);
	const failAt = (indexes: number[], failure: Outcome) => ok.map((outcome, index) => (indexes.includes(index) ? failure : outcome));

	const SIMULTANEOUS = { message: /^Wolkvox \w+: EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN$/, description: /kept refusing simultaneous requests .* token of its own/, httpCode: '403' };
	const QUOTA = { message: /^Wolkvox \w+: TOKEN LIMIT EXCEEDED$/, description: /daily token quota is used up .* Wait for the daily reset/, httpCode: '403' };
	const MAINTENANCE = { message: /^Wolkvox \w+: THE SERVER IS IN MAINTENANCE, TRY AGAIN LATER$/, description: /maintenance \(try again later\)/, httpCode: '403' };
	const SERVER_FAILED = /The Wolkvox server failed\. Try again later/;

	const cases: Array<{ name: string; setup: Setup; outcomes: () => Outcome[]; requests: () => number }> = [
		{
			name: 'a short simultaneous-requests 403 storm on item 1 is retried away',
			setup: { faults: { faultsAfter: 1, concurrencyRejections: 3 } },
			outcomes: () => ok,
			requests: () => 5 + 3,
		},
		{
			name: 'a 403 storm longer than the retries fails item 1 only, after every retry',
			setup: { faults: { faultsAfter: 1, concurrencyRejections: ATTEMPTS() } },
			outcomes: () => failAt([1], SIMULTANEOUS),
			requests: () => 4 + ATTEMPTS(),
		},
		{
			name: 'a 403 storm with two slots fails no item twice and loses none',
			setup: { faults: { faultsAfter: 2, concurrencyRejections: 2 }, credentials: { maxConcurrentRequests: 2 } },
			outcomes: () => ok,
			requests: () => 5 + 2,
		},
		{
			name: 'the daily quota used up after two calls fails items 2–4, without retrying',
			setup: { faults: { quotaLeft: 2 } },
			outcomes: () => failAt([2, 3, 4], QUOTA),
			requests: () => 5,
		},
		{
			name: 'the daily quota used up mid-run with two slots fails items 2–4',
			setup: { faults: { quotaLeft: 2 }, credentials: { maxConcurrentRequests: 2 } },
			outcomes: () => failAt([2, 3, 4], QUOTA),
			requests: () => 5,
		},
		{
			name: 'the maintenance 403 fails every item, without retrying',
			setup: { faults: { maintenance: true } },
			outcomes: () => failAt([0, 1, 2, 3, 4], MAINTENANCE),
			requests: () => 5,
		},
		{
			name: 'two 500s (JSON, then plain text) fail items 2 and 3',
			setup: { faults: { faultsAfter: 2, status5xx: 2 } },
			outcomes: () => [
				ok[0],
				ok[1],
				{ message: /^Wolkvox stereo_rec: INTERNAL SERVER ERROR$/, description: SERVER_FAILED, httpCode: '500' },
				{ message: /^Wolkvox interactions: the server answered HTTP 500 with a body that is not JSON \(Internal Server Error\)$/, description: SERVER_FAILED, httpCode: '500' },
				ok[4],
			],
			requests: () => 5,
		},
		{
			name: "a proxy's HTML 502 page fails item 3",
			setup: { faults: { faultsAfter: 3, html502: 1 } },
			outcomes: () => failAt([3], { message: /^Wolkvox interactions: the server answered HTTP 502 with a body that is not JSON \(502 Bad Gateway\)$/, description: SERVER_FAILED, httpCode: '502' }),
			requests: () => 5,
		},
		{
			name: 'an answer slower than the Timeout option fails item 1',
			setup: { faults: { faultsAfter: 1, stalls: 1, stallMs: 2500 } },
			outcomes: () => failAt([1], { message: /^Wolkvox amd_ai: no answer from http:\/\/127\.0\.0\.1:\d+\/api\/v2\/billing\.php within 1000 ms$/, description: /Narrow the date range or raise the Timeout option/, httpCode: '408' }),
			requests: () => 5,
		},
		{
			name: 'a cut JSON body fails item 4',
			setup: { faults: { faultsAfter: 4, malformedJson: 1 } },
			outcomes: () => failAt([4], { message: /^Wolkvox tts_chars: the server answered HTTP 200 with a body that is not JSON \(\{"code/, description: /a proxy, a captive portal/, httpCode: '200' }),
			requests: () => 5,
		},
		{
			name: '`code` as a string on every answer changes nothing',
			setup: { faults: { codeAsString: true } },
			outcomes: () => ok,
			requests: () => 5,
		},
		{
			name: 'errors sent as HTTP 200 with a string `code` ("403") are still errors',
			setup: { faults: { codeAsString: true, errorsAsHttp200: true, quotaLeft: 3 } },
			outcomes: () => failAt([3, 4], QUOTA),
			requests: () => 5,
		},
		{
			name: 'error answers that quote the token (JSON and plain text) show it masked',
			setup: { faults: { faultsAfter: 2, status5xx: 2, echoToken: true } },
			outcomes: () => [
				ok[0],
				ok[1],
				{ message: /^Wolkvox stereo_rec: INTERNAL SERVER ERROR \(wolkvox-token: \*\*\*\)$/, description: SERVER_FAILED, httpCode: '500' },
				{ message: /^Wolkvox interactions: .* not JSON \(Internal Server Error \(wolkvox-token: \*\*\*\)\)$/, description: SERVER_FAILED, httpCode: '500' },
				ok[4],
			],
			requests: () => 5,
		},
		{
			name: 'a quota 403 that quotes the token shows it masked and keeps its advice',
			setup: { faults: { quotaLeft: 4, echoToken: true } },
			outcomes: () => failAt([4], { ...QUOTA, message: /^Wolkvox tts_chars: TOKEN LIMIT EXCEEDED \(wolkvox-token: \*\*\*\)$/ }),
			requests: () => 5,
		},
		{
			name: '`data` as an object keyed "0" (PHP) gives the same rows',
			setup: { faults: { dataAsObject: true } },
			outcomes: () => ok,
			requests: () => 5,
		},
	];

	describe.each([true, false])('continueOnFail %p', (continueOnFail) => {
		it.each(cases)('$name', async ({ setup, outcomes, requests }) => {
			const params = setup.faults?.stalls ? { ...parameters, options: { timeout: 1000 } } : parameters;
			const { items, error, requests: sent } = await run(params, inputItems, continueOnFail, setup);
			if (continueOnFail) {
				expect(error).toBeUndefined();
				expectEveryItemAccounted(items, outcomes());
				// Exactly the calls expected: a retry that should not happen shows here.
				expect(sent).toBe(requests());
			} else {
				expectFirstFailureStops(error, items, outcomes());
				if (!outcomes().some(isFailure)) expectEveryItemAccounted(items, outcomes());
			}
		});
	});
});

describe('Reports, three items of two 31-day windows each', () => {
	// Item i asks for 45 days: windows [start, start+31d) and the rest (dates.ts splitRange).
	const RANGES: Array<[string, string]> = [
		['2026-06-01T00:00:00', '2026-07-15T23:59:59'],
		['2026-07-16T00:00:00', '2026-08-29T23:59:59'],
		['2026-09-01T00:00:00', '2026-10-15T23:59:59'],
	];
	const inputItems = RANGES.map(([start, end]) => ({ json: { start, end } }));
	const parameters: INodeParameters = {
		resource: 'report',
		operation: 'get',
		reportFamily: 'diagram',
		report: 'diagram_1_2',
		startDate: '={{ $json.start }}',
		endDate: '={{ $json.end }}',
		simplify: false,
	};
	const d14 = (iso: string) => iso.replace(/\D/g, '');
	/** Rows as sent (Simplify off); the hour field's spelling alternates answer by answer, so it is left open. */
	const hours = (ini: string, end: string) =>
		diagram12Rows(ini, end, SEED, NOW_14).map((row) => expect.objectContaining({ calls: String(row.calls), ivr_minutes: row.ivrMinutes.toFixed(2) }));
	const whole = RANGES.map(([start, end]): Outcome => ({ rows: hours(d14(start), d14(end)) }));

	const cases: Array<{ name: string; setup: Setup; outcomes: () => Outcome[]; requests: number }> = [
		{
			name: 'a 404 for the second window of item 1 (one empty window among full ones) keeps the rest',
			setup: { faults: { noRecordsFor: '20260816' } },
			outcomes: () => [whole[0], { rows: hours('20260716000000', '20260815235959') }, whole[2]],
			requests: 6,
		},
		{
			name: "a 502 on item 1's second window fails item 1 whole: none of its first window's rows",
			setup: { faults: { faultsAfter: 3, html502: 1 } },
			outcomes: () => [whole[0], { message: /^Wolkvox diagram_1_2: the server answered HTTP 502/, description: /Wolkvox server failed/, httpCode: '502' }, whole[2]],
			requests: 6,
		},
		{
			name: '`data` as an object keyed "0", "1", … gives every row, in order',
			setup: { faults: { dataAsObject: true } },
			outcomes: () => whole,
			requests: 6,
		},
	];

	describe.each([true, false])('continueOnFail %p', (continueOnFail) => {
		it.each(cases)('$name', async ({ setup, outcomes, requests }) => {
			const { items, error, requests: sent } = await run(parameters, inputItems, continueOnFail, setup);
			if (continueOnFail) {
				expect(error).toBeUndefined();
				expectEveryItemAccounted(items, outcomes());
				expect(sent).toBe(requests);
			} else {
				expectFirstFailureStops(error, items, outcomes());
				if (!outcomes().some(isFailure)) expectEveryItemAccounted(items, outcomes());
			}
		});
	});
});

describe('A 60,000-row window among small ones', () => {
	const inputItems = [
		{ json: { start: '2026-11-20T08:00:00', end: '2026-11-20T08:59:59' } },
		{ json: { start: '2026-10-01T00:00:00', end: '2026-10-31T23:59:59' } },
		{ json: { start: '2026-11-21T09:00:00', end: '2026-11-21T09:29:59' } },
	];
	const parameters: INodeParameters = {
		resource: 'report',
		operation: 'get',
		reportFamily: 'cdr',
		report: 'cdr_1',
		startDate: '={{ $json.start }}',
		endDate: '={{ $json.end }}',
		simplify: false,
	};
	const d14 = (iso: string) => iso.replace(/\D/g, '');

	// About 10 s each under load.
	it.each([true, false])('continueOnFail %p: is fetched again in halves; every item has exactly its rows', async (continueOnFail) => {
		const { items, error, requests } = await run(parameters, inputItems, continueOnFail, {});
		expect(error).toBeUndefined();
		const outcomes = inputItems.map(({ json }) => ({ rows: cdr1Rows(d14(json.start), d14(json.end), SEED, NOW_14) }));
		expect(outcomes[1].rows.length).toBeGreaterThan(60_000);
		expectEveryItemAccounted(items, outcomes);
		// The capped window and at least its two halves, beside the two small items.
		expect(requests).toBeGreaterThanOrEqual(5);
	}, 120_000);
});
