// Every read-only endpoint of Wolkvox's Postman collection, as the fixture extracted from it
// describes them: documented keys and formats, parameters, filters, the account's entities, the
// cdr_1 row cap and its halves, and rows that do not depend on the window they are asked in.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	ACCOUNT, FIXTURE, MSG, cdr1Count, cdr1Rows, endpointRows, startSimulator, wireFormat,
	type FixtureEndpoint, type FixtureField, type Simulator, type SimulatorOptions, type WireFormat, type WireRow, type WireValue,
} from '../../tools/simulator/server';
import { QUALITY_SURVEYS } from '../../tools/simulator/endpoints';

// Saturday 2025-03-15 12:04:05 in Bogota (UTC-5); the wall clock reads 20250315120405.
const NOW = new Date('2025-03-15T17:04:05Z');
const NOW14 = '20250315120405';
const MONDAY = { date_ini: '20250310000000', date_end: '20250310235959' };
const BEFORE_HISTORY = { date_ini: '20231201000000', date_end: '20231201235959' };
const TOKEN = 'sim-token';

/** The part of a Postman collection the counts are read from. */
interface PostmanFolder { name: string; item?: PostmanFolder[]; request?: { method?: string } }

type Body = { code: unknown; error: unknown; msg: string; data: unknown } | WireRow[];
interface Reply { status: number; body: Body }

let sim: Simulator;
beforeAll(async () => {
	// hourField 'day': diagram_1_2 spelled as in the collection's example, like every other endpoint.
	sim = await startSimulator({ now: () => NOW, dailyQuota: 1_000_000, hourField: 'day' });
});
afterAll(() => sim.close());

async function call(s: Simulator, script: string, query: Record<string, string>): Promise<Reply> {
	const r = await fetch(`${s.url}/api/v2/${script}.php?${new URLSearchParams(query)}`, { headers: { 'wolkvox-token': TOKEN } });
	return { status: r.status, body: (await r.json()) as Body };
}
const dataOf = (b: Body): unknown => (Array.isArray(b) ? b : b.data);
const rowsOf = (b: Body): WireRow[] => dataOf(b) as WireRow[];
const msgOf = (b: Body): string => (Array.isArray(b) ? '' : b.msg);

/** A law 2300 lookup that finds a protected phone (three in four are). */
const PROTECTED_PHONE = ['3001234567', '3001234568', '3001234569', '3001234570']
	.find((phone) => endpointRows('information', 'law2300_info', { nit: '900123456', phone }, { now14: NOW14 }).length > 0) ?? '';

/** A valid query: documented required parameters with values the account accepts, Monday's dates. */
function validQuery(ep: FixtureEndpoint): Record<string, string> {
	const q: Record<string, string> = { api: ep.api, ...(ep.dates ? MONDAY : {}) };
	for (const p of ep.params.filter((x) => x.required)) {
		q[p.name] = p.acceptsAll ? 'all'
			: p.name === 'skill_id' ? ACCOUNT.skills[0].skill_id
				: p.name === 'agent_id' ? '12481'
					: p.name === 'cod_act' ? 'cod_act1'
						: p.name === 'nit' ? '900123456'
							: p.name === 'phone' ? PROTECTED_PHONE
								: 'all';
	}
	return q;
}

const PATTERN: Partial<Record<WireFormat, RegExp>> = {
	duration: /^\d{2,}:\d{2}:\d{2}$/,
	seconds: /^\d+$/, count: /^\d+$/, ms: /^\d+$/,
	minutes: /^\d+\.\d+$/, decimal: /^\d+\.\d+$/,
	percent: /^[\d,]+\.\d{2} %$|^0 %$/,
	timestamp: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
	date: /^\d{4}-\d{2}-\d{2}$/,
	ts14: /^\d{14}$/,
	flag: /^(yes|no)$/,
	hour: /^\d{2}(:\d{2})?$/,
};

