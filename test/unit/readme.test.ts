import { readFileSync } from 'node:fs';

import { RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import {
	BILLING_EXAMPLE, PRODUCTS_NODE, README, REGIONS, endMarker, renderBillingExample, renderReadme, startMarker,
} from '../../tools/catalog-table';

const billing = RESOURCES.find((r) => r.value === 'billing')!.endpoints;

describe('what the documentation says about the catalog (run `npx tsx tools/catalog-table.ts --write`)', () => {
	const readme = readFileSync(README, 'utf8');

	it('README: tables and counts are the catalog’s', () => {
		for (const region of Object.keys(REGIONS)) {
			expect(readme).toContain(startMarker(region));
			expect(readme).toContain(endMarker(region));
		}
		expect(renderReadme(readme)).toBe(readme);
	});

	it('README: the billing table names every product once', () => {
		const table = renderReadme(readme).split(startMarker('billing'))[1].split(endMarker('billing'))[0];
		const apis = [...table.matchAll(/\| `([a-z0-9_]+)` \|/g)].map((m) => m[1]);
		expect(apis.sort()).toEqual(billing.map((e) => e.api).sort());
	});

	it('README: a count in the prose that drifted is rewritten', () => {
		const stale = readme.replace(/\b\d+(?= reports\b)/, '3');
		expect(stale).not.toBe(readme);
		expect(renderReadme(stale)).toBe(readme);
	});

	it('the billing example asks for every product, in the catalog’s order', () => {
		const example = readFileSync(BILLING_EXAMPLE, 'utf8');
		expect(renderBillingExample(example)).toBe(example);
		const workflow = JSON.parse(example) as { nodes: Array<{ name: string; parameters: { jsCode: string } }> };
		const code = workflow.nodes.find((n) => n.name === PRODUCTS_NODE)!.parameters.jsCode;
		const listed = [.../const products = \[([^\]]*)\]/.exec(code)![1].matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1]);
		expect(listed).toEqual(billing.map((e) => e.api));
	});
});
