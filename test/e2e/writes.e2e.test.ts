/**
 * The writes in real n8n (every pinned version): Campaign and Do Not Call nodes as added today
 * (version 2), each scenario on its own simulator, and the examples that act on the contact center
 * on theirs. Effects are asserted on the simulator's state and request log, never on the node's word
 * alone.
 */
import { nodeItems, type JsonObject, type RunItem } from '../../tools/lib/n8n';
import { ACCOUNT } from '../../tools/simulator/account';
import type { LogEntry, Simulator } from '../../tools/simulator/server';
import { DNC_NUMBERS, LEAD_COUNT, LEADS, leadPhone, PREVIEW_CAMPAIGN, WRITE_SCENARIOS } from './scenarios';
import { e2eVersions, packOnce, pairedIndex, SESSION_TIMEOUT, startSession, type Session } from './session';

const VERSIONS = e2eVersions();

const pack = packOnce();

const indexes = (n: number) => Array.from({ length: n }, (_, i) => i);
/** The write calls of a log, as `script api`. */
const calls = (log: LogEntry[]) => log.map((e) => `${e.method} ${e.path.replace('/api/v2/', '')} ${e.query.api}`);
const records = (sim: Simulator, campaignId: string) => sim.state.campaigns.find((c) => c.campaign_id === campaignId)?.records ?? [];
/** How many records of the campaign carry each customer ID. */
const copiesOf = (sim: Simulator, campaignId: string, ids: string[]) => ids.map((id) => records(sim, campaignId).filter((r) => r.customer_id === id).length);
/** The do-not-call entries of these numbers, as `telephone type`, sorted. */
const dncOf = (sim: Simulator, phones: string[]) =>
	sim.state.dnc
		.filter((e) => phones.includes(e.telephone))
		.map((e) => `${e.telephone} ${e.type}`)
		.sort();
const bothLists = (phones: string[]) => phones.flatMap((p) => [`${p} inbound`, `${p} outbound`]).sort();

/** A lead as the node sends it and Wolkvox stores it: the same fields, the phone as digits. */
const sentLead = (lead: (typeof LEADS)[number]) => ({ ...lead, tel1: leadPhone(lead) });