/** Problems of one row against its documented fields: keys, order, string values, wire formats. */
function rowProblems(row: WireRow, fields: ReadonlyArray<FixtureField>, where: string, extraKey?: RegExp): string[] {
	const problems: string[] = [];
	const names = fields.map((f) => f.name);
	const keys = Object.keys(row).filter((k) => names.includes(k) || !extraKey?.test(k));
	if (JSON.stringify(keys) !== JSON.stringify(names)) problems.push(`${where}: keys ${keys.join(',')} != ${names.join(',')}`);
	for (const f of fields) {
		const v: WireValue = row[f.name];
		if (f.children) {
			if (!Array.isArray(v)) problems.push(`${where}.${f.name} is not a list`);
			else (v as WireRow[]).forEach((child, i) => problems.push(...rowProblems(child, f.children ?? [], `${where}.${f.name}[${i}]`)));
			continue;
		}
		if (typeof v !== 'string') {
			problems.push(`${where}.${f.name} is ${typeof v}`);
			continue;
		}
		const pattern = PATTERN[wireFormat(f)];
		if (pattern && !pattern.test(v) && !(v === '-' && f.example === '-')) problems.push(`${where}.${f.name} = ${JSON.stringify(v)} is not ${wireFormat(f)}`);
	}
	return problems;
}

describe('the fixture', () => {
	it('is exactly what extract.mjs writes from the Postman collection (docs/postman/)', () => {
		const fixtures = join(__dirname, '../../tools/simulator/fixtures');
		const source = join(__dirname, '../../docs/postman/wolkvox-apis-es.postman_collection.json');
		const out = join(mkdtempSync(join(tmpdir(), 'wolkvox-fixture-')), 'endpoints.json');
		execFileSync(process.execPath, [join(fixtures, 'extract.mjs'), source, out], { stdio: 'pipe' });
		expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(fixtures, 'endpoints.json'), 'utf8'));
	});

	it('holds each GET request of the read folders once, each with fields', () => {
		const folders: Record<string, string> = {
			Reportes: 'reports_manager', 'Tiempo Real': 'real_time', Información: 'information',
			Customer: 'customer', Gamification: 'gamification', Quality: 'quality', 'Speech Analytics': 'speech_analytics',
		};
		const collection = JSON.parse(readFileSync(join(__dirname, '../../docs/postman/wolkvox-apis-es.postman_collection.json'), 'utf8')) as PostmanFolder;
		const gets = (item: PostmanFolder, script: string): string[] =>
			(item.item ?? []).flatMap((it) => (it.item ? gets(it, script) : (it.request?.method ?? 'GET') === 'GET' ? [script] : []));
		const documented = (collection.item ?? []).flatMap((f) => (folders[f.name] ? gets(f, folders[f.name]) : []));
		expect(FIXTURE.map((e) => e.script)).toEqual(documented);
		expect(FIXTURE.every((e) => e.fields.length > 0)).toBe(true);
		expect(new Set(FIXTURE.map((e) => `${e.script}/${e.api}`)).size).toBe(FIXTURE.length);
	});
});

describe.each(FIXTURE.map((ep) => [`${ep.script} ${ep.api}`, ep] as const))('%s', (_name, ep) => {
	it('answers 200 with the documented keys, string values in their wire formats', async () => {
		const r = await call(sim, ep.script, validQuery(ep));
		expect(r.status).toBe(200);
		const data = dataOf(r.body);
		const extra = ep.tableOnly.includes('service_level_XXseg') ? /^service_level_\d+seg$/ : undefined;
		let problems: string[];
		if (ep.api === 'quality_matrix') {
			// Keyed by survey name: the example's one key, nombreDeEncuesta1, stands for each survey.
			const surveys = data as Record<string, WireRow[]>;
			expect(Object.keys(surveys)).toEqual(Object.keys(QUALITY_SURVEYS));
			problems = Object.entries(surveys).flatMap(([survey, attributes]) => rowProblems({ [ep.fields[0].name]: attributes }, ep.fields, `${ep.api}.${survey}`));
		} else if (ep.envelope.data === 'object') problems = rowProblems(data as WireRow, ep.fields, ep.api);
		else if (ep.envelope.data === 'keyed') {
			const bands = data as Record<string, WireRow>;
			expect(Object.keys(bands).every((k) => ep.envelope.keys?.includes(k))).toBe(true);
			problems = Object.entries(bands).flatMap(([k, row]) => rowProblems(row, ep.fields, `${ep.api}.${k}`));
		} else {
			expect(Array.isArray(data) && data.length > 0).toBe(true);
			problems = (data as WireRow[]).flatMap((row, i) => rowProblems(row, ep.fields, `${ep.api}[${i}]`, extra));
		}
		expect(problems.slice(0, 10)).toEqual([]);
	});

	const required = ep.params.filter((p) => p.required);
	if (required.length) {
		it.each(required.map((p) => [p.name]))('answers 400 without %s', async (name) => {
			const q = validQuery(ep);
			delete q[name];
			const r = await call(sim, ep.script, q);
			expect([r.status, msgOf(r.body)]).toEqual([400, MSG.params]);
		});
	}

	if (ep.dates) {
		it('answers 404 for a range before the history, and 400 without dates', async () => {
			const empty = await call(sim, ep.script, { ...validQuery(ep), ...BEFORE_HISTORY });
			expect([empty.status, msgOf(empty.body), dataOf(empty.body)]).toEqual([404, '0 records were found', []]);
			const q = validQuery(ep);
			delete q.date_end;
			expect((await call(sim, ep.script, q)).status).toBe(400);
		});
	}
});

