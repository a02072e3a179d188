/**
 * Many items, few calls: Add Records with 1, 10,000, 10,001 and 25,000 input items, run by n8n-core's
 * real WorkflowExecute against the stateful simulator (no latency). The calls made, their sizes and
 * order, every record stored exactly once, one output item per input item paired to it; items of
 * different campaigns in calls of their own; the values writes (a list of telephones, a comma-joined
 * list of customer IDs).
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { addRecords, call, campaignOf, itemsOf, lead, pairsOf, PREDICTIVE, requestOf, runWrite } from './writeSetup';

/** Items cheaply made: a lead per index. */
const leads = (count: number): INodeExecutionData[] => Array.from({ length: count }, (_, n) => ({ json: lead(n) }));

/** The records sent by each call, and the item index each output item is paired to. */
const recordsSent = (body: unknown) => body as IDataObject[];

describe.each([
	{ count: 1, sizes: [1] },
	{ count: 10_000, sizes: [10_000] },
	{ count: 10_001, sizes: [10_000, 1] },
	{ count: 25_000, sizes: [10_000, 10_000, 5_000] },
])('Add Records with $count items', ({ count, sizes }) => {
	it(`makes ${sizes.length} call(s) of ${sizes.join(', ')}, stores each record once, pairs each item`, async () => {
		const { error, json, items, log, before, state } = await runWrite(addRecords(), leads(count));
		expect(error).toBeUndefined();

		// The calls, in order, each of its share of the items in input order.
		expect(log.map((entry) => [entry.method, entry.query.api, entry.query.campaign_id, recordsSent(entry.body).length])).toEqual(
			sizes.map((size) => ['POST', 'add_record', PREDICTIVE, size]),
		);
		const sent = log.flatMap((entry) => recordsSent(entry.body).map((record) => record.customer_id));
		expect(sent).toEqual(leads(count).map((item) => item.json.customer_id));

		// Every record stored exactly once, the seeded ones untouched.
		const stored = campaignOf(state, PREDICTIVE).records;
		expect(stored).toHaveLength(campaignOf(before, PREDICTIVE).records.length + count);
		const copies = new Map<unknown, number>();
		for (const record of stored) copies.set(record.customer_id, (copies.get(record.customer_id) ?? 0) + 1);
		expect(leads(count).filter((item) => copies.get(item.json.customer_id) !== 1)).toEqual([]);

		// One item per input item, paired to it, naming its call.
		expect(items).toHaveLength(count);
		expect(pairsOf(items).every((pair, index) => pair === index)).toBe(true);
		const starts = sizes.map((_, k) => sizes.slice(0, k).reduce((sum, size) => sum + size, 0));
		const callOf = (index: number) => starts.filter((start) => start <= index).length;
		const wrong = json.filter((item, index) => {
			const number = callOf(index);
			const expected = { number, items: sizes[number - 1] };
			return (
				item.outcome !== 'added' ||
				'error' in item ||
				JSON.stringify(item.call) !== JSON.stringify(expected) ||
				(item.sent as IDataObject).customer_id !== lead(index).customer_id ||
				(item.data as IDataObject).total_registers !== expected.items
			);
		});
		expect(wrong).toEqual([]);
	}, 60_000);
});

describe('items share a call only when they send the same campaign', () => {
	it('two campaigns interleaved: one call each, in the order of their first item', async () => {
		const input = itemsOf([0, 1, 2, 3, 4, 5].map((n) => lead(n, { campaign: n % 2 === 0 ? PREDICTIVE : '20452' })));
		const parameters = addRecords({ campaign_id: '={{ $json.campaign }}', options: { ignoreUnknownFields: true } });
		const { error, json, items, log, before, state } = await runWrite(parameters, input);
		expect(error).toBeUndefined();
		expect(log.map((entry) => [entry.query.campaign_id, recordsSent(entry.body).map((r) => r.customer_id)])).toEqual([
			[PREDICTIVE, [0, 2, 4].map((n) => lead(n).customer_id)],
			['20452', [1, 3, 5].map((n) => lead(n).customer_id)],
		]);
		expect(json.map((item) => item.call)).toEqual([0, 1, 2, 3, 4, 5].map((n) => ({ number: n % 2 === 0 ? 1 : 2, items: 3 })));
		expect(pairsOf(items)).toEqual([0, 1, 2, 3, 4, 5]);
		for (const id of [PREDICTIVE, '20452']) expect(campaignOf(state, id).records).toHaveLength(campaignOf(before, id).records.length + 3);
	});
});

