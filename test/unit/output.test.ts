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

	it('turns an object keyed by group, each a list of rows, into those rows with their group', () => {
		const matrix = { Ventas: [{ attribute: 'Saludo', percent: '40.00 %' }, { attribute: 'Cierre', percent: '60.00 %' }], Vacía: [] };
		expect(unkeyRows([matrix], 'survey')).toEqual([
			{ survey: 'Ventas', attribute: 'Saludo', percent: '40.00 %' },
			{ survey: 'Ventas', attribute: 'Cierre', percent: '60.00 %' },
			{ survey: 'Vacía', value: [] },
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

describe('simplifyRow: timestamps and hours, the usual forms and the ones beside them', () => {
	const fields = [
		{ name: 'at', type: 'timestamp' as const },
		{ name: 'hour', type: 'hour' as const },
	];
	const typed = (at: string, hour: string, zone = BOGOTA) => simplifyRow({ at, hour }, fields, zone);

	it('writes the offset of the zone at that wall time', () => {
		expect(typed('2026-11-23 10:15:00', '2026112310', 'UTC')).toEqual({ at: '2026-11-23T10:15:00Z', hour: '2026-11-23T10:00:00Z' });
		expect(typed('2026-11-23 10:15:00', '2026112310', 'Asia/Kathmandu')).toEqual({
			at: '2026-11-23T10:15:00+05:45',
			hour: '2026-11-23T10:00:00+05:45',
		});
	});

	it('reads padded values and the other accepted forms', () => {
		expect(typed(' 2026-11-23 10:15:00 ', ' 2026112310 ')).toEqual({ at: '2026-11-23T10:15:00-05:00', hour: '2026-11-23T10:00:00-05:00' });
		expect(typed('2026-11-23T10:15:00', '20261123')).toEqual({ at: '2026-11-23T10:15:00-05:00', hour: '2026-11-23T00:00:00-05:00' });
	});

	it('keeps, as sent, walls that do not exist and years before 100', () => {
		expect(typed('2024-02-29 12:00:00', '2024022912')).toEqual({ at: '2024-02-29T12:00:00-05:00', hour: '2024-02-29T12:00:00-05:00' });
		expect(typed('2026-02-29 12:00:00', '2026022912')).toEqual({ at: '2026-02-29 12:00:00', hour: '2026022912' });
		expect(typed('2026-11-23 24:00:00', '2026112324')).toEqual({ at: '2026-11-23 24:00:00', hour: '2026112324' });
		expect(typed('2026-11-23 10:60:00', '2026113110')).toEqual({ at: '2026-11-23 10:60:00', hour: '2026113110' });
		expect(typed('0050-01-01 00:00:00', '0050010100')).toEqual({ at: '0050-01-01 00:00:00', hour: '0050010100' });
	});

	it('gives each side of a DST change its own offset, the earlier one in a repeated hour', () => {
		const york = 'America/New_York';
		expect(typed('2026-03-08 01:59:59', '2026030801', york)).toEqual({ at: '2026-03-08T01:59:59-05:00', hour: '2026-03-08T01:00:00-05:00' });
		expect(typed('2026-03-08 03:00:00', '2026030803', york)).toEqual({ at: '2026-03-08T03:00:00-04:00', hour: '2026-03-08T03:00:00-04:00' });
		expect(typed('2026-11-01 01:30:00', '2026110101', york)).toEqual({ at: '2026-11-01T01:30:00-04:00', hour: '2026-11-01T01:00:00-04:00' });
		expect(typed('2026-11-01 02:00:00', '2026110102', york)).toEqual({ at: '2026-11-01T02:00:00-05:00', hour: '2026-11-01T02:00:00-05:00' });
		// Lord Howe goes back 30 minutes at 02:00: the hour 01 holds both offsets.
		expect(typed('2026-04-05 01:15:00', '2026040501', 'Australia/Lord_Howe')).toEqual({
			at: '2026-04-05T01:15:00+11:00',
			hour: '2026-04-05T01:00:00+11:00',
		});
		expect(typed('2026-04-05 02:15:00', '2026040502', 'Australia/Lord_Howe')).toEqual({
			at: '2026-04-05T02:15:00+10:30',
			hour: '2026-04-05T02:00:00+10:30',
		});
	});
});

describe('simplifyRow: numbers', () => {
	const fields = [{ name: 'n', type: 'number' as const }];
	const typed = (n: string) => simplifyRow({ n }, fields, BOGOTA).n;

	it('reads plain decimals, signed or with the point at either end', () => {
		expect(typed('+.5')).toBe(0.5);
		expect(typed('5.')).toBe(5);
		expect(typed(' 12 ')).toBe(12);
		expect(Object.is(typed('-0'), -0)).toBe(true);
	});

	it('keeps other spellings of numbers as sent', () => {
		for (const n of ['.', '+', '1e5', '0x10', '1.2.3', 'Infinity', '١٢', '1,5']) expect(typed(n)).toBe(n);
	});
});

describe('simplifyRow: rows whose keys differ from the catalog', () => {
	const fields = [
		{ name: 'agent_id', type: 'text' as const, aliases: ['id_agent'] },
		{ name: 'calls', type: 'number' as const },
		{ name: 'talk_time', type: 'duration' as const },
	];

	it('puts the fields in catalog order whatever order the row has', () => {
		const row = simplifyRow({ talk_time: '00:01:00', extra: ' x ', calls: '2', agent_id: ' 7 ' }, fields, BOGOTA);
		expect(Object.entries(row)).toEqual([
			['agent_id', '7'],
			['calls', 2],
			['talk_time', '00:01:00'],
			['talk_time_seconds', 60],
			['extra', 'x'],
		]);
	});

	it('types each row by its own keys when rows of one answer differ', () => {
		const rows = [
			{ agent_id: '1', calls: '1' },
			{ id_agent: '2', calls: '2' },
			{ agent_id: '3', id_agent: '30', calls: '3' },
			{ calls: '4' },
			{ agent_id: '5', calls: '5' },
		];
		expect(rows.map((row) => simplifyRow(row, fields, BOGOTA))).toEqual([
			{ agent_id: '1', calls: 1 },
			{ agent_id: '2', calls: 2 },
			// Both spellings: the documented one is the field, the other stays as sent.
			{ agent_id: '3', calls: 3, id_agent: '30' },
			{ calls: 4 },
			{ agent_id: '5', calls: 5 },
		]);
	});

	it('types rows right however many key orders an answer has', () => {
		const keys = ['agent_id', 'calls', 'talk_time', 'a', 'b'];
		// Every rotation and its reverse: more orders than the prepared ones kept per field list.
		const orders = keys.flatMap((_, i) => [[...keys.slice(i), ...keys.slice(0, i)], [...keys.slice(i), ...keys.slice(0, i)].reverse()]);
		for (const order of [...orders, ...orders]) {
			const row = Object.fromEntries(order.map((key) => [key, key === 'talk_time' ? '10' : ` ${key} `]));
			const extras = order.filter((key) => key === 'a' || key === 'b');
			expect(Object.entries(simplifyRow(row, fields, BOGOTA))).toEqual([
				['agent_id', 'agent_id'],
				['calls', ' calls '],
				['talk_time', '10'],
				['talk_time_seconds', 10],
				...extras.map((key) => [key, key]),
			]);
		}
	});

	it('does not change the row it is given', () => {
		const row = { agent_id: ' 7 ', calls: '2' };
		simplifyRow(row, fields, BOGOTA);
		expect(row).toEqual({ agent_id: ' 7 ', calls: '2' });
	});
});