describe('parameters and filters', () => {
	const reports = (query: Record<string, string>) => call(sim, 'reports_manager', { ...MONDAY, ...query });

	it('filters event rows by skill_id, agent_id and campaign_id; "all" is every entity', async () => {
		const all = rowsOf((await reports({ api: 'skill_2', skill_id: 'all' })).body);
		const one = rowsOf((await reports({ api: 'skill_2', skill_id: '201' })).body);
		expect(new Set(all.map((r) => r.skill_id)).size).toBeGreaterThan(1);
		expect(one.length).toBeGreaterThan(0);
		expect(one).toEqual(all.filter((r) => r.skill_id === '201'));
		const agent = rowsOf((await reports({ api: 'agent_2', agent_id: '12481' })).body);
		expect(agent.length).toBeGreaterThan(0);
		expect(agent.every((r) => r.agent_id === '12481')).toBe(true);
		const campaign = rowsOf((await reports({ api: 'campaign_3', campaign_id: '20452' })).body);
		expect(campaign.every((r) => r.campaign_id === '20452')).toBe(true);
	});

	it('filters aggregated rows, and sums a hidden skill dimension (skill_6 by DNIS)', async () => {
		const one = rowsOf((await reports({ api: 'skill_1', skill_id: '102' })).body);
		expect(one.map((r) => r.skill_id)).toEqual(['102']);
		const agent1 = rowsOf((await reports({ api: 'agent_1', agent_id: '12775' })).body);
		expect(agent1.map((r) => r.agent_id)).toEqual(['12775']);
		const whole = rowsOf((await reports({ api: 'skill_6', skill_id: 'all' })).body);
		const bySkill = new Map<string, number>();
		for (const s of ACCOUNT.skills) {
			const status = await reports({ api: 'skill_6', skill_id: s.skill_id });
			if (status.status !== 200) continue;
			for (const r of rowsOf(status.body)) bySkill.set(String(r.dnis), (bySkill.get(String(r.dnis)) ?? 0) + Number(r.inbound_calls));
		}
		expect(whole.map((r) => [r.dnis, Number(r.inbound_calls)])).toEqual(whole.map((r) => [r.dnis, bySkill.get(String(r.dnis))]));
	});

	it('selects an activity-code group with act_*\'s cod_act', async () => {
		const group2 = new Set(ACCOUNT.activityCodes.filter((c) => c.type_code === 'cod_act2').map((c) => c.cod_act));
		for (const api of ['act_1', 'act_2', 'act_3', 'act_5']) {
			const rows = rowsOf((await reports({ api, cod_act: 'cod_act2' })).body);
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.every((r) => group2.has(String(r.cod_act)))).toBe(true);
		}
	});

	it('answers 404 for an ID the account does not have', async () => {
		expect((await reports({ api: 'skill_1', skill_id: '999' })).status).toBe(404);
		expect((await reports({ api: 'agent_2', agent_id: '99999' })).status).toBe(404);
		expect((await call(sim, 'information', { api: 'agents_in_skill', skill_id: '999' })).status).toBe(404);
	});

	it('filters diagram_1 by customer_id (optional) and information lists by their optional filters', async () => {
		const all = rowsOf((await reports({ api: 'diagram_1' })).body);
		const customer = String(all[3].customer_id);
		const one = rowsOf((await reports({ api: 'diagram_1', customer_id: customer })).body);
		expect(one).toEqual(all.filter((r) => r.customer_id === customer));
		const info = (q: Record<string, string>) => call(sim, 'information', q).then((r) => rowsOf(r.body));
		expect((await info({ api: 'skills', skill: '202' })).map((r) => r.skill_id)).toEqual(['202']);
		expect((await info({ api: 'agents', agent: '12523' })).map((r) => r.agent_id)).toEqual(['12523']);
		expect((await info({ api: 'campaigns', campaign: '20453' })).map((r) => r.campaign_id)).toEqual(['20453']);
		expect((await info({ api: 'activity_codes', cod_act: 'BUZON' })).map((r) => r.cod_act)).toEqual(['BUZON']);
		expect((await info({ api: 'routing_points', routing: '61083' })).map((r) => r.rp_id)).toEqual(['61083']);
		const inbound = await info({ api: 'get_dnc', type: 'inbound' });
		expect(inbound.length).toBeGreaterThan(0);
		expect(inbound.every((r) => r.type === 'inbound')).toBe(true);
		const manual = rowsOf((await call(sim, 'real_time', { api: 'recall', type: 'manual' })).body);
		expect(manual.every((r) => r.type_recall === 'manual')).toBe(true);
	});

	it('adds service_level_Nseg for services_time (service_level_0seg "0 %" without it) and chat_4 attachments', async () => {
		const custom = rowsOf((await reports({ api: 'skill_1', skill_id: 'all', services_time: '40' })).body)[0];
		expect(Object.keys(custom)).toContain('service_level_40seg');
		const plain = rowsOf((await call(sim, 'real_time', { api: 'skills', skill_id: 'all' })).body)[0];
		expect(plain.service_level_0seg).toBe('0 %');
		const none = rowsOf((await reports({ api: 'chat_4' })).body)[0];
		const list = rowsOf((await reports({ api: 'chat_4', include_attachments: 'true', attach_array: 'yes' })).body)[0];
		const json = rowsOf((await reports({ api: 'chat_4', include_attachments: 'true', attach_array: 'no' })).body)[0];
		expect(none.attachments).toBe('');
		expect(Array.isArray(list.attachments)).toBe(true);
		expect(JSON.parse(String(json.attachments))).toEqual(list.attachments);
	});

	it('logs every query as sent', async () => {
		const before = sim.stats.log.length;
		await reports({ api: 'skill_3', skill_id: '101' });
		expect(sim.stats.log.slice(before)[0].query).toEqual({ ...MONDAY, api: 'skill_3', skill_id: '101' });
	});
});