describe('values writes: each item gives one value of one list', () => {
	it('Add Numbers with 10,001 items: two calls, the telephones as lists, every number on both lists once', async () => {
		const phones = Array.from({ length: 10_001 }, (_, n) => `57310${String(n).padStart(7, '0')}`);
		const { error, json, items, log, state } = await runWrite(
			{ resource: 'doNotCall', operation: 'configuration.add_dnc', type_call: 'inbound/outbound', telephones: '={{ $json.phone }}' },
			phones.map((phone) => ({ json: { phone } })),
		);
		expect(error).toBeUndefined();
		expect(log.map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['POST', '/api/v2/configuration.php', { api: 'add_dnc' }],
			['POST', '/api/v2/configuration.php', { api: 'add_dnc' }],
		]);
		const bodies = log.map((entry) => entry.body as { type_call: string; telephones: string[] });
		expect(bodies.map((body) => [body.type_call, body.telephones.length])).toEqual([
			['inbound/outbound', 10_000],
			['inbound/outbound', 1],
		]);
		expect(bodies.flatMap((body) => body.telephones)).toEqual(phones);
		expect(state.dnc).toHaveLength(2 * phones.length);
		expect(new Set(state.dnc.map((entry) => `${entry.telephone} ${entry.type}`)).size).toBe(2 * phones.length);
		expect(items).toHaveLength(phones.length);
		expect(pairsOf(items).every((pair, index) => pair === index)).toBe(true);
		expect(json[0]).toEqual({ outcome: 'added', sent: { type_call: 'inbound/outbound', telephones: phones[0] }, code: 201, msg: '10000 telephones were added', call: { number: 1, items: 10_000 } });
		expect(json[10_000]).toEqual({ outcome: 'added', sent: { type_call: 'inbound/outbound', telephones: phones[10_000] }, code: 201, msg: '1 telephones were added', call: { number: 2, items: 1 } });
	}, 60_000);

	it('Remove Records: the customer IDs comma-joined in one call, only those records removed', async () => {
		const ids = ['R-1', 'R-2', 'R-3'];
		const { error, json, log, before, state } = await runWrite(
			{ resource: 'campaign', operation: 'remove_record', type_campaign: 'predictive', campaign_id: PREDICTIVE, customer_id: '={{ $json.id }}' },
			itemsOf(ids.map((id) => ({ id }))),
			{
				before: async (sim) =>
					call(sim, 'POST', 'campaign', { api: 'add_record', type_campaign: 'predictive', campaign_id: PREDICTIVE }, [...ids, 'R-4'].map((id, n) => lead(n, { customer_id: id }))),
			},
		);
		expect(error).toBeUndefined();
		expect(log.map(requestOf)).toEqual([
			{ method: 'DELETE', path: '/api/v2/campaign.php', query: { api: 'remove_record', type_campaign: 'predictive', campaign_id: PREDICTIVE }, body: { customer_id: 'R-1,R-2,R-3' } },
		]);
		const left = campaignOf(state, PREDICTIVE).records.map((r) => r.customer_id);
		expect(left).toHaveLength(campaignOf(before, PREDICTIVE).records.length - 3);
		expect(left.filter((id) => String(id).startsWith('R-'))).toEqual(['R-4']);
		expect(json.map((item) => [item.outcome, (item.sent as IDataObject).customer_id, item.call])).toEqual(ids.map((id) => ['removed', id, { number: 1, items: 3 }]));
	});
});
