import { findEndpoint } from '../../nodes/Wolkvox/catalog';
import { simplifyRow } from '../../nodes/Wolkvox/output';

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