describe('account entities', () => {
	it('serves ACCOUNT through information.php with the collection\'s field names', async () => {
		const info = (q: Record<string, string>) => call(sim, 'information', q).then((r) => rowsOf(r.body));
		expect((await info({ api: 'skills' })).map((r) => [r.skill_id, r.skill_name])).toEqual(ACCOUNT.skills.map((s) => [s.skill_id, s.skill_name]));
		expect((await info({ api: 'campaigns' })).map((r) => [r.campaign_id, r.campaign_name, r.skill_id])).toEqual(ACCOUNT.campaigns.map((c) => [c.campaign_id, c.campaign_name, c.skill_id]));
		expect((await info({ api: 'agents' })).map((r) => [r.agent_id, r.agent_name, r.enabled])).toEqual(ACCOUNT.agents.map((a) => [a.agent_id, a.agent_name, a.enabled]));
		expect((await info({ api: 'activity_codes' })).map((r) => [r.cod_act, r.type_code, r.hit])).toEqual(ACCOUNT.activityCodes.map((c) => [c.cod_act, c.type_code, c.hit]));
		for (const s of ACCOUNT.skills) {
			const members = (await info({ api: 'agents_in_skill', skill_id: s.skill_id })).map((r) => r.agent_id);
			expect(members).toEqual(ACCOUNT.agents.filter((a) => a.skills.includes(s.skill_id)).map((a) => a.agent_id));
		}
		expect(ACCOUNT.agents.every((a) => /^\d{5}$/.test(a.agent_id))).toBe(true);
		expect(ACCOUNT.agents.some((a) => /[ÁÉÍÓÚÑ]/.test(a.agent_name))).toBe(true);
	});

	it('uses only account entities in report rows, each row\'s ID and name agreeing', () => {
		const agents = new Map(ACCOUNT.agents.map((a) => [a.agent_id, a]));
		const skills = new Map(ACCOUNT.skills.map((s) => [s.skill_id, s]));
		const campaigns = new Set(ACCOUNT.campaigns.map((c) => c.campaign_id));
		const codes = new Map(ACCOUNT.activityCodes.map((c) => [c.cod_act, c]));
		const problems: string[] = [];
		const check = (api: string, r: WireRow) => {
			const agent = r.agent_id ?? r.id_agent;
			if (typeof agent === 'string' && agent !== '-') {
				const a = agents.get(agent);
				if (!a) problems.push(`${api} agent ${agent}`);
				else if (typeof r.agent_name === 'string' && r.agent_name !== a.agent_name && r.agent_name !== '-') problems.push(`${api} name of ${agent}`);
			}
			if (typeof r.skill_id === 'string' && r.skill_id !== '-') {
				const s = skills.get(r.skill_id);
				if (!s) problems.push(`${api} skill ${r.skill_id}`);
				else if (typeof r.skill_name === 'string' && r.skill_name !== s.skill_name) problems.push(`${api} skill name`);
			}
			for (const k of ['campaign_id', 'campaing_id', 'id_campaing']) if (typeof r[k] === 'string' && !campaigns.has(r[k] as string)) problems.push(`${api} campaign ${String(r[k])}`);
			for (const k of ['cod_act', 'cod_act_2']) {
				const c = r[k];
				if (typeof c === 'string' && c !== '-' && c !== 'TIMEOUTACW' && !codes.has(c)) problems.push(`${api} code ${c}`);
			}
			if (typeof r.cod_act === 'string' && typeof r.description_cod_act === 'string' && codes.has(r.cod_act) && codes.get(r.cod_act)?.description_cod_act !== r.description_cod_act) problems.push(`${api} code description`);
			for (const v of Object.values(r)) if (Array.isArray(v)) (v as WireRow[]).forEach((c) => typeof c === 'object' && check(api, c));
		};
		for (const ep of FIXTURE.filter((e) => e.script === 'reports_manager' && e.api !== 'cdr_1')) {
			for (const r of endpointRows('reports_manager', ep.api, validQuery(ep), { now14: NOW14 })) check(ep.api, r);
		}
		expect(problems.slice(0, 10)).toEqual([]);
	});

	it('accepts in the reports the IDs a dropdown loads from information.php', async () => {
		const [skill] = rowsOf((await call(sim, 'information', { api: 'skills' })).body);
		const [campaign] = rowsOf((await call(sim, 'information', { api: 'campaigns' })).body);
		const [agent] = rowsOf((await call(sim, 'information', { api: 'agents' })).body);
		const week = { date_ini: '20250310000000', date_end: '20250314235959' };
		expect((await call(sim, 'reports_manager', { api: 'skill_3', skill_id: String(skill.skill_id), ...week })).status).toBe(200);
		expect((await call(sim, 'reports_manager', { api: 'campaign_1', campaign_id: String(campaign.campaign_id), ...week })).status).toBe(200);
		expect((await call(sim, 'reports_manager', { api: 'agent_2', agent_id: String(agent.agent_id), ...week })).status).toBe(200);
	});
});

