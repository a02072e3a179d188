/**
 * The campaign and do-not-call operations as the catalog states them: what each write sends and how
 * its items are batched, which ones cannot be undone, and that every operation is one Wolkvox
 * documents, with that method and those inputs.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { ACTION_RESOURCES, findOperation, LISTS, optionOf } from '../../nodes/Wolkvox/shared/catalog';
import type { BodyField, Endpoint } from '../../nodes/Wolkvox/shared/catalog';
import { CAMPAIGN_ID } from '../../nodes/Wolkvox/shared/catalog/campaign';
import { ENDPOINT_LIMITS } from '../../nodes/Wolkvox/shared/limits';

/** The resources that act (issues 12 and 13; the read-only ones have tests of their own). */
const ACTING = ACTION_RESOURCES.filter((r) => ['campaign', 'doNotCall', 'storage'].includes(r.value));
const operations = ACTING.flatMap((r) => r.endpoints.map((e) => ({ resource: r.value, e })));
// wolkvox Storage's lookups are POSTs: a write is what has a write spec, not what is not a GET.
const writes = operations.filter(({ e }) => e.write);
const reads = operations.filter(({ e }) => !e.write);
const label = ({ resource, e }: { resource: string; e: Endpoint }) => `${resource} ${optionOf(e)}`;

/** Every body field, nested ones (an object's, a row's) included. */
const allFields = (fields: BodyField[]): BodyField[] => fields.flatMap((f) => [f, ...allFields(f.fields ?? [])]);
const bodyFieldsOf = (e: Endpoint) => allFields(e.body?.fields ?? []);

describe('the action resources', () => {
	it('hold the operations agreed for campaigns and do-not-call lists, in that order', () => {
		expect(ACTING.map((r) => [r.value, r.endpoints.map(optionOf)])).toEqual([
			[
				'campaign',
				['add_record', 'remove_record', 'codify', 'recall', 'recall_records', 'speed', 'start', 'stop', 'create_campaign', 'edit_campaign', 'campaign_filter', 'clear_campaign', 'delete_campaign', 'find_record', 'detail', 'campaign_15'],
			],
			['doNotCall', ['configuration.add_dnc', 'campaign.add_dnc', 'remove_dnc', 'block_predictive_dnc', 'block_law2300', 'free_law2300']],
			['storage', ['list_files', 'file_details', 'public_access', 'restricted_access', 'delete_files', 'upload_files']],
		]);
	});

	it('find each operation by its option value, the default one included', () => {
		for (const r of ACTING) {
			expect(new Set(r.endpoints.map(optionOf)).size).toBe(r.endpoints.length);
			expect(findOperation(r.value, r.defaultOperation)).toBe(r.endpoints[0]);
			for (const e of r.endpoints) expect(findOperation(r.value, optionOf(e))).toBe(e);
		}
	});

	it('give a script-qualified option value exactly where an API name is in two scripts', () => {
		const qualified = operations.filter(({ e }) => e.option !== undefined).map(({ e }) => [e.option, `${e.script}.${e.api}`]);
		expect(qualified).toEqual([
			['configuration.add_dnc', 'configuration.add_dnc'],
			['campaign.add_dnc', 'campaign.add_dnc'],
		]);
	});

	it.each(operations.map((o) => [label(o), o.e] as const))('%s: names, action and description read as the editor shows them', (_label, e) => {
		expect(e.name).toMatch(/^[A-Z][A-Za-z0-9]*( ([A-Z0-9][A-Za-z0-9]*|for|to|of|From|Under))*( \(Permanent\))?$/);
		expect(e.action).toMatch(/^[A-Z][a-z]+ [a-z0-9-]/);
		expect(e.action).not.toMatch(/\b(a|an|the)\b/i);
		expect(e.description.length).toBeGreaterThan(20);
		expect(e.limits).toEqual(ENDPOINT_LIMITS);
	});
});

