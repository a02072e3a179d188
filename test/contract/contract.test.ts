/**
 * Saved workflows keep working: the built descriptions and the catalog's output fields are compared
 * with the snapshot taken at the read-only release (released.json). Additions pass; a removed or
 * renamed node, credential, parameter, option value, default or output field fails.
 */
import fs from 'node:fs';
import path from 'node:path';

import { breaches, currentContract } from './contract';
import type { Contract } from './contract';
import { catalogOutputs } from './outputs';

const SNAPSHOT = path.join(__dirname, 'released.json');

describe('the saved-workflow contract', () => {
	const released = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as Contract;
	const now = currentContract(catalogOutputs());

	it('holds every name, value, default and output field of the release', () => {
		expect(breaches(released, now)).toEqual([]);
	});

	it('covers both nodes, the credential and every endpoint of the release', () => {
		expect(Object.keys(released.nodes).sort()).toEqual(['wolkvox', 'wolkvoxTrigger']);
		expect(Object.keys(released.credentials)).toEqual(['wolkvoxApi']);
		expect(Object.keys(released.outputs).length).toBeGreaterThan(150);
	});

	it('catches a removed option value, a changed default and a lost output field', () => {
		const broken = JSON.parse(JSON.stringify(now)) as Contract;
		const resource = broken.nodes.wolkvox.properties.find((p) => p.name === 'resource');
		resource!.values = resource!.values!.slice(1);
		broken.nodes.wolkvoxTrigger.properties.find((p) => p.name === 'event')!.default = 'other';
		broken.outputs['billing/ivr_calls'] = broken.outputs['billing/ivr_calls'].filter((field) => field !== 'operation');
		const found = breaches(released, broken);
		expect(found.some((line) => line.startsWith('node wolkvox: parameter resource'))).toBe(true);
		expect(found.some((line) => line.startsWith('node wolkvoxTrigger: parameter event'))).toBe(true);
		expect(found).toContain('output of billing/ivr_calls: field operation is gone');
	});

	it('keeps a released default on the released version: a version 2 default beside it holds, one alone breaks', () => {
		const periods = now.nodes.wolkvox.properties.filter((p) => p.name === 'period');
		// Per resource with dates: version 1 keeps Custom, version 2 runs Yesterday.
		expect(periods.map((p) => [p.show?.['@version'], p.default])).toEqual(
			expect.arrayContaining([
				[[1], 'custom'],
				[[{ _cnd: { gte: 2 } }], 'yesterday'],
			]),
		);
		const alone = JSON.parse(JSON.stringify(now)) as Contract;
		alone.nodes.wolkvox.properties = alone.nodes.wolkvox.properties.filter((p) => p.name !== 'period' || p.default !== 'custom');
		expect(breaches(released, alone).filter((line) => line.startsWith('node wolkvox: parameter period'))).not.toEqual([]);
		const moved = JSON.parse(JSON.stringify(now)) as Contract;
		for (const p of moved.nodes.wolkvox.properties) if (p.name === 'period' && p.default === 'custom') p.show!['@version'] = [2];
		expect(breaches(released, moved).filter((line) => line.startsWith('node wolkvox: parameter period'))).not.toEqual([]);
	});

	it('accepts additions', () => {
		const grown = JSON.parse(JSON.stringify(now)) as Contract;
		grown.nodes.wolkvox.properties.push({ name: 'newParameter', type: 'string', default: '' });
		grown.nodes.wolkvox.properties.find((p) => p.name === 'resource')!.values!.push('campaign');
		grown.outputs['billing/ivr_calls'].push('product');
		expect(breaches(released, grown)).toEqual([]);
	});
});