describe('windows', () => {
	const EVENTS_AND_BUCKETS = ['cdr_5', 'agent_2', 'agent_7', 'agent_8', 'agent_8_1', 'skill_2', 'skill_3', 'skill_7', 'chat_2', 'chat_6', 'diagram_1_1', 'diagram_4', 'quality_3', 'wizard_1'];

	it.each(EVENTS_AND_BUCKETS)('%s: split windows give exactly the rows of the whole range', (api) => {
		const ep = FIXTURE.find((e) => e.api === api && e.script === 'reports_manager') as FixtureEndpoint;
		const rows = (ini: string, end: string) => endpointRows('reports_manager', api, { ...validQuery(ep), date_ini: ini, date_end: end }, { now14: NOW14 });
		const whole = rows('20250304000000', '20250306235959');
		expect(whole.length).toBeGreaterThan(0);
		// An arbitrary second, and a day boundary.
		for (const [a, b] of [['20250305133711', '20250305133712'], ['20250304235959', '20250305000000']]) {
			expect([...rows('20250304000000', a), ...rows(b, '20250306235959')]).toEqual(whole);
		}
	});

	it('aggregates (agent_1) total exactly what the windows total', () => {
		const ep = FIXTURE.find((e) => e.api === 'agent_1') as FixtureEndpoint;
		const calls = (ini: string, end: string) => new Map(endpointRows('reports_manager', 'agent_1', { ...validQuery(ep), date_ini: ini, date_end: end }, { now14: NOW14 })
			.map((r) => [r.agent_id, Number(r.calls)]));
		const whole = calls('20250303000000', '20250309235959');
		const first = calls('20250303000000', '20250305115959');
		const second = calls('20250305120000', '20250309235959');
		for (const [agent, n] of whole) expect((first.get(agent) ?? 0) + (second.get(agent) ?? 0)).toBe(n);
	});

	it('gives the same answer twice, another answer for another seed, and no data after now', async () => {
		const q = { api: 'cdr_5', date_ini: '20250315000000', date_end: '20250316235959' };
		const a = rowsOf((await call(sim, 'reports_manager', q)).body);
		expect(rowsOf((await call(sim, 'reports_manager', q)).body)).toEqual(a);
		expect(a.every((r) => String(r.date) <= '2025-03-15 12:04:05')).toBe(true);
		const other = await startSimulator({ now: () => NOW, seed: 2 });
		try {
			expect(rowsOf((await call(other, 'reports_manager', q)).body)).not.toEqual(a);
		} finally {
			await other.close();
		}
	});
});