describe('writes', () => {
	it.each(writes.map((o) => [label(o), o.e] as const))('%s: a non-GET with a write spec, undated', (_label, e) => {
		expect(['POST', 'PUT', 'DELETE']).toContain(e.method);
		expect(e.write).toBeDefined();
		expect(e.dateRange).toBe(false);
		expect(e.write!.outcome).toMatch(/^[a-z]+ed$/);
		expect(e.write!.check).toMatch(/^[A-Z].{30,}[^.]$/);
	});

	it('are destructive exactly where they cannot be undone, and say so in their names', () => {
		const destructive = writes.filter(({ e }) => e.write!.destructive).map(({ e }) => e.api);
		expect(destructive).toEqual(['remove_record', 'clear_campaign', 'delete_campaign', 'delete_files']);
		expect(operations.filter(({ e }) => e.name.includes('(Permanent)')).map(({ e }) => e.api)).toEqual(destructive);
		for (const { e } of writes.filter((w) => w.e.write!.destructive)) expect(e.action).toMatch(/^Permanently /);
	});

	it('batch values into a list field, or into a text joined by a separator', () => {
		const valued = writes.filter(({ e }) => e.write!.batching.kind === 'values');
		expect(valued.map(label)).toEqual([
			'campaign remove_record',
			'campaign delete_campaign',
			'doNotCall configuration.add_dnc',
			'doNotCall remove_dnc',
			'doNotCall block_predictive_dnc',
			'storage public_access',
			'storage restricted_access',
			'storage delete_files',
		]);
		for (const { e } of valued) {
			const batching = e.write!.batching as { field: string; join?: string };
			expect(e.body?.shape).toBe('object');
			const field = e.body!.fields.find((f) => f.name === batching.field);
			expect(field?.required).toBe(true);
			expect(field?.type).toBe(batching.join === undefined ? 'list' : 'string');
		}
	});

	it('batch records only into a body of records, and a body of records only so', () => {
		const recordsBatched = writes.filter(({ e }) => e.write!.batching.kind === 'records').map(label);
		const recordsBodies = writes.filter(({ e }) => e.body?.shape === 'records').map(label);
		expect(recordsBatched).toEqual(['campaign add_record', 'doNotCall campaign.add_dnc']);
		expect(recordsBodies).toEqual(recordsBatched);
	});

	it('count what a batch took in fields of the answer, typed as numbers', () => {
		for (const { e } of writes.filter((w) => w.e.write!.totals)) {
			for (const name of Object.values(e.write!.totals!)) expect(e.fields.find((f) => f.name === name)?.type).toBe('number');
		}
		expect(findOperation('campaign', 'add_record')!.write!.totals).toEqual({ accepted: 'total_registers' });
		expect(findOperation('doNotCall', 'campaign.add_dnc')!.write!.totals).toEqual({ accepted: 'total_added', rejected: 'total_rejected' });
	});

	it('require one telephone of each record added to a campaign, and validate every phone number', () => {
		const add = findOperation('campaign', 'add_record')!;
		const names = add.body!.fields.map((f) => f.name);
		expect(add.body!.requireOneOf).toEqual(['tel1', 'tel2', 'tel3', 'tel4', 'tel5', 'tel6', 'tel7', 'tel8', 'tel9', 'tel10']);
		expect(add.body!.requireOneOf!.every((n) => names.includes(n))).toBe(true);
		const phones = writes.flatMap(({ e }) => bodyFieldsOf(e)).filter((f) => /^(tel\d+|tel_extra|telephones?|recall_telephone)$/.test(f.name));
		expect(phones.length).toBeGreaterThan(15);
		expect(phones.filter((f) => f.format !== 'telephone').map((f) => f.name)).toEqual([]);
	});

	it('keep at most 100 characters of opt1 to opt6 and 200 of opt7 to opt12', () => {
		const opts = findOperation('campaign', 'add_record')!.body!.fields.filter((f) => /^opt\d+$/.test(f.name));
		expect(opts.map((f) => [f.name, f.maxLength])).toEqual(Array.from({ length: 12 }, (_, i) => [`opt${i + 1}`, i < 6 ? 100 : 200]));
	});

	it.each(writes.map((o) => [label(o), o.e] as const))('%s: every body field states what its format needs', (_label, e) => {
		for (const f of bodyFieldsOf(e)) {
			expect([f.name, f.displayName.length > 0, f.description.length > 0]).toEqual([f.name, true, true]);
			if (f.format === 'integer') expect(f.range?.[0]).toBeLessThanOrEqual(f.range![1]);
			else expect(f.range).toBeUndefined();
			if (f.format === 'clockTime') expect(['HHmmss', 'HH:mm:ss']).toContain(f.pattern);
			else expect(f.pattern).toBeUndefined();
			if (f.type === 'object' || f.type === 'rows') expect(f.fields?.length).toBeGreaterThan(0);
			else expect(f.fields).toBeUndefined();
			if (f.options) expect(new Set(f.options.map((o) => o.value)).size).toBe(f.options.length);
			if (f.list) expect(f.list === 'templates' || LISTS[f.list] !== undefined).toBe(true);
		}
		const top = (e.body?.fields ?? []).map((f) => f.name);
		expect(new Set(top).size).toBe(top.length);
	});

	it('send the times of day each campaign operation wants', () => {
		const patterns = (option: string) => findOperation('campaign', option)!.body!.fields.filter((f) => f.format === 'clockTime').map((f) => [f.name, f.pattern]);
		expect(patterns('create_campaign')).toEqual([['start_time', 'HHmmss'], ['end_time', 'HHmmss']]);
		expect(patterns('edit_campaign')).toEqual([['start_time', 'HH:mm:ss'], ['end_time', 'HH:mm:ss']]);
		expect(findOperation('campaign', 'speed')!.body!.fields[0]).toMatchObject({ name: 'speed', format: 'integer', range: [0, 100], required: true });
	});

	it('never offer to empty a whole do-not-call list', () => {
		const remove = findOperation('doNotCall', 'remove_dnc')!;
		expect(remove.body!.fields.find((f) => f.name === 'telephones')).toMatchObject({ type: 'list', format: 'telephone', required: true });
		expect(remove.write!.batching).toEqual({ kind: 'values', field: 'telephones' });
		// `all` is a direction here (both lists), never the numbers.
		expect(remove.body!.fields.find((f) => f.name === 'type')?.options?.map((o) => o.value)).toEqual(['inbound/outbound', 'inbound', 'outbound', 'all']);
	});
});