describe.each(VERSIONS)('n8n %s', (version) => {
	let session: Session;

	beforeAll(async () => {
		session = await startSession(version, pack.tgz(), WRITE_SCENARIOS, { examples: (e) => e.acts });
		console.log(`n8n ${version} writes: ${JSON.stringify(session.timings)}`);
	}, SESSION_TIMEOUT);

	afterAll(async () => {
		await session?.close();
	});

	function itemsOf(key: string, node: string, output = 0): RunItem[] {
		const entry = session.run(key).entry;
		if (entry?.status !== 'success') throw new Error(`workflow "${key}" ended ${entry?.status}: ${entry?.error}`);
		return nodeItems(entry.result, node, output);
	}
	const apiLog = (key: string) => session.run(key).apiLog();
	const simOf = (key: string) => session.run(key).sim;

	describe('Campaign → Add Records, then Find Record: 25 leads from a sheet-like list', () => {
		it('one add_record call carries all 25 leads (preview campaign), then one find_record per lead', () => {
			const log = apiLog('leads');
			expect(calls(log)).toEqual(['POST campaign.php add_record', ...LEADS.map(() => 'GET campaign.php find_record')]);
			const [add, ...finds] = log;
			expect(add.query).toMatchObject({ api: 'add_record', type_campaign: 'preview', campaign_id: PREVIEW_CAMPAIGN });
			expect(add.status).toBe(201);
			expect(add.body).toEqual(LEADS.map(sentLead));
			expect(finds.map((e) => e.query.customer_id)).toEqual(LEADS.map((l) => l.customer_id));
		});

		it('25 output items, each paired to its lead, outcome added, no error key', () => {
			const items = itemsOf('leads', 'Add Records');
			expect(items).toHaveLength(LEAD_COUNT);
			expect(items.map(pairedIndex)).toEqual(indexes(LEAD_COUNT));
			expect(items.map((i) => i.json.outcome)).toEqual(LEADS.map(() => 'added'));
			expect(items.map((i) => i.json.sent)).toEqual(LEADS.map(sentLead));
			expect(items.map((i) => i.json.call)).toEqual(LEADS.map(() => ({ number: 1, items: LEAD_COUNT })));
			expect(items.filter((i) => 'error' in i.json)).toEqual([]);
		});

		it('the campaign holds each lead exactly once, as sent', () => {
			const sim = simOf('leads');
			expect(copiesOf(sim, PREVIEW_CAMPAIGN, LEADS.map((l) => l.customer_id))).toEqual(LEADS.map(() => 1));
			const stored = records(sim, PREVIEW_CAMPAIGN).filter((r) => LEADS.some((l) => l.customer_id === r.customer_id));
			expect(stored.map((r) => [r.customer_id, r.customer_name, r.tel1, r.email, r.city])).toEqual(
				LEADS.map((l) => [l.customer_id, l.customer_name, leadPhone(l), l.email, l.city]),
			);
		});

		it('Find Record gives back each lead, paired to its item', () => {
			const items = itemsOf('leads', 'Find Record');
			expect(items.map(pairedIndex)).toEqual(indexes(LEAD_COUNT));
			expect(items.map((i) => [i.json.customer_id, i.json.customer_name, i.json.tel1, i.json.campaign_id])).toEqual(
				LEADS.map((l) => [l.customer_id, l.customer_name, leadPhone(l), PREVIEW_CAMPAIGN]),
			);
		});

		it('with Retry On Fail (3 tries) on a healthy server, each lead is still stored once, in one call', () => {
			const items = itemsOf('leads-retry-on-fail', 'Add Records');
			expect(items.map((i) => i.json.outcome)).toEqual(LEADS.map(() => 'added'));
			// What n8n's retry looks at: the first item has no `error` key, not even null.
			expect(Object.keys(items[0].json)).not.toContain('error');
			expect(calls(apiLog('leads-retry-on-fail'))).toEqual(['POST campaign.php add_record']);
			expect(copiesOf(simOf('leads-retry-on-fail'), PREVIEW_CAMPAIGN, LEADS.map((l) => l.customer_id))).toEqual(LEADS.map(() => 1));
		});

		// n8n-core's retry loop (execution-engine/workflow-execute.js) tries again while the first item's
		// `json.error` is not undefined on 1.123.81; 2.41.1 also lets null and false pass as success.
		const retriesOnNullError = version.startsWith('1.');
		const tries = retriesOnNullError ? 3 : 1;

		it(`the control: n8n’s HTTP Request with the same Retry On Fail stores one lead ${tries === 3 ? 'three times' : 'once (this n8n ignores `error: null`)'}`, () => {
			const [answer] = itemsOf('http-request-retry-on-fail', 'HTTP Request');
			expect(answer.json).toMatchObject({ code: '201', error: null });
			expect(calls(apiLog('http-request-retry-on-fail'))).toEqual(Array.from({ length: tries }, () => 'POST campaign.php add_record'));
			expect(copiesOf(simOf('http-request-retry-on-fail'), PREVIEW_CAMPAIGN, [LEADS[0].customer_id])).toEqual([tries]);
		});
	});

	describe('Do Not Call → Add Numbers, then Remove Numbers', () => {
		it('Add Numbers: one call with every number, each now on both lists', () => {
			const log = apiLog('dnc-add');
			expect(calls(log)).toEqual(['POST configuration.php add_dnc']);
			expect(log[0].body).toEqual({ type_call: 'inbound/outbound', telephones: DNC_NUMBERS });
			const items = itemsOf('dnc-add', 'Add Numbers');
			expect(items.map((i) => [pairedIndex(i), i.json.outcome])).toEqual(DNC_NUMBERS.map((_, i) => [i, 'added']));
			expect(dncOf(simOf('dnc-add'), DNC_NUMBERS)).toEqual(bothLists(DNC_NUMBERS));
		});

		it('then Remove Numbers: one call each, and the numbers are off the lists', () => {
			const log = apiLog('dnc-add-remove');
			expect(calls(log)).toEqual(['POST configuration.php add_dnc', 'DELETE configuration.php remove_dnc']);
			expect(log[1].body).toEqual({ type: 'inbound/outbound', telephones: DNC_NUMBERS });
			expect(log.map((e) => e.status)).toEqual([201, 202]);
			const items = itemsOf('dnc-add-remove', 'Remove Numbers');
			expect(items.map((i) => [pairedIndex(i), i.json.outcome])).toEqual(DNC_NUMBERS.map((_, i) => [i, 'removed']));
			expect(dncOf(simOf('dnc-add-remove'), DNC_NUMBERS)).toEqual([]);
		});
	});

	describe('Campaign → Start, then Stop', () => {
		it('the seeded preview campaign is Started between the two and Stopped after', () => {
			expect(ACCOUNT.campaigns.find((c) => c.campaign_id === PREVIEW_CAMPAIGN)?.status).toBe('Stopped');
			expect(itemsOf('campaign-start-stop', 'Start Campaign').map((i) => i.json.outcome)).toEqual(['started']);
			const log = apiLog('campaign-start-stop');
			expect(calls(log)).toEqual(['PUT campaign.php start', 'GET information.php campaigns', 'PUT campaign.php stop']);
			expect([log[0].query.campaign_id, log[2].query.campaign_id]).toEqual([PREVIEW_CAMPAIGN, PREVIEW_CAMPAIGN]);
			expect(itemsOf('campaign-start-stop', 'Campaign After Start').map((i) => [i.json.campaign_id, i.json.status])).toEqual([
				[PREVIEW_CAMPAIGN, 'Started'],
			]);
			expect(itemsOf('campaign-start-stop', 'Stop Campaign').map((i) => i.json.outcome)).toEqual(['stopped']);
			expect(simOf('campaign-start-stop').state.campaigns.find((c) => c.campaign_id === PREVIEW_CAMPAIGN)?.status).toBe('Stopped');
		});
	});

	describe('The example workflows that act (inbound sheet: its pinned sample rows)', () => {
		const example = (key: string) => {
			const found = session.examples.list.find((e) => e.key === key);
			if (!found) throw new Error(`no example ${key}`);
			const entry = session.examples.entries.get(key);
			if (entry?.status !== 'success') throw new Error(`example "${key}" ended ${entry?.status}: ${entry?.error}`);
			const pinned = (node: string) => ((found.original.pinData as Record<string, Array<{ json: JsonObject }>>)[node] ?? []).map((r) => r.json);
			return { ...found, result: entry.result, pinned };
		};
		// Both examples share one simulator: each one's calls are told apart by their api.
		const examplesLog = () => session.examples.sim.stats.log.filter((e) => e.path.startsWith('/api/'));
		const digits = (v: unknown) => String(v).replace(/\D/g, '');

		it('the transform swaps the triggers, the sheets and nothing else', () => {
			expect(Object.fromEntries(session.examples.list.map((e) => [e.key, e.swapped]))).toEqual({
				'new-sheet-leads-to-preview-campaign': {
					'New lead in the sheet': 'n8n-nodes-base.googleSheetsTrigger -> n8n-nodes-base.manualTrigger + n8n-nodes-base.code (pinned rows)',
					'Log each lead': 'n8n-nodes-base.googleSheets -> n8n-nodes-base.noOp',
				},
				'nightly-do-not-call-sync': {
					'Every night at 02:00': 'n8n-nodes-base.scheduleTrigger -> n8n-nodes-base.manualTrigger',
					'Read the do-not-call sheet': 'n8n-nodes-base.googleSheets -> n8n-nodes-base.code (pinned rows)',
				},
			});
		});

		it('new sheet leads: the rows with a phone are added once in one call, the one without is refused and logged', () => {
			const { result, pinned } = example('new-sheet-leads-to-preview-campaign');
			const rows = pinned('New lead in the sheet');
			expect(rows.length).toBeGreaterThan(2);
			const ok = rows.filter((r) => digits(r.Phone) !== '');
			expect(ok.length).toBe(rows.length - 1);
			const adds = examplesLog().filter((e) => e.query.api === 'add_record');
			expect(adds.map((e) => [e.query.type_campaign, e.query.campaign_id, e.status])).toEqual([['preview', PREVIEW_CAMPAIGN, 201]]);
			expect((adds[0].body as JsonObject[]).map((r) => [r.customer_id, r.tel1])).toEqual(ok.map((r) => [String(r.Document), digits(r.Phone)]));
			// The sheet's row_number and empty cells are not sent.
			expect((adds[0].body as JsonObject[]).every((r) => !('row_number' in r) && Object.values(r).every((v) => v !== ''))).toBe(true);
			const items = nodeItems(result, 'Add to preview campaign');
			expect(items.map(pairedIndex)).toEqual(indexes(rows.length));
			expect(items.map((i) => i.json.outcome)).toEqual(rows.map((r) => (digits(r.Phone) ? 'added' : 'invalid')));
			expect(String(items.find((i) => i.json.outcome === 'invalid')?.json.error)).toMatch(/no telephone/);
			const sim = session.examples.sim;
			expect(copiesOf(sim, PREVIEW_CAMPAIGN, rows.map((r) => String(r.Document)))).toEqual(rows.map((r) => (digits(r.Phone) ? 1 : 0)));
			expect(nodeItems(result, 'Log each lead')).toHaveLength(rows.length);
		});

		it('nightly do-not-call sync: active rows added in one call, removed rows removed in one call', () => {
			const { result, pinned } = example('nightly-do-not-call-sync');
			const rows = pinned('Read the do-not-call sheet');
			const removed = rows.filter((r) => String(r.Status).toLowerCase() === 'removed').map((r) => digits(r.Phone));
			const active = rows.filter((r) => String(r.Status).toLowerCase() !== 'removed').map((r) => digits(r.Phone));
			expect([removed.length > 0, active.length > 1]).toEqual([true, true]);
			const log = examplesLog().filter((e) => e.path.endsWith('/configuration.php'));
			expect(log.map((e) => [e.method, e.query.api, e.body])).toEqual([
				['DELETE', 'remove_dnc', { type: 'inbound/outbound', telephones: removed }],
				['POST', 'add_dnc', { type_call: 'inbound/outbound', telephones: active }],
			]);
			expect(nodeItems(result, 'Add to the list').map((i) => i.json.outcome)).toEqual(active.map(() => 'added'));
			expect(nodeItems(result, 'Remove from the list').map((i) => i.json.outcome)).toEqual(removed.map(() => 'removed'));
			expect(dncOf(session.examples.sim, [...active, ...removed])).toEqual(bothLists(active));
		});
	});
});
