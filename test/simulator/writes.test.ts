// campaign.php and configuration.php against the simulator's state: each endpoint's answer and its
// effect, the gate and the faults before (nothing applied) and after (applied, then the failure).

import * as http from 'node:http';
import { ACCOUNT, MAX_RECORDS_PER_CALL, MSG, WRITE_MSG, type Simulator, type StateSnapshot } from '../../tools/simulator/server';
import { replyOf, simulatorsAt } from './testing';

const NOW = new Date('2025-03-15T17:04:05Z'); // wall clock 2025-03-15 12:04:05 (GMT-5)
const TOKEN = 'sim-token';
const start = simulatorsAt(NOW);

interface Reply {
	status: number;
	text: string;
	json: Record<string, unknown> | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function call(sim: Simulator, method: Method, script: 'campaign' | 'configuration', query: Record<string, string>, body?: unknown, o: { token?: string; raw?: string; signal?: AbortSignal } = {}): Promise<Reply> {
	const r = await fetch(`${sim.url}/api/v2/${script}.php?${new URLSearchParams(query)}`, {
		method, headers: { 'wolkvox-token': o.token ?? TOKEN, 'content-type': 'application/json' },
		body: o.raw ?? (body === undefined ? undefined : JSON.stringify(body)), signal: o.signal,
	});
	return await replyOf(r);
}

const lead = (customer_id: string, tel1: string, extra: Record<string, string> = {}) => ({ customer_name: `Cliente ${customer_id}`, customer_id, tel1, ...extra });
const campaignOf = (s: StateSnapshot, id: string) => s.campaigns.find((c) => c.campaign_id === id);
const recordsOf = (sim: Simulator, id: string) => campaignOf(sim.state, id)?.records ?? [];
const copies = (sim: Simulator, id: string, customer: string) => recordsOf(sim, id).filter((r) => r.customer_id === customer).length;
/** A predictive (20451) and a preview (20453) campaign of the seeded account. */
const PRED = '20451';
const PREV = '20453';
const addRecords = (sim: Simulator, body: unknown, query: Record<string, string> = {}) =>
	call(sim, 'POST', 'campaign', { api: 'add_record', type_campaign: 'predictive', campaign_id: PRED, ...query }, body);
const infoCampaigns = async (sim: Simulator) => {
	const r = await fetch(`${sim.url}/api/v2/information.php?api=campaigns`, { headers: { 'wolkvox-token': TOKEN } });
	return (await r.json() as { data: Array<Record<string, string>> }).data;
};

describe('seeded state', () => {
	it('holds ACCOUNT campaigns with a few records each, some dialled, and empty lists; deterministic from the seed', async () => {
		const sim = await start();
		const s = sim.state;
		expect(s.campaigns.map((c) => c.campaign_id)).toEqual(ACCOUNT.campaigns.map((c) => c.campaign_id));
		for (const c of s.campaigns) expect(c.records.length).toBeGreaterThanOrEqual(6);
		expect(s.campaigns.flatMap((c) => c.records).some((r) => r.conn_id !== '')).toBe(true);
		expect([s.dnc, s.law2300, s.predictiveDnc]).toEqual([[], [], []]);
		expect((await start()).state).toEqual(s);
		expect((await start({ seed: 2 })).state.campaigns[0].records).not.toEqual(s.campaigns[0].records);
	});

	it('is a copy: changing the snapshot changes nothing', async () => {
		const sim = await start();
		sim.state.campaigns[0].records.length = 0;
		sim.state.dnc.push({ telephone: '3001234567', type: 'inbound', days_block: '', via: 'configuration' });
		expect(sim.state.campaigns[0].records.length).toBeGreaterThan(0);
		expect(sim.state.dnc).toEqual([]);
	});

	it('GET /__sim/state shows the same, untokened and unlogged', async () => {
		const sim = await start();
		await addRecords(sim, [lead('900', '3001112233')]);
		const r = await fetch(`${sim.url}/__sim/state`);
		expect(await r.json()).toEqual(JSON.parse(JSON.stringify(sim.state)));
		expect(sim.stats.requests).toBe(1);
	});

	it('reset() restores the seeded state', async () => {
		const sim = await start();
		const seeded = sim.state;
		await addRecords(sim, [lead('900', '3001112233')]);
		await call(sim, 'POST', 'configuration', { api: 'add_dnc' }, { type_call: 'all', telephones: ['3001112233'] });
		await call(sim, 'POST', 'campaign', { api: 'create_campaign', type_campaign: 'preview' }, { campaign_name: 'Nueva', skill_id: '101' });
		await call(sim, 'PUT', 'configuration', { api: 'block_law2300' }, { nit: '900663379', telephone: '3113367284', customer_id: '1' });
		expect(sim.state).not.toEqual(seeded);
		sim.reset();
		expect(sim.state).toEqual(seeded);
		// The created campaign's ID is handed out again after a reset.
		const again = await call(sim, 'POST', 'campaign', { api: 'create_campaign', type_campaign: 'preview' }, { campaign_name: 'Nueva', skill_id: '101' });
		expect(again.json?.data).toEqual([{ id_campaign: '20456', name_campaign: 'Nueva' }]);
	});
});

describe('add_record', () => {
	it('stores every record sent, duplicates included, and answers the documented 201', async () => {
		const sim = await start();
		const before = recordsOf(sim, PRED).length;
		const r = await addRecords(sim, [lead('100', '3000000001'), lead('100', '3000000001'), lead('200', '3000000002', { opt1: 'x' })]);
		expect(r.status).toBe(201);
		expect(r.json).toEqual({ code: '201', error: null, msg: 'All records has been added successfully', data: [{ total_registers: '3' }] });
		expect(recordsOf(sim, PRED).length).toBe(before + 3);
		expect(copies(sim, PRED, '100')).toBe(2);
		expect(recordsOf(sim, PRED).find((x) => x.customer_id === '200')).toMatchObject({ opt1: 'x', tel1: '3000000002', result: '', calls: 0 });
		// A second identical call stores a third copy: the simulator never deduplicates.
		await addRecords(sim, [lead('100', '3000000001')]);
		expect(copies(sim, PRED, '100')).toBe(3);
	});

	it('campaign_status start/stop sets the campaign status, which information.php shows with the record count', async () => {
		const sim = await start();
		await call(sim, 'POST', 'campaign', { api: 'add_record', type_campaign: 'preview', campaign_id: PREV, campaign_status: 'start' }, [lead('1', '3000000001', { agent_id: '12481' })]);
		const info = (await infoCampaigns(sim)).find((c) => c.campaign_id === PREV);
		expect(info?.status).toBe('Started');
		expect(info?.records).toBe(String(recordsOf(sim, PREV).length));
		expect(recordsOf(sim, PREV).at(-1)?.agent_id).toBe('12481');
		await addRecords(sim, [lead('2', '3000000002')], { campaign_status: 'stop' });
		expect(campaignOf(sim.state, PRED)?.status).toBe('Stopped');
	});

	it('takes 10,000 records in one call and refuses 10,001 without storing any', async () => {
		const sim = await start();
		const before = recordsOf(sim, PRED).length;
		const many = (n: number) => Array.from({ length: n }, (_, i) => lead(String(i), `300${String(i).padStart(7, '0')}`));
		const over = await addRecords(sim, many(MAX_RECORDS_PER_CALL + 1));
		expect([over.status, over.json?.msg]).toEqual([400, WRITE_MSG.recordLimit]);
		expect(recordsOf(sim, PRED).length).toBe(before);
		const full = await addRecords(sim, many(MAX_RECORDS_PER_CALL));
		expect(full.json?.data).toEqual([{ total_registers: '10000' }]);
		expect(recordsOf(sim, PRED).length).toBe(before + MAX_RECORDS_PER_CALL);
		// The log keeps the parsed body as received.
		expect((sim.stats.log.at(-1)?.body as unknown[]).length).toBe(MAX_RECORDS_PER_CALL);
	});

	it.each([
		['a body that is not an array', { campaign_id: PRED }, { customer_id: '1' }, WRITE_MSG.notArray],
		['an unknown campaign', { campaign_id: '99999' }, [lead('1', '3000000001')], WRITE_MSG.noCampaign],
		['type_campaign of the other type', { type_campaign: 'preview' }, [lead('1', '3000000001')], WRITE_MSG.wrongType],
		['no campaign_id', { campaign_id: '' }, [lead('1', '3000000001')], MSG.params],
		['an empty array', {}, [], MSG.params],
	])('refuses %s with a 400 and stores nothing', async (_what, query, body, msg) => {
		const sim = await start();
		const before = sim.state;
		const r = await addRecords(sim, body, query);
		expect([r.status, r.json?.msg, r.json?.error]).toEqual([400, msg, msg]);
		expect(sim.state).toEqual(before);
	});

	it('refuses a body that is not JSON', async () => {
		const sim = await start();
		const r = await call(sim, 'POST', 'campaign', { api: 'add_record', type_campaign: 'predictive', campaign_id: PRED }, undefined, { raw: '[{"customer_id": ' });
		expect([r.status, r.json?.msg]).toEqual([400, MSG.params]);
		expect(sim.stats.log[0]).toMatchObject({ method: 'POST', body: undefined, status: 400 });
	});
});

describe('campaign.php writes', () => {
	it('add_dnc adds 7–15 digit numbers not yet listed, with their block days', async () => {
		const sim = await start();
		const body = [
			{ telephone: '573000000010', days_block: '15' }, { telephone: '573000000010', days_block: '30' },
			{ telephone: '123', days_block: '5' }, { telephone: '5730000000201234', days_block: '5' }, { telephone: '3001234567', days_block: '30' },
		];
		const r = await call(sim, 'POST', 'campaign', { api: 'add_dnc' }, body);
		expect(r.status).toBe(201);
		expect(r.json).toEqual({ code: 201, error: null, msg: '2 telephones were added', data: [{ total_added: '2', total_rejected: '3', total_sent: '5' }] });
		expect(sim.state.dnc).toEqual([
			{ telephone: '573000000010', type: 'outbound', days_block: '15', via: 'campaign' },
			{ telephone: '3001234567', type: 'outbound', days_block: '30', via: 'campaign' },
		]);
	});

	it('codify codes every copy of the customer; detail=all shows it, detail=default (with a call only) does not', async () => {
		const sim = await start();
		await addRecords(sim, [lead('777', '3000000777'), lead('777', '3000000777')]);
		const r = await call(sim, 'PUT', 'campaign', { api: 'codify', type_campaign: 'predictive', campaign_id: PRED }, { cod_act: 'VENTA', cod_act_2: 'TITULAR', comment: 'Vendido', customer_id: '777' });
		expect([r.status, r.json]).toEqual([202, { code: 202, error: null, msg: 'customer_id 777 has been coded' }]);
		const coded = recordsOf(sim, PRED).filter((x) => x.customer_id === '777');
		expect(coded.map((x) => [x.cod_act, x.cod_act_2, x.comments, x.date])).toEqual(Array(2).fill(['VENTA', 'TITULAR', 'Vendido', '2025-03-15 12:04:05']));
		const range = { api: 'detail', type_campaign: 'predictive', campaign_id: PRED, date_ini: '20250315000000', date_end: '20250315235959' };
		const all = await call(sim, 'GET', 'campaign', { ...range, detail: 'all' });
		expect((all.json?.data as Array<Record<string, string>>).filter((x) => x.customer_id === '777')).toHaveLength(2);
		const byDefault = await call(sim, 'GET', 'campaign', range);
		expect(((byDefault.json?.data ?? []) as Array<Record<string, string>>).some((x) => x.customer_id === '777')).toBe(false);
		const missing = await call(sim, 'PUT', 'campaign', { api: 'codify', type_campaign: 'predictive', campaign_id: PRED }, { cod_act: 'VENTA', customer_id: 'nobody' });
		expect([missing.status, missing.json?.msg]).toEqual([400, WRITE_MSG.noCustomer]);
	});

	it('recall schedules the call back', async () => {
		const sim = await start();
		await addRecords(sim, [lead('100000000', '3000000001')]);
		const r = await call(sim, 'PUT', 'campaign', { api: 'recall', campaign_id: PRED }, { recall_date: '20250320160000', recall_telephone: '93242567400', customer_id: '100000000' });
		expect([r.status, r.json]).toEqual([202, { code: 202, error: null, msg: 'customer_id 100000000 has been updated and will be call back on 20250320160000 to phone 93242567400' }]);
		expect(recordsOf(sim, PRED).at(-1)).toMatchObject({ recall_date: '20250320160000', recall_telephone: '93242567400', recall_count: 1 });
		const bad = await call(sim, 'PUT', 'campaign', { api: 'recall', campaign_id: PRED }, { recall_date: '2025-03-20', recall_telephone: '93242567400', customer_id: '100000000' });
		expect([bad.status, bad.json?.msg]).toEqual([400, WRITE_MSG.invalid('recall_date')]);
	});

	it('remove_record deletes every copy of the listed customers, optionally only those with a result', async () => {
		const sim = await start();
		await addRecords(sim, [lead('a1', '3000000001'), lead('a1', '3000000001'), lead('b2', '3000000002'), lead('c3', '3000000003')]);
		const q = { api: 'remove_record', type_campaign: 'predictive', campaign_id: PRED };
		const r = await call(sim, 'DELETE', 'campaign', q, { customer_id: 'a1,b2' });
		expect([r.status, r.json]).toEqual([202, { code: 202, error: null, msg: 'customer_id a1,b2 has been deleted successfully' }]);
		expect(['a1', 'b2', 'c3'].map((id) => copies(sim, PRED, id))).toEqual([0, 0, 1]);
		await call(sim, 'DELETE', 'campaign', { ...q, result: 'answer' }, { customer_id: 'c3' });
		expect(copies(sim, PRED, 'c3')).toBe(1); // c3 has no result yet
		const dialled = recordsOf(sim, PRED).find((x) => x.result !== '');
		expect(dialled).toBeDefined();
		const id = String(dialled?.customer_id);
		const key = String(dialled?.result).toLowerCase().replace(/ /g, '-'); // ANSWER MACHINE -> answer-machine
		await call(sim, 'DELETE', 'campaign', { ...q, result: key === 'busy' ? 'failed' : 'busy' }, { customer_id: id });
		expect(copies(sim, PRED, id)).toBe(1);
		await call(sim, 'DELETE', 'campaign', { ...q, result: key }, { customer_id: id });
		expect(copies(sim, PRED, id)).toBe(0);
	});

	it('speed, start and stop change the campaign, as information.php and real_time.php show', async () => {
		const sim = await start();
		const s = await call(sim, 'PUT', 'campaign', { api: 'speed', campaign_id: PRED }, { speed: '100' });
		expect([s.status, s.json]).toEqual([202, { code: 202, error: null, msg: `The speed of ${PRED} campaign_id has been updated successfully` }]);
		const stop = await call(sim, 'PUT', 'campaign', { api: 'stop', campaign_id: PRED });
		expect(stop.json).toEqual({ code: 202, error: null, msg: `The ${PRED} campaign_id has been stopped successfully` });
		expect(campaignOf(sim.state, PRED)).toMatchObject({ speed: '100', status: 'Stopped' });
		expect((await infoCampaigns(sim)).find((c) => c.campaign_id === PRED)).toMatchObject({ speed: '100', status: 'Stopped' });
		const startR = await call(sim, 'PUT', 'campaign', { api: 'start', campaign_id: PREV });
		expect(startR.json?.msg).toBe(`The ${PREV} campaign_id has been started successfully`);
		expect(campaignOf(sim.state, PREV)?.status).toBe('Started');
		const rt = await fetch(`${sim.url}/api/v2/real_time.php?api=campaigns`, { headers: { 'wolkvox-token': TOKEN } });
		const rtBody = await rt.json() as Array<Record<string, string>> | { data: Array<Record<string, string>> };
		const rows = Array.isArray(rtBody) ? rtBody : rtBody.data;
		expect(rows.find((c) => c.skill_id === campaignOf(sim.state, PREV)?.skill_id && String(c.campaign).startsWith(PREV))?.status).toBe('started');
		for (const bad of ['101', '-1', 'fast']) {
			expect((await call(sim, 'PUT', 'campaign', { api: 'speed', campaign_id: PRED }, { speed: bad })).json?.msg).toBe(WRITE_MSG.invalid('speed'));
		}
		expect((await call(sim, 'PUT', 'campaign', { api: 'start', campaign_id: '1' })).json?.msg).toBe(WRITE_MSG.noCampaign);
	});

	it('create_campaign adds a stopped campaign that information.php lists and add_record accepts; delete_campaign removes it', async () => {
		const sim = await start();
		const r = await call(sim, 'POST', 'campaign', { api: 'create_campaign', type_campaign: 'predictive' }, {
			campaign_name: 'wolkvox Store', campaign_description: 'Campaña para hacer pruebas', start_time: '080000', end_time: '180000', skill_id: '202', opt1: 'Plan', amd: 'COL', enable_edition: 'no',
		});
		expect([r.status, r.json]).toEqual([201, { code: 201, error: null, msg: 'The 20456 campaign_id has been created successfully', data: [{ id_campaign: '20456', name_campaign: 'wolkvox Store' }] }]);
		expect(campaignOf(sim.state, '20456')).toMatchObject({ type_campaign: 'predictive', status: 'Stopped', skill_id: '202', start_time: '08:00:00', amd_conf: 'COL', optional_labels: { opt1: 'Plan' }, records: [] });
		expect((await infoCampaigns(sim)).map((c) => c.campaign_id)).toContain('20456');
		expect((await addRecords(sim, [lead('1', '3000000001')], { campaign_id: '20456' })).status).toBe(201);
		const del = await call(sim, 'DELETE', 'campaign', { api: 'delete_campaign', type_campaign: 'predictive' }, { campaign_ids: ['20456', PREV, '99999'] });
		expect([del.status, del.json]).toEqual([200, { code: '200', error: null, msg: '1 campaigns deleted successfully. 2 operations failed.' }]);
		expect((await infoCampaigns(sim)).map((c) => c.campaign_id)).not.toContain('20456');
		// IDs are not reused after a delete.
		const next = await call(sim, 'POST', 'campaign', { api: 'create_campaign', type_campaign: 'preview' }, { campaign_name: 'Otra', skill_id: '101' });
		expect(next.json?.data).toEqual([{ id_campaign: '20457', name_campaign: 'Otra' }]);
		for (const body of [{ campaign_name: 'X', skill_id: '4069' }, { campaign_name: 'X', skill_id: '101', start_time: '25:00:00' }]) {
			expect((await call(sim, 'POST', 'campaign', { api: 'create_campaign', type_campaign: 'predictive' }, body)).status).toBe(400);
		}
		expect((await call(sim, 'POST', 'campaign', { api: 'create_campaign', type_campaign: 'predictive' }, { skill_id: '101' })).json?.msg).toBe(MSG.params);
	});

	it('delete_campaign also takes the URL campaign_id (the old method)', async () => {
		const sim = await start();
		const r = await call(sim, 'DELETE', 'campaign', { api: 'delete_campaign', type_campaign: 'preview', campaign_id: PREV });
		expect(r.json?.msg).toBe('1 campaigns deleted successfully. 0 operations failed.');
		expect(campaignOf(sim.state, PREV)).toBeUndefined();
	});

	it('edit_campaign changes only the fields sent and answers the campaign; an invalid value changes nothing', async () => {
		const sim = await start();
		const r = await call(sim, 'PUT', 'campaign', { api: 'edit_campaign', campaign_id: PRED }, {
			campaign_name: 'Renovación 2026', start_time: '07:30:00', turbo_dial: 'no', camp_dial_order: 'zigzag', optional_labels: { opt1: 'Póliza', opt5: 'Valor' }, campaign_description: '',
		});
		expect(r.status).toBe(200);
		expect(r.json).toMatchObject({ code: '200', error: null, msg: 'Campaign has been updated successfully' });
		expect((r.json?.data as unknown[])[0]).toEqual({
			campaign_id: PRED, campaign_name: 'Renovación 2026', campaign_description: 'Clientes con póliza por vencer', type_camp: 'Predictive', enable_edition: 'no',
			start_time: '07:30:00', end_time: '18:00:00', skill_id: '202', amd_conf: 'default', turbo_dial: 'no', routing_recall: 'no', optional_labels: { opt1: 'Póliza', opt5: 'Valor' },
		});
		expect(campaignOf(sim.state, PRED)?.camp_dial_order).toBe('zigzag');
		const before = sim.state;
		for (const body of [{ enable_edition: 'si' }, { start_time: '19:00:00' }, { skill_id: '999' }, { amd_conf: 'USA' }, { campaign_name: 'Y', colour: 'red' }, { optional_labels: { opt13: 'x' } }]) {
			const bad = await call(sim, 'PUT', 'campaign', { api: 'edit_campaign', campaign_id: PRED }, body);
			expect(bad.status).toBe(400);
		}
		expect(sim.state).toEqual(before);
	});

	it('campaign_filter stores the filter and counts the pending records it leaves', async () => {
		const sim = await start();
		await call(sim, 'DELETE', 'campaign', { api: 'clear_campaign', type_campaign: 'preview', campaign_id: PREV });
		await call(sim, 'POST', 'campaign', { api: 'add_record', type_campaign: 'preview', campaign_id: PREV }, [
			lead('1', '3000000001', { city: 'Medellín', age: '30' }), lead('2', '3000000002', { city: 'Medellín', age: '50' }), lead('3', '3000000003', { city: 'Cali', age: '60' }),
		]);
		const q = { api: 'campaign_filter', type_campaign: 'preview', campaign_id: PREV };
		const r = await call(sim, 'PUT', 'campaign', q, { filter_active: 'yes', connector: 'and', filters: [{ field: 'city', operator: '=', value: 'Medellín' }, { field: 'age', operator: '>', value: '40' }] });
		expect([r.status, r.json]).toEqual([200, { code: 200, error: null, msg: 'Campaign filter successfully updated', data: { total_records: '3', pending_records: '1', applied_filter: "city = 'Medellín' AND age > '40'" } }]);
		expect(campaignOf(sim.state, PREV)?.filter).toEqual({ filter_active: 'yes', connector: 'and', filters: [{ field: 'city', operator: '=', value: 'Medellín' }, { field: 'age', operator: '>', value: '40' }] });
		const or = await call(sim, 'PUT', 'campaign', q, { filter_active: 'yes', connector: 'or', filters: [{ field: 'customer_name', operator: 'like', value: '%3' }, { field: 'age', operator: '<=', value: '30' }] });
		expect((or.json?.data as Record<string, string>).pending_records).toBe('2');
		const off = await call(sim, 'PUT', 'campaign', q, { filter_active: 'no' });
		expect((off.json?.data as Record<string, string>)).toEqual({ total_records: '3', pending_records: '3', applied_filter: '' });
		expect((await call(sim, 'PUT', 'campaign', q, { filter_active: 'yes', filters: [{ field: 'colour', operator: '=', value: 'x' }] })).status).toBe(400);
	});

	it('clear_campaign deletes all records, or those with one result', async () => {
		const sim = await start();
		const q = { api: 'clear_campaign', type_campaign: 'predictive', campaign_id: PRED };
		const busy = recordsOf(sim, PRED).filter((x) => x.result === 'BUSY').length;
		const total = recordsOf(sim, PRED).length;
		const some = await call(sim, 'DELETE', 'campaign', { ...q, result: 'busy' });
		expect([some.status, some.json]).toEqual([202, { code: 202, error: null, msg: `All records has been deleted of campaign_id ${PRED} successfully` }]);
		expect(recordsOf(sim, PRED).length).toBe(total - busy);
		expect((await call(sim, 'DELETE', 'campaign', { ...q, result: 'maybe' })).status).toBe(400);
		await call(sim, 'DELETE', 'campaign', q);
		expect(recordsOf(sim, PRED)).toEqual([]);
		expect((await call(sim, 'DELETE', 'campaign', { ...q, type_campaign: 'preview' })).json?.msg).toBe(WRITE_MSG.wrongType);
	});

	it('recall_records marks the matching records CLEAN', async () => {
		const sim = await start();
		const failed = recordsOf(sim, PRED).filter((x) => x.result === 'NO ANSWER').length;
		const r = await call(sim, 'PUT', 'campaign', { api: 'recall_records', campaign_id: PRED }, { field: 'Cod_Machine', value: 'no-answer' });
		expect([r.status, r.json]).toEqual([200, {
			code: '200', error: null, msg: `${failed} record(s) have been marked for recall successfully`,
			data: [{ campaign_id: PRED, field: 'Cod_Machine', value: 'no-answer', normalized_value: 'NO ANSWER', affected_records: String(failed) }],
		}]);
		expect(recordsOf(sim, PRED).filter((x) => x.result === 'NO ANSWER')).toEqual([]);
		expect(recordsOf(sim, PRED).filter((x) => x.result === 'CLEAN')).toHaveLength(failed);
		expect((await call(sim, 'PUT', 'campaign', { api: 'recall_records', campaign_id: PREV }, { field: 'Cod_Machine', value: 'FAILED' })).json?.msg).toBe(WRITE_MSG.notPredictive);
	});
});

describe('campaign.php reads', () => {
	it('find_record finds by phone, customer or campaign across campaigns; 404 when none, 400 with no criterion', async () => {
		const sim = await start();
		await addRecords(sim, [lead('555', '3005550000', { tel3: '3005553333' })]);
		await call(sim, 'POST', 'campaign', { api: 'add_record', type_campaign: 'preview', campaign_id: PREV }, [lead('555', '3005550000')]);
		const byPhone = await call(sim, 'GET', 'campaign', { api: 'find_record', customer_phone: '3005553333' });
		expect(byPhone.status).toBe(200);
		expect(byPhone.json).toMatchObject({ code: '200', error: null, msg: '1 records were found' });
		const [row] = byPhone.json?.data as Array<Record<string, string>>;
		expect(Object.keys(row)).toEqual(['customer_name', 'customer_last_name', 'customer_id', 'country', 'state', 'city', 'zone', 'address',
			...Array.from({ length: 12 }, (_, i) => `opt${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `tel${i + 1}`), 'date', 'calls', 'conn_id', 'result', 'campaign_id']);
		expect(row).toMatchObject({ customer_id: '555', tel1: '3005550000', tel3: '3005553333', campaign_id: PRED, calls: '0', result: '' });
		const byCustomer = await call(sim, 'GET', 'campaign', { api: 'find_record', customer_id: '555' });
		expect((byCustomer.json?.data as Array<Record<string, string>>).map((x) => x.campaign_id)).toEqual([PRED, PREV]);
		const inOne = await call(sim, 'GET', 'campaign', { api: 'find_record', customer_id: '555', campaign_id: PREV });
		expect((inOne.json?.data as unknown[]).length).toBe(1);
		const none = await call(sim, 'GET', 'campaign', { api: 'find_record', customer_phone: '3999999999' });
		expect([none.status, none.json?.msg, none.json?.data]).toEqual([404, MSG.found(0), []]);
		expect((await call(sim, 'GET', 'campaign', { api: 'find_record' })).json?.msg).toBe(MSG.params);
	});

	it('detail lists the managed records of the window with the documented fields; 31-day rule as reports', async () => {
		const sim = await start();
		const q = { api: 'detail', type_campaign: 'predictive', campaign_id: PRED, date_ini: '20250310000000', date_end: '20250315235959' };
		const r = await call(sim, 'GET', 'campaign', q);
		const dialled = recordsOf(sim, PRED).filter((x) => x.conn_id !== '');
		expect(r.status).toBe(200);
		const rows = r.json?.data as Array<Record<string, string>>;
		expect(r.json?.msg).toBe(`${dialled.length} records were found`);
		expect(rows.map((x) => x.conn_id).sort()).toEqual(dialled.map((x) => String(x.conn_id)).sort());
		expect(Object.keys(rows[0]).slice(-12)).toEqual(['tel10', 'tel_extra', 'agent_id', 'date', 'calls', 'conn_id', 'recall', 'result', 'cod_act', 'cod_act_2', 'recall_count', 'comments']);
		const long = await call(sim, 'GET', 'campaign', { ...q, date_ini: '20250101000000' });
		expect([long.status, long.json?.msg]).toEqual([400, MSG.range(31)]);
		expect((await call(sim, 'GET', 'campaign', { ...q, date_ini: '20250101000000', date_end: '20250102000000' })).status).toBe(404);
		expect((await call(sim, 'GET', 'campaign', { ...q, date_end: '' })).json?.msg).toBe(MSG.params);
		expect((await call(sim, 'GET', 'campaign', { ...q, type_campaign: 'preview' })).json?.msg).toBe(WRITE_MSG.wrongType);
	});

	it('campaign_15 exports every record, Spanish field names, outside the usual envelope', async () => {
		const sim = await start();
		await addRecords(sim, [lead('42', '3000000042', { customer_last_name: 'Ruiz', email: 'a@b.co' })]);
		const r = await call(sim, 'GET', 'campaign', { api: 'campaign_15', campaign_id: PRED });
		const total = recordsOf(sim, PRED).length;
		expect(r.status).toBe(200);
		expect(r.json).toMatchObject({ code: '200', total_records: String(total), campaign_id: PRED });
		expect(Object.keys(r.json ?? {})).toEqual(['code', 'total_records', 'campaign_id', 'records']);
		const last = (r.json?.records as Array<Record<string, string>>).at(-1);
		expect(last).toMatchObject({ nombre_cliente: 'Cliente 42', apellido_cliente: 'Ruiz', id_cliente: '42', tel1: '3000000042', email: 'a@b.co', resultado: '', llamadas: '0' });
		// The collection example's fields, in its order.
		expect(Object.keys(last ?? {})).toEqual(['nombre_cliente', 'apellido_cliente', 'tipo_doc', 'id_cliente', 'edad', 'sexo', 'pais', 'departamento', 'ciudad', 'zona', 'direccion',
			...Array.from({ length: 12 }, (_, i) => `opt${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `tel${i + 1}`), 'tel_extra', 'id_agent', 'resultado', 'fecha', 'llamadas',
			'id_call', 'cod_rslt1', 'description_cod1', 'cod_rslt2', 'description_cod2', 'comentarios', 'rellamada', 'rellamada_count', 'email', 'rellamada_tel', 'last_dial_tele',
			'history_dial_tel', 'rellamada_info']);
		expect((await call(sim, 'GET', 'campaign', { api: 'campaign_15', campaign_id: '1' })).json?.msg).toBe(WRITE_MSG.noCampaign);
	});
});

describe('configuration.php', () => {
	it('add_dnc adds to the inbound, outbound or both lists; remove_dnc removes by list, numbers or all', async () => {
		const sim = await start();
		const add = await call(sim, 'POST', 'configuration', { api: 'add_dnc' }, { type_call: 'inbound/outbound', telephones: ['93000000007', '93000000008', '12'] });
		expect([add.status, add.json]).toEqual([201, { code: 201, error: null, msg: '2 telephones were added' }]);
		const out = await call(sim, 'POST', 'configuration', { api: 'add_dnc' }, { type_call: 'outbound', telephones: ['93000000007', '93000000009'] });
		expect(out.json?.msg).toBe('1 telephones were added');
		const list = () => sim.state.dnc.map((e) => `${e.telephone}/${e.type}`).sort();
		expect(list()).toEqual(['93000000007/inbound', '93000000007/outbound', '93000000008/inbound', '93000000008/outbound', '93000000009/outbound']);
		const rm = await call(sim, 'DELETE', 'configuration', { api: 'remove_dnc' }, { telephones: ['93000000007', '93000000003'], type: 'inbound' });
		expect([rm.status, rm.json]).toEqual([202, { code: 202, error: null, msg: '1 telephones were deleted' }]);
		expect(list()).toEqual(['93000000007/outbound', '93000000008/inbound', '93000000008/outbound', '93000000009/outbound']);
		expect((await call(sim, 'DELETE', 'configuration', { api: 'remove_dnc' }, { telephones: 'all', type: 'outbound' })).json?.msg).toBe('3 telephones were deleted');
		expect((await call(sim, 'DELETE', 'configuration', { api: 'remove_dnc' }, { telephones: 'All' })).json?.msg).toBe('1 telephones were deleted');
		expect(sim.state.dnc).toEqual([]);
		expect((await call(sim, 'POST', 'configuration', { api: 'add_dnc' }, { type_call: 'sms', telephones: ['93000000007'] })).status).toBe(400);
		expect((await call(sim, 'POST', 'configuration', { api: 'add_dnc' }, { telephones: ['93000000007'] })).json?.msg).toBe(MSG.params);
	});

	it('block_predictive_dnc marks the campaign customers DO-NOT-CALL', async () => {
		const sim = await start();
		await addRecords(sim, [lead('1000000001', '3000000001'), lead('1000000001', '3000000001'), lead('1000000002', '3000000002')]);
		const r = await call(sim, 'PUT', 'configuration', { api: 'block_predictive_dnc' }, { id_campaing: PRED, id_cliente: ['1000000001', 'nobody'] });
		expect([r.status, r.json]).toEqual([202, { code: '202', error: null, msg: `2 records were successfully marked as DO-NOT-CALL in campaign ${PRED}` }]);
		expect(recordsOf(sim, PRED).filter((x) => x.customer_id === '1000000001').map((x) => x.result)).toEqual(['DO-NOT-CALL', 'DO-NOT-CALL']);
		expect(sim.state.predictiveDnc).toEqual([{ campaign_id: PRED, customer_id: '1000000001' }]);
		expect((await call(sim, 'PUT', 'configuration', { api: 'block_predictive_dnc' }, { id_campaing: PREV, id_cliente: ['1'] })).json?.msg).toBe(WRITE_MSG.notPredictive);
	});

	it('block_law2300 and free_law2300 keep the Law 2300 list', async () => {
		const sim = await start();
		const block = await call(sim, 'PUT', 'configuration', { api: 'block_law2300' }, { nit: '900663379', telephone: '3113367284', customer_id: '80123456' });
		expect([block.status, block.json]).toEqual([200, { code: '200', error: null, msg: 'The number has been blocked successfully' }]);
		await call(sim, 'PUT', 'configuration', { api: 'block_law2300' }, { nit: '900663379', telephone: '3113367285', customer_id: '80123457' });
		expect(sim.state.law2300).toEqual([{ nit: '900663379', telephone: '3113367284', customer_id: '80123456' }, { nit: '900663379', telephone: '3113367285', customer_id: '80123457' }]);
		const free = await call(sim, 'PUT', 'configuration', { api: 'free_law2300' }, { nit: '900663379', item: 'customer_id', value: '80123456', agent_id: '12462' });
		expect([free.status, free.json]).toEqual([201, { code: '201', error: null, msg: 'Removed successfully' }]);
		await call(sim, 'PUT', 'configuration', { api: 'free_law2300' }, { nit: '900663379', item: 'telephone', value: '3113367285', agent_id: '12462' });
		expect(sim.state.law2300).toEqual([]);
		const again = await call(sim, 'PUT', 'configuration', { api: 'free_law2300' }, { nit: '900663379', item: 'telephone', value: '3113367285', agent_id: '12462' });
		expect([again.status, again.json?.msg]).toEqual([400, WRITE_MSG.notBlocked]);
		expect((await call(sim, 'PUT', 'configuration', { api: 'block_law2300' }, { nit: '900663379' })).json?.msg).toBe(MSG.params);
	});
});

describe('routing and the token gate', () => {
	it('answers 405 to another method and 400 to an unknown api, applying nothing', async () => {
		const sim = await start();
		const before = sim.state;
		expect((await call(sim, 'GET', 'campaign', { api: 'add_record', type_campaign: 'predictive', campaign_id: PRED })).status).toBe(405);
		expect((await call(sim, 'POST', 'campaign', { api: 'start', campaign_id: PRED })).status).toBe(405);
		expect((await call(sim, 'POST', 'configuration', { api: 'drop_everything' }, {})).json?.msg).toBe(MSG.noApi);
		expect(sim.state).toEqual(before);
	});

	it('charges writes to the quota and refuses a bad token, applying nothing', async () => {
		const sim = await start({ dailyQuota: 2 });
		const before = recordsOf(sim, PRED).length;
		expect((await addRecords(sim, [lead('1', '3000000001')])).status).toBe(201);
		const bad = await call(sim, 'POST', 'campaign', { api: 'add_record', type_campaign: 'predictive', campaign_id: PRED }, [lead('2', '3000000002')], { token: 'wrong' });
		expect([bad.status, bad.json?.msg]).toEqual([403, MSG.badToken]);
		expect((await addRecords(sim, [lead('3', '3000000003')])).status).toBe(201);
		const over = await addRecords(sim, [lead('4', '3000000004')]);
		expect([over.status, over.json?.msg]).toEqual([403, MSG.quota]);
		expect(recordsOf(sim, PRED).map((x) => x.customer_id).slice(before)).toEqual(['1', '3']);
		expect(sim.stats.tokensUsedToday).toBe(2);
	});

	it('refuses a third simultaneous write with the 403 and does not apply it', async () => {
		const sim = await start({ latencyMs: 300 });
		const before = recordsOf(sim, PRED).length;
		const replies = await Promise.all(['1', '2', '3'].map((id) => addRecords(sim, [lead(id, '3000000001')])));
		expect(replies.map((r) => r.status).sort()).toEqual([201, 201, 403]);
		expect(replies.find((r) => r.status === 403)?.json?.msg).toBe(MSG.concurrency);
		expect(recordsOf(sim, PRED).length).toBe(before + 2);
	});
});

describe('a client that hangs up', () => {
	it('mid-body: nothing applied, the request stops counting as open', async () => {
		const sim = await start();
		const before = sim.state;
		await new Promise<void>((resolve) => {
			const req = http.request(`${sim.url}/api/v2/campaign.php?api=add_record&type_campaign=predictive&campaign_id=${PRED}`, {
				method: 'POST', headers: { 'wolkvox-token': TOKEN, 'content-type': 'application/json', 'content-length': '1000' },
			});
			req.on('error', () => resolve());
			req.on('close', () => resolve());
			req.write('[{"customer_id": "1", "tel1": ', () => req.destroy());
		});
		for (let i = 0; i < 100 && sim.stats.log.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
		expect(sim.stats.log).toHaveLength(1);
		expect(sim.stats.log[0]).toMatchObject({ method: 'POST', status: 0, body: undefined });
		expect(sim.stats.inFlight).toBe(0);
		expect(sim.state).toEqual(before);
	});
});

describe('faults on writes', () => {
	const q = { api: 'add_record', type_campaign: 'predictive', campaign_id: PRED };

	it.each([
		['concurrencyRejections', 403],
		['html502', 502],
		['status5xx', 500],
	] as const)('%s hits before the API: the write is not applied', async (fault, status) => {
		const sim = await start();
		const before = recordsOf(sim, PRED).length;
		sim.setFaults({ [fault]: 1 });
		expect((await addRecords(sim, [lead('1', '3000000001')])).status).toBe(status);
		expect(recordsOf(sim, PRED).length).toBe(before);
		expect((await addRecords(sim, [lead('1', '3000000001')])).status).toBe(201);
		expect(copies(sim, PRED, '1')).toBe(1);
	});

	it('stalls hold a write in front of the API: a client that gives up meanwhile is dropped unapplied', async () => {
		const sim = await start();
		const before = sim.state;
		sim.setFaults({ stalls: 1, stallMs: 600 });
		await expect(call(sim, 'POST', 'campaign', q, [lead('1', '3000000001')], { signal: AbortSignal.timeout(150) })).rejects.toThrow();
		for (let i = 0; i < 150 && sim.stats.log.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
		expect(sim.stats.log[0]).toMatchObject({ method: 'POST', status: 0 });
		expect(sim.stats.tokensUsedToday).toBe(0);
		expect(sim.state).toEqual(before);
	});

	it('stalls: a write whose client waits is served after the stall', async () => {
		const sim = await start();
		sim.setFaults({ stalls: 1, stallMs: 200 });
		expect((await addRecords(sim, [lead('1', '3000000001')])).status).toBe(201);
		expect(copies(sim, PRED, '1')).toBe(1);
	});

	it('afterWrite5xx: applied, then HTTP 500', async () => {
		const sim = await start();
		sim.setFaults({ afterWrite5xx: 1 });
		const r = await addRecords(sim, [lead('1', '3000000001')]);
		expect(r.status).toBe(500);
		expect(copies(sim, PRED, '1')).toBe(1);
		expect((await addRecords(sim, [lead('2', '3000000002')])).status).toBe(201);
	});

	it('afterWriteHtml: applied, then the HTML 502 page', async () => {
		const sim = await start();
		sim.setFaults({ afterWriteHtml: 1 });
		const r = await call(sim, 'PUT', 'campaign', { api: 'stop', campaign_id: PRED });
		expect([r.status, r.json]).toEqual([502, undefined]);
		expect(r.text).toContain('502 Bad Gateway');
		expect(campaignOf(sim.state, PRED)?.status).toBe('Stopped');
	});

	it('afterWriteCut: applied, then the connection is destroyed with no answer', async () => {
		const sim = await start();
		sim.setFaults({ afterWriteCut: 1 });
		await expect(call(sim, 'POST', 'configuration', { api: 'add_dnc' }, { type_call: 'all', telephones: ['3001234567'] })).rejects.toThrow();
		expect(sim.state.dnc.map((e) => e.type)).toEqual(['inbound', 'outbound']);
		expect(sim.stats.log[0]).toMatchObject({ method: 'POST', status: 0, body: { type_call: 'all', telephones: ['3001234567'] } });
	});

	it('afterWriteTimeout: applied, then no answer before the client gives up', async () => {
		const sim = await start();
		sim.setFaults({ afterWriteTimeout: 1, stallMs: 10_000 });
		await expect(call(sim, 'POST', 'campaign', q, [lead('1', '3000000001')], { signal: AbortSignal.timeout(300) })).rejects.toThrow();
		expect(copies(sim, PRED, '1')).toBe(1);
		// The late answer still holds its slot, as a stalled read does.
		expect(sim.stats.inFlight).toBe(1);
		expect((await addRecords(sim, [lead('2', '3000000002')])).status).toBe(201);
	});

	it('after-write faults wait for a write that takes effect: a refused one leaves them', async () => {
		const sim = await start();
		sim.setFaults({ afterWrite5xx: 1 });
		const refused = await addRecords(sim, { not: 'an array' });
		expect([refused.status, refused.json?.msg]).toEqual([400, WRITE_MSG.notArray]);
		expect((await addRecords(sim, [lead('1', '3000000001')])).status).toBe(500);
		expect(copies(sim, PRED, '1')).toBe(1);
	});

	it('after-write faults spare reads and wait for faultsAfter', async () => {
		const sim = await start();
		sim.setFaults({ afterWrite5xx: 1, faultsAfter: 2 });
		expect((await call(sim, 'GET', 'campaign', { api: 'find_record', customer_id: 'none' })).status).toBe(404);
		expect((await addRecords(sim, [lead('1', '3000000001')])).status).toBe(201);
		// The fault is due now, but a read does not take it.
		expect((await call(sim, 'GET', 'campaign', { api: 'campaign_15', campaign_id: PRED })).status).toBe(200);
		expect((await addRecords(sim, [lead('2', '3000000002')])).status).toBe(500);
		expect((await addRecords(sim, [lead('3', '3000000003')])).status).toBe(201);
		expect(['1', '2', '3'].map((id) => copies(sim, PRED, id))).toEqual([1, 1, 1]);
	});
});

describe('the lists as information.php reads them', () => {
	const info = async (sim: Simulator, query: Record<string, string>) => {
		const r = await fetch(`${sim.url}/api/v2/information.php?${new URLSearchParams(query)}`, { headers: { 'wolkvox-token': TOKEN } });
		return { status: r.status, rows: r.status === 200 ? ((await r.json()) as { data: Array<Record<string, string>> }).data : [] };
	};

	it('get_dnc lists the numbers the writes added, by list, and not once they are removed', async () => {
		const sim = await start();
		const phones = async (type: string) => (await info(sim, { api: 'get_dnc', type })).rows.map((r) => r.phone_number);
		await call(sim, 'POST', 'configuration', { api: 'add_dnc' }, { type_call: 'inbound', telephones: ['3001112233'] });
		expect(await phones('inbound')).toContain('3001112233');
		expect(await phones('outbound')).not.toContain('3001112233');
		await call(sim, 'DELETE', 'configuration', { api: 'remove_dnc' }, { telephones: ['3001112233'], type: 'inbound' });
		expect(await phones('all')).not.toContain('3001112233');
	});

	it('law2300_info finds a blocked number, and none once it is freed', async () => {
		const sim = await start();
		const lookup = () => info(sim, { api: 'law2300_info', nit: '900663379', phone: '3113367284' });
		await call(sim, 'PUT', 'configuration', { api: 'block_law2300' }, { nit: '900663379', telephone: '3113367284', customer_id: '1' });
		expect((await lookup()).rows.map((r) => r.phone_number)).toEqual(['3113367284']);
		await call(sim, 'PUT', 'configuration', { api: 'free_law2300' }, { nit: '900663379', item: 'telephone', value: '3113367284', agent_id: '10060' });
		expect((await lookup()).status).toBe(404);
	});
});