describe('lookups beside the writes', () => {
	it.each(reads.map((o) => [label(o), o.e] as const))('%s: a GET with fields and no write or body (wolkvox Storage: a POST with a body)', (_label, e) => {
		expect(e.write).toBeUndefined();
		if (e.script === 'wolkvox_storage') {
			expect([e.method, e.body?.shape]).toEqual(['POST', 'object']);
			expect(e.fields.length).toBeGreaterThan(4);
		} else {
			expect(e.method).toBe('GET');
			expect(e.body).toBeUndefined();
			expect(e.fields.length).toBeGreaterThan(15);
		}
		expect(new Set(e.fields.map((f) => f.name)).size).toBe(e.fields.length);
	});

	it('page only List Files, by the token its answer carries', () => {
		expect(operations.filter(({ e }) => e.pages).map(({ e }) => [e.api, e.pages])).toEqual([
			['list_files', { rows: 'items', next: 'pagination.next_page_token', token: 'page_token', sizeField: 'limit', size: 150 }],
		]);
	});

	it('date only the campaign detail, and read the export from its records key', () => {
		expect(operations.filter(({ e }) => e.dateRange).map(label)).toEqual(['campaign detail']);
		expect(operations.filter(({ e }) => e.rowsKey).map(({ e }) => [e.api, e.rowsKey])).toEqual([['campaign_15', 'records']]);
	});
});

