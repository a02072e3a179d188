import { findEndpoint } from '../../nodes/Wolkvox/shared/catalog';
import { simplifyRow } from '../../nodes/Wolkvox/shared/typing';
import { unkeyRows } from '../../nodes/Wolkvox/shared/pipeline/typedRows';

const BOGOTA = 'America/Bogota';
const hourly = findEndpoint('report', 'diagram_1_2')!.fields;
const usage = findEndpoint('billing', 'ivr_calls')!.fields;

describe('simplifyRow: typing rows from the catalog', () => {
	it('types the IVR hourly row and reads the hour field spelled date', () => {
		expect(simplifyRow({ date: '2026110113', calls: '12', ivr_minutes: '34.50' }, hourly, BOGOTA)).toEqual({
			date: '2026-11-01T13:00:00-05:00',
			calls: 12,
			ivr_minutes: 34.5,
		});
	});

	it('reads the hour field spelled day under its documented name', () => {
		const row = simplifyRow({ day: '2026110100', calls: '3', ivr_minutes: '7' }, hourly, BOGOTA);
		expect(row).toEqual({ date: '2026-11-01T00:00:00-05:00', calls: 3, ivr_minutes: 7 });
		expect(Object.keys(row)).toEqual(['date', 'calls', 'ivr_minutes']);
	});

	it('types a billing row; blank values become null and text is trimmed', () => {
		expect(simplifyRow({ operation: ' acme ', description: 'IVR', items: '1520', date: '2026-11-23 10:15:00' }, usage, BOGOTA)).toEqual({
			operation: 'acme',
			description: 'IVR',
			items: 1520,
			date: '2026-11-23T10:15:00-05:00',
		});
		expect(simplifyRow({ operation: ' ', description: ' ', items: ' ', date: ' ' }, usage, BOGOTA)).toEqual({
			operation: '',
			description: '',
			items: null,
			date: null,
		});
	});

	it('keeps what it cannot read, and fields the catalog does not know, as sent', () => {
		expect(simplifyRow({ date: 'n/a', calls: '1,5', ivr_minutes: 2, extra: ' x ' }, hourly, BOGOTA)).toEqual({
			date: 'n/a',
			calls: '1,5',
			ivr_minutes: 2,
			extra: 'x',
		});
	});
});

describe('simplifyRow: the other field types', () => {
	const fields = [
		{ name: 'talk_time', type: 'duration' as const },
		{ name: 'service_level', type: 'percent' as const },
		{ name: 'day', type: 'date' as const },
	];

	it('keeps durations and adds their seconds, reads percentages and days', () => {
		expect(simplifyRow({ talk_time: '01:02:03', service_level: '34.64 %', day: '20261101' }, fields, BOGOTA)).toEqual({
			talk_time: '01:02:03',
			talk_time_seconds: 3723,
			service_level: 34.64,
			day: '2026-11-01',
		});
		expect(simplifyRow({ talk_time: '120:00:01', service_level: '100%', day: '2026-11-01' }, fields, BOGOTA)).toEqual({
			talk_time: '120:00:01',
			talk_time_seconds: 432001,
			service_level: 100,
			day: '2026-11-01',
		});
	});

	it('reads large percentages with thousands separators, and "-" as nothing', () => {
		expect(simplifyRow({ talk_time: '-', service_level: '15,233.33 %', day: '-' }, fields, BOGOTA)).toEqual({
			talk_time: '-',
			talk_time_seconds: null,
			service_level: 15233.33,
			day: null,
		});
		expect(simplifyRow({ service_level: '1,5 %' }, fields, BOGOTA)).toEqual({ service_level: '1,5 %' });
	});

	it('reads a duration given in plain seconds', () => {
		expect(simplifyRow({ talk_time: '277' }, fields, BOGOTA)).toEqual({ talk_time: '277', talk_time_seconds: 277 });
	});

	it('turns an object keyed by row into rows', () => {
		expect(unkeyRows([{ '0_5_seg': { calls: '3' }, '6_20_seg': { calls: '5' }, note: 'x' }], 'interval')).toEqual([
			{ interval: '0_5_seg', calls: '3' },
			{ interval: '6_20_seg', calls: '5' },
			{ interval: 'note', value: 'x' },
		]);
	});

	it('gives null seconds for a blank duration and keeps unreadable values', () => {
		expect(simplifyRow({ talk_time: ' ', service_level: 'n/a', day: 'soon' }, fields, BOGOTA)).toEqual({
			talk_time: '',
			talk_time_seconds: null,
			service_level: 'n/a',
			day: 'soon',
		});
	});
});