describe('cdr_1, the high-volume report', () => {
	const INI = '20250101000000';
	const END = '20250201000000'; // exactly 31 days
	const MID = '20250116115959';
	const AFTER_MID = '20250116120000';

	it('caps a 31-day window at 60,000 calls: the first ones, chronological, inside the range', async () => {
		const total = cdr1Count(INI, END);
		expect(total).toBeGreaterThan(60_000);
		// The client's answer, halves, each fit under the cap and add up to the whole.
		expect(cdr1Count(INI, MID)).toBeLessThan(60_000);
		expect(cdr1Count(AFTER_MID, END)).toBeLessThan(60_000);
		expect(cdr1Count(INI, MID) + cdr1Count(AFTER_MID, END)).toBe(total);

		const capped = await call(sim, 'reports_manager', { api: 'cdr_1', date_ini: INI, date_end: END });
		const rows = rowsOf(capped.body);
		expect([capped.status, msgOf(capped.body), rows.length]).toEqual([200, '60000 records were found', 60_000]);
		const dates = rows.map((r) => String(r.date));
		expect(dates.every((d, i) => i === 0 || dates[i - 1] <= d)).toBe(true);
		expect(dates[0] >= '2025-01-01 00:00:00' && dates[dates.length - 1] <= '2025-02-01 00:00:00').toBe(true);
		// Rows do not depend on the range: the first 300 are those of a range ending at the 300th call.
		const to14 = String(rows[299].date).replace(/\D/g, '');
		expect(cdr1Rows(INI, to14).slice(0, 300)).toEqual(rows.slice(0, 300));
	}, 30_000);

	it('gives in halves exactly the rows the capped whole would have uncapped', async () => {
		const small = await startSimulator({ now: () => NOW, rowCap: 2500 });
		try {
			const get = (ini: string, end: string) => call(small, 'reports_manager', { api: 'cdr_1', date_ini: ini, date_end: end }).then((r) => rowsOf(r.body));
			const whole = cdr1Rows('20250310000000', '20250310235959');
			expect(whole.length).toBeGreaterThan(2500);
			expect(await get('20250310000000', '20250310235959')).toEqual(whole.slice(0, 2500));
			expect(Math.max(cdr1Count('20250310000000', '20250310115959'), cdr1Count('20250310120000', '20250310235959'))).toBeLessThan(2500);
			const halves = [...await get('20250310000000', '20250310115959'), ...await get('20250310120000', '20250310235959')];
			expect(halves.length).toBe(whole.length);
			expect(halves).toEqual(whole);
		} finally {
			await small.close();
		}
	});

	it('counts a 90-day range fast and keeps every call strictly inside the range', () => {
		const t = Date.now();
		expect(cdr1Count('20250101000000', '20250331235959')).toBeGreaterThan(3 * 60_000);
		expect(Date.now() - t).toBeLessThan(500);
		const edge = cdr1Rows('20250310101500', '20250310101730');
		expect(edge.length).toBeGreaterThan(0);
		expect(edge.every((r) => String(r.date) >= '2025-03-10 10:15:00' && String(r.date) <= '2025-03-10 10:17:30')).toBe(true);
	});
});