describe('query parameters', () => {
	const params = operations.flatMap(({ e }) => (e.params ?? []).map((p) => ({ e, p })));

	it('share one definition of each, but the campaign that Find Record may leave out', () => {
		const byName = new Map<string, string[]>();
		for (const { e, p } of params) {
			if (e.api === 'find_record') continue;
			byName.set(p.name, [...(byName.get(p.name) ?? []), JSON.stringify(p)]);
		}
		for (const [name, definitions] of byName) expect([name, new Set(definitions).size]).toEqual([name, 1]);
		expect(params.filter(({ p }) => p.name === 'campaign_id' && p.required).every(({ p }) => p === CAMPAIGN_ID)).toBe(true);
		const find = findOperation('campaign', 'find_record')!.params!;
		expect(find.map((p) => [p.name, p.required])).toEqual([['campaign_id', undefined], ['customer_phone', undefined], ['customer_id', undefined]]);
	});

	it('offer their default among their options', () => {
		for (const { p } of params.filter((x) => x.p.type === 'options')) {
			expect(p.options?.map((o) => o.value)).toContain(p.default);
		}
		expect(params.filter(({ p }) => p.name === 'type_campaign').every(({ p }) => p.default === 'predictive' && p.required)).toBe(true);
	});
});

interface PostmanItem {
	name: string;
	item?: PostmanItem[];
	request?: { method: string; url: { raw: string } | string; description?: string; body?: { raw?: string } };
}

/** The collection's write folders, request by request: `{script}/{api}` → method and what it names. */
function documentedRequests(): Map<string, { method: string; text: string }> {
	const collection = JSON.parse(readFileSync(join(__dirname, '../../docs/postman/wolkvox-apis-es.postman_collection.json'), 'utf8')) as PostmanItem;
	const requests = (item: PostmanItem): PostmanItem[] => (item.item ? item.item.flatMap(requests) : [item]);
	const out = new Map<string, { method: string; text: string }>();
	for (const folder of (collection.item ?? []).filter((f) => ['Campañas', 'Configuración', 'wolkvox Storage'].includes(f.name))) {
		for (const { request } of requests(folder)) {
			const raw = typeof request!.url === 'string' ? request!.url : request!.url.raw;
			const m = /\/(\w+)\.php\?api=(\w+)/.exec(raw)!;
			const key = `${m[1]}/${m[2]}`;
			const text = `${raw} ${request!.description ?? ''} ${request!.body?.raw ?? ''}`;
			out.set(key, { method: request!.method, text: `${out.get(key)?.text ?? ''} ${text}` });
		}
	}
	return out;
}

describe('the operations and Wolkvox documentation', () => {
	const documented = documentedRequests();

	it('cover every request of the campaign and storage scripts', () => {
		const catalogued = new Set(operations.map(({ e }) => `${e.script}/${e.api}`));
		expect([...documented.keys()].filter((k) => /^(campaign|wolkvox_storage)\//.test(k) && !catalogued.has(k))).toEqual([]);
	});

	it('upload files in the multipart field the collection names, at most the files per call we chose', () => {
		expect(documented.get('wolkvox_storage/upload_files')?.text).toMatch(/`file\[\]`/);
		expect(findOperation('storage', 'upload_files')!.write!.batching).toEqual({ kind: 'files', field: 'file', maxFiles: 20, maxBytes: 50 * 1024 * 1024 });
	});

	it.each(operations.map((o) => [label(o), o.e] as const))('%s: documented with its method, and every input it sends named there', (_label, e) => {
		const doc = documented.get(`${e.script}/${e.api}`);
		expect(doc?.method).toBe(e.method);
		const names = [...(e.params ?? []).map((p) => p.name), ...bodyFieldsOf(e).map((f) => f.name)];
		// The optional fields are documented as a range ("opt#", "opt1 a opt6", "'opt0' a 'opt12'").
		const pattern = (name: string) => new RegExp(/^opt\d+$/.test(name) ? '\\bopt(\\d+|#)\\b' : `\\b${name}\\b`);
		expect(names.filter((name) => !pattern(name).test(doc!.text))).toEqual([]);
	});
});
