/**
 * The node's catalog against Wolkvox's documentation, endpoint by endpoint: every GET request of the
 * Postman collection (docs/postman/) is reachable through the catalog or listed below with its
 * reason, and the catalog reads nothing the collection does not document. No count is written
 * down: adding an endpoint to either side is checked by name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ACTION_RESOURCES, RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import type { Endpoint } from '../../nodes/Wolkvox/shared/catalog';

/** Documented read-only endpoints the node does not offer, `{script}/{api}` → why. */
const LEFT_OUT: Record<string, string> = {
	'real_time/latency':
		'its one row holds three lists of different shapes (per agent, per IP, per PBX), which make no one item shape; an HTTP Request node with the credential reads it',
};

/**
 * Documented GETs that belong to a resource still being built, → which. Each counts only while the
 * catalog lacks it: once catalogued it is reachable, and its line here says nothing more.
 */
const PENDING: Record<string, string> = {
};

/**
 * The collection's "Agentes V1" folder: GETs to `localhost/apiagentbox?action=…`, the API of the
 * wolkvox Agent desktop application on the agent's own computer, not of the Wolkvox servers.
 */
const AGENT_DESKTOP = /^https?:\/\/localhost[:/]/;

interface PostmanItem { name: string; item?: PostmanItem[]; request?: { method?: string; url?: string | { raw: string } } }

const collection = JSON.parse(
	readFileSync(join(__dirname, '../../docs/postman/wolkvox-apis-es.postman_collection.json'), 'utf8'),
) as PostmanItem;

/** Every GET request of the collection, with the folder it is in and its raw URL. */
function getsOf(item: PostmanItem, folder: string): Array<{ folder: string; url: string }> {
	return (item.item ?? []).flatMap((it) => {
		if (it.item) return getsOf(it, folder || it.name);
		if ((it.request?.method ?? 'GET') !== 'GET') return [];
		const url = it.request?.url;
		return [{ folder, url: typeof url === 'string' ? url : (url?.raw ?? '') }];
	});
}

const gets = getsOf(collection, '');
const desktop = gets.filter((g) => AGENT_DESKTOP.test(g.url));

const key = (script: string, api: string) => `${script}/${api}`;

/** The cloud API's GETs, `{script}/{api}` → whether the collection's URL sends dates. */
const documented = new Map(
	gets
		.filter((g) => !AGENT_DESKTOP.test(g.url))
		.map((g) => {
			const m = /\/api\/v2\/([a-z_]+)\.php\?(.*)$/.exec(g.url);
			if (!m) throw new Error(`A GET of ${g.folder} outside /api/v2/: ${g.url}`);
			const query = new URLSearchParams(m[2]);
			const api = query.get('api');
			if (!api) throw new Error(`A GET of ${g.folder} without api: ${g.url}`);
			return [key(m[1], api), { dates: query.has('date_ini') && query.has('date_end') }] as const;
		}),
);

/** Every read the node can make: the read resources' endpoints and the action resources' GETs. */
const catalogued: Array<{ resource: string; key: string; endpoint: Endpoint }> = [
	...RESOURCES.flatMap((r) => r.endpoints.map((endpoint) => ({ resource: r.value, endpoint }))),
	...ACTION_RESOURCES.flatMap((r) => r.endpoints.filter((e) => e.method === 'GET').map((endpoint) => ({ resource: r.value, endpoint }))),
].map((c) => ({ ...c, key: key(c.endpoint.script, c.endpoint.api) }));
const reachable = new Set(catalogued.map((c) => c.key));

describe('the catalog and the Postman collection', () => {
	it('counts every GET of the collection: reachable, left out with its reason, pending, or the agent desktop API', () => {
		const left = [...documented.keys()].filter((k) => k in LEFT_OUT);
		const pending = [...documented.keys()].filter((k) => k in PENDING && !reachable.has(k));
		const unaccounted = [...documented.keys()].filter((k) => !reachable.has(k) && !left.includes(k) && !pending.includes(k));
		expect(unaccounted).toEqual([]);
		const inCatalog = [...documented.keys()].filter((k) => reachable.has(k));
		expect(inCatalog.length + left.length + pending.length + desktop.length).toBe(gets.length);
		// Each request is one endpoint: no two GETs of the collection name the same script and api.
		expect(documented.size + desktop.length).toBe(gets.length);
	});

	it('takes the agent desktop GETs for what they are: the "Agentes V1" folder on localhost', () => {
		expect(desktop.length).toBeGreaterThan(0);
		expect([...new Set(desktop.map((g) => g.folder))]).toEqual(['Agentes V1']);
		expect(desktop.every((g) => /\/apiagentbox\?action=/.test(g.url))).toBe(true);
	});

	it('reads the folders the node covers: each catalogued script has documented GETs', () => {
		const scripts = new Set([...documented.keys()].map((k) => k.split('/')[0]));
		expect([...new Set(catalogued.map((c) => c.endpoint.script))].filter((s) => !scripts.has(s))).toEqual([]);
		for (const script of ['customer', 'gamification', 'quality', 'speech_analytics']) {
			expect([script, [...documented.keys()].filter((k) => k.startsWith(`${script}/`)).every((k) => reachable.has(k))]).toEqual([script, true]);
		}
	});

	it('catalogues nothing the collection does not document', () => {
		expect(catalogued.map((c) => c.key).filter((k) => !documented.has(k))).toEqual([]);
	});

	it('leaves out only documented endpoints the catalog lacks, each with a reason', () => {
		for (const [left, reason] of Object.entries(LEFT_OUT)) {
			expect([left, documented.has(left), reachable.has(left)]).toEqual([left, true, false]);
			expect(reason.length).toBeGreaterThan(20);
		}
		for (const [waiting, reason] of Object.entries(PENDING)) {
			expect([waiting, documented.has(waiting)]).toEqual([waiting, true]);
			expect(reason).toMatch(/^pending: .+ \(issue \d+\)$/);
		}
	});

	it('catalogues each endpoint once; a read resource and a read-only action resource under one script', () => {
		expect(reachable.size).toBe(catalogued.length);
		for (const r of RESOURCES) expect(new Set(r.endpoints.map((e) => e.script)).size).toBe(1);
		for (const r of ACTION_RESOURCES.filter((a) => a.endpoints.length > 0 && a.endpoints.every((e) => !e.write))) {
			expect([r.value, new Set(r.endpoints.map((e) => e.script)).size]).toEqual([r.value, 1]);
		}
	});

	it('asks for dates exactly where the collection sends them', () => {
		const disagree = catalogued.filter((c) => c.endpoint.dateRange !== documented.get(c.key)?.dates).map((c) => c.key);
		expect(disagree).toEqual([]);
	});
});
