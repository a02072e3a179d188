/**
 * The node's catalog against Wolkvox's documentation, endpoint by endpoint: every read-only endpoint
 * the Postman collection documents (as its extracted fixture holds them: Reportes, Tiempo Real,
 * Información, Facturación) is in the catalog or left out below with its reason, and the catalog
 * holds nothing the collection does not document. No count is written down: adding an endpoint to
 * either side is checked by name.
 */
import { RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import { FIXTURE, FIXTURE_BILLING } from '../../tools/simulator/fixture';

/** Documented read-only endpoints the node does not offer, `{script}/{api}` → why. */
const LEFT_OUT: Record<string, string> = {
	'real_time/latency':
		'its one row holds three lists of different shapes (per agent, per IP, per PBX), which make no one item shape; an HTTP Request node with the credential reads it',
};

const key = (script: string, api: string) => `${script}/${api}`;

const documented = new Map<string, { dates: boolean }>([
	...FIXTURE.map((e) => [key(e.script, e.api), { dates: e.dates }] as const),
	...FIXTURE_BILLING.map((b) => [key('billing', b.api), { dates: false }] as const),
]);
const catalogued = RESOURCES.flatMap((r) => r.endpoints.map((e) => ({ resource: r.value, key: key(e.script, e.api), endpoint: e })));
const inCatalog = new Set(catalogued.map((c) => c.key));

describe('the catalog and the Postman collection', () => {
	it('reads the documented endpoints of every script the node covers', () => {
		const scripts = new Set([...documented.keys()].map((k) => k.split('/')[0]));
		expect([...scripts].sort()).toEqual([...new Set(catalogued.map((c) => c.endpoint.script))].sort());
		expect(documented.size).toBe(FIXTURE.length + FIXTURE_BILLING.length);
	});

	it('catalogues every documented endpoint, or names why it is left out', () => {
		const missing = [...documented.keys()].filter((k) => !inCatalog.has(k) && !(k in LEFT_OUT));
		expect(missing).toEqual([]);
	});

	it('catalogues nothing the collection does not document', () => {
		expect(catalogued.map((c) => c.key).filter((k) => !documented.has(k))).toEqual([]);
	});

	it('leaves out only documented endpoints the catalog lacks, each with a reason', () => {
		for (const [left, reason] of Object.entries(LEFT_OUT)) {
			expect([left, documented.has(left), inCatalog.has(left)]).toEqual([left, true, false]);
			expect(reason.length).toBeGreaterThan(20);
		}
	});

	it('catalogues each endpoint once, under the resource of its script', () => {
		expect(inCatalog.size).toBe(catalogued.length);
		for (const r of RESOURCES) expect(new Set(r.endpoints.map((e) => e.script)).size).toBe(1);
	});

	it('asks for dates exactly where the collection sends them', () => {
		const disagree = catalogued.filter((c) => c.endpoint.dateRange !== documented.get(c.key)?.dates).map((c) => c.key);
		expect(disagree).toEqual([]);
	});
});