describe('now and the live scripts', () => {
	it('calls_last_10 and hits_last_hour are cdr_1\'s calls of the last 10 minutes / hour', async () => {
		const last10 = rowsOf((await call(sim, 'real_time', { api: 'calls_last_10' })).body);
		const hits = rowsOf((await call(sim, 'real_time', { api: 'hits_last_hour' })).body);
		const today = cdr1Rows('20250315000000', '20250315235959', 1, NOW14);
		const byId = new Map(today.map((r) => [r.conn_id, r]));
		expect(last10.length).toBeGreaterThan(0);
		expect(last10.every((r) => byId.has(r.conn_id) && String(r.date) > '2025-03-15 11:54:05' && String(r.date) <= '2025-03-15 12:04:05')).toBe(true);
		const hitCodes = new Set(ACCOUNT.activityCodes.filter((c) => c.hit === 'yes').map((c) => c.cod_act));
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every((r) => hitCodes.has(String(byId.get(r.conn_id)?.cod_act)) && /^2025031511|^2025031512/.test(String(r.date)))).toBe(true);
	});

	it('real_time agents are connected, enabled account agents; recalls are in the future', async () => {
		const agents = rowsOf((await call(sim, 'real_time', { api: 'agents' })).body);
		const enabled = new Set(ACCOUNT.agents.filter((a) => a.enabled === 'yes').map((a) => a.agent_id));
		expect(agents.length).toBeGreaterThan(0);
		expect(agents.every((r) => enabled.has(String(r.agent_id)))).toBe(true);
		const recalls = rowsOf((await call(sim, 'real_time', { api: 'recall', type: 'all' })).body);
		expect(recalls.every((r) => String(r.date_recall) > '2025-03-15 12:04:05')).toBe(true);
	});
});

describe('envelope quirks of the collection', () => {
	it('reproduces data as an object, odd codes and msgs, and the bare array', async () => {
		const s = await startSimulator({ now: () => NOW });
		try {
			const server = await call(s, 'real_time', { api: 'info_server' });
			expect(server.body).toMatchObject({ code: '', msg: '' });
			expect(Array.isArray(dataOf(server.body))).toBe(false);
			expect(msgOf((await call(s, 'reports_manager', { api: 'agent_1', ...MONDAY })).body)).toBe('Information found for the current month');
			expect((await call(s, 'information', { api: 'activity_codes' })).body).toMatchObject({ code: '0', msg: ' records were found' });
			expect((await call(s, 'reports_manager', { api: 'cdr_7', ...MONDAY })).body).toMatchObject({ code: ' ', msg: ' ' });
			const first = await call(s, 'real_time', { api: 'campaigns' });
			const second = await call(s, 'real_time', { api: 'campaigns' });
			expect(Array.isArray(first.body)).toBe(true);
			expect(Array.isArray(second.body)).toBe(false);
			expect(rowsOf(second.body)).toEqual(rowsOf(first.body));
		} finally {
			await s.close();
		}
	});

	it('answers the standard envelope everywhere with envelopeQuirks: false', async () => {
		const o: SimulatorOptions = { now: () => NOW, envelopeQuirks: false };
		const s = await startSimulator(o);
		try {
			const server = await call(s, 'real_time', { api: 'info_server' });
			expect(Number((server.body as { code: unknown }).code)).toBe(200);
			expect(msgOf(server.body)).toBe('1 records were found');
			expect(msgOf((await call(s, 'reports_manager', { api: 'agent_1', ...MONDAY })).body)).toMatch(/^\d+ records were found$/);
			expect(Array.isArray((await call(s, 'real_time', { api: 'campaigns' })).body)).toBe(false);
		} finally {
			await s.close();
		}
	});
});
