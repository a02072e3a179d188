import { findEndpoint } from '../../nodes/Wolkvox/shared/catalog';
import { typedRows } from '../../nodes/Wolkvox/shared/pipeline/typedRows';
import { simplifyRow } from '../../nodes/Wolkvox/shared/typing';

const BOGOTA = 'America/Bogota';

describe('typedRows: raw rows of an endpoint as Simplify gives them', () => {
	it("makes a keyed answer's keys rows, under the endpoint's keyedBy field, then types them", () => {
		const cdr4 = findEndpoint('report', 'cdr_4')!;
		const raw = [{ '0_5_seg': { calls: '3', minutes: '1.50', cost: '0', percentage: '34.64 %' }, greater_than_121: { calls: '5', minutes: '12', cost: '2.5', percentage: '65.36 %' } }];
		expect(typedRows(raw, cdr4, BOGOTA)).toEqual([
			{ interval: '0_5_seg', calls: 3, minutes: 1.5, cost: 0, percentage: 34.64 },
			{ interval: 'greater_than_121', calls: 5, minutes: 12, cost: 2.5, percentage: 65.36 },
		]);
	});

	it('types every row of any other endpoint once, in order, as simplifyRow does', () => {
		const hourly = findEndpoint('report', 'diagram_1_2')!;
		const raw = [
			{ date: '2026110113', calls: '12', ivr_minutes: '34.50' },
			{ day: '2026110114', calls: '3', ivr_minutes: '7' },
		];
		expect(typedRows(raw, hourly, BOGOTA)).toEqual(raw.map((row) => simplifyRow(row, hourly.fields, BOGOTA)));
		expect(typedRows(raw, hourly, BOGOTA).map((row) => row.date)).toEqual(['2026-11-01T13:00:00-05:00', '2026-11-01T14:00:00-05:00']);
	});
});
