/** Options → Field Names or IDs: what is read, and what each row keeps. */
import type { INode } from 'n8n-workflow';

import { findEndpoint } from '../../nodes/Wolkvox/shared/catalog';
import type { ParamSource } from '../../nodes/Wolkvox/shared/parameters';
import { fieldNames, fieldsParameter, selectFields } from '../../nodes/Wolkvox/shared/pipeline/selectFields';

const source = (fields: unknown): ParamSource => ({
	getNode: () => ({ name: 'Wolkvox' }) as INode,
	getNodeParameter: (name, _itemIndex, fallback) => (name === 'options.fields' ? (fields ?? fallback) : fallback),
});

const agents = findEndpoint('realTime', 'agents')!;

describe('fieldsParameter', () => {
	it('reads a list, or a comma-separated text, trimmed, each name once', () => {
		expect(fieldsParameter(source(['agent_name', ' calls ', 'agent_name']), 0)).toEqual(['agent_name', 'calls']);
		expect(fieldsParameter(source('agent_name, calls,,'), 0)).toEqual(['agent_name', 'calls']);
		expect(fieldsParameter(source(undefined), 0)).toEqual([]);
	});

	it('refuses anything else', () => {
		expect(() => fieldsParameter(source({ agent_name: true }), 0)).toThrow('Field Names or IDs must be a list of field names or a comma-separated text');
		expect(() => fieldsParameter(source([1, 2]), 0)).toThrow('Field Names or IDs must be a list');
	});
});

describe('selectFields', () => {
	const rows = [
		{ agent_id: '1', agent_name: 'Ana', calls: 3 },
		{ agent_id: '2', agent_name: 'Luis' },
	];

	it('keeps only the chosen fields, in the order chosen, leaving out what a row lacks', () => {
		expect(selectFields(source([]), 0, agents, rows, ['calls', 'agent_name'])).toEqual([{ calls: 3, agent_name: 'Ana' }, { agent_name: 'Luis' }]);
	});

	it('returns the rows as they are when no field is chosen', () => {
		expect(selectFields(source([]), 0, agents, rows, [])).toBe(rows);
	});

	it('accepts a field the rows carry that the catalog does not know, and refuses one neither knows', () => {
		expect(selectFields(source([]), 0, agents, [{ extra: 'x' }], ['extra'])).toEqual([{ extra: 'x' }]);
		expect(() => selectFields(source([]), 0, agents, rows, ['agentName'])).toThrow('Unknown field "agentName" for agents');
	});
});

describe('fieldNames', () => {
	it("are the catalog's, durations with their seconds, a keyed answer's key first", () => {
		expect(fieldNames(agents)).toEqual(expect.arrayContaining(['agent_name', 'ready_time', 'ready_time_seconds']));
		const keyed = findEndpoint('report', 'cdr_4')!;
		expect(fieldNames(keyed)[0]).toBe(keyed.keyedBy);
	});

	it("names what typing adds: a billing row's product, a totals row's window; as sent, only the fields", () => {
		const billing = findEndpoint('billing', 'ivr_calls')!;
		expect(fieldNames(billing).slice(0, 2)).toEqual(['product', 'product_name']);
		const totals = findEndpoint('report', 'skill_1')!;
		expect(fieldNames(totals).slice(-2)).toEqual(['window_start', 'window_end']);
		expect(fieldNames(agents, false)).not.toContain('ready_time_seconds');
		expect(fieldNames(billing, false)).toEqual(['operation', 'description', 'items', 'date']);
	});

	it('refuses a typed-only name when the rows are as sent', () => {
		expect(() => selectFields(source([]), 0, agents, [{ ready_time: '00:01:00' }], ['ready_time_seconds'], false)).toThrow(
			'Unknown field "ready_time_seconds" for agents',
		);
	});
});
