import type { BodyField, Endpoint } from '../../nodes/Wolkvox/shared/catalog';
import { ENDPOINT_LIMITS } from '../../nodes/Wolkvox/shared/limits';
import { toBatches } from '../../nodes/Wolkvox/shared/writes/batches';
import { bodyValue, BodyValueError, telephoneOf } from '../../nodes/Wolkvox/shared/writes/bodyValues';
import { batchOutcome, doneItem, fileOutcome, OUTCOMES } from '../../nodes/Wolkvox/shared/writes/outcomes';

const field = (extra: Partial<BodyField> = {}): BodyField => ({ name: 'f', displayName: 'F', description: 'd', type: 'string', ...extra });
const ZONE = 'America/Bogota';

describe('bodyValue: every value a checked string', () => {
	it('keeps text and numbers as text, blanks as empty', () => {
		expect(bodyValue(field(), '  Ana ', 'F', ZONE)).toBe('Ana');
		expect(bodyValue(field(), 42, 'F', ZONE)).toBe('42');
		expect(bodyValue(field(), null, 'F', ZONE)).toBe('');
		expect(() => bodyValue(field(), { a: 1 }, 'F', ZONE)).toThrow(BodyValueError);
	});
	it('telephones: digits once separators and a leading + are removed, 7 to 15 of them', () => {
		expect(telephoneOf('+57 (300) 123-4567', 'Tel')).toBe('573001234567');
		expect(() => telephoneOf('300-CALL-NOW', 'Tel')).toThrow(/not a telephone/);
		expect(() => telephoneOf('12345', 'Tel')).toThrow(BodyValueError);
	});
	it('moments: sent as YYYYmmddHHiiss on the operation’s wall clock', () => {
		const date = field({ format: 'wallTime' });
		expect(bodyValue(date, '20261201093000', 'D', ZONE)).toBe('20261201093000');
		expect(bodyValue(date, '2026-12-01T14:30:00Z', 'D', ZONE)).toBe('20261201093000');
		expect(bodyValue(date, new Date('2026-12-01T14:30:00Z'), 'D', ZONE)).toBe('20261201093000');
		expect(() => bodyValue(date, 'tomorrow', 'D', ZONE)).toThrow(/not a date/);
	});
	it('times of day in the pattern the endpoint wants; whole numbers within their range', () => {
		expect(bodyValue(field({ format: 'clockTime', pattern: 'HHmmss' }), '08:00:00', 'T', ZONE)).toBe('080000');
		expect(bodyValue(field({ format: 'clockTime', pattern: 'HH:mm:ss' }), '180000', 'T', ZONE)).toBe('18:00:00');
		expect(() => bodyValue(field({ format: 'clockTime' }), '25:00:00', 'T', ZONE)).toThrow(BodyValueError);
		expect(bodyValue(field({ format: 'integer', range: [0, 100] }), '100', 'S', ZONE)).toBe('100');
		expect(() => bodyValue(field({ format: 'integer', range: [0, 100] }), '101', 'S', ZONE)).toThrow(/from 0 to 100/);
	});
	it('options and lengths as Wolkvox accepts them', () => {
		const options = field({ options: [{ name: 'Inbound', value: 'inbound' }] });
		expect(bodyValue(options, 'inbound', 'T', ZONE)).toBe('inbound');
		expect(() => bodyValue(options, 'both', 'T', ZONE)).toThrow(/inbound/);
		expect(() => bodyValue(field({ maxLength: 3 }), 'abcd', 'O', ZONE)).toThrow(/at most 3/);
	});
	it("an option whose Wolkvox spelling cannot be a parameter value (\"=\", an expression to n8n) is sent in that spelling", () => {
		const operator = field({ options: [{ name: 'Equal', value: 'equal', sends: '=' }, { name: 'Like', value: 'like' }] });
		expect(bodyValue(operator, 'equal', 'O', ZONE)).toBe('=');
		// An expression's result is not read again: its "=" arrives as is.
		expect(bodyValue(operator, '=', 'O', ZONE)).toBe('=');
		expect(bodyValue(operator, 'like', 'O', ZONE)).toBe('like');
		expect(() => bodyValue(operator, '==', 'O', ZONE)).toThrow(/use equal, like/);
	});
});

describe('toBatches: items into calls', () => {
	const writes = (keys: string[]) => keys.map((sharedKey, itemIndex) => ({ itemIndex, sharedKey, unit: itemIndex }));
	it.each([
		[1, [1]],
		[10_000, [10_000]],
		[10_001, [10_000, 1]],
		[25_000, [10_000, 10_000, 5_000]],
	])('%i items of one campaign: calls of %j', (count, sizes) => {
		const batches = toBatches(writes(new Array<string>(count).fill('c1')), ENDPOINT_LIMITS.recordsPerUpload);
		expect(batches.map((b) => b.items.length)).toEqual(sizes);
		expect(batches.flatMap((b) => b.items.map((i) => i.itemIndex))).toEqual([...Array(count).keys()]);
		expect(batches.map((b) => b.number)).toEqual(sizes.map((_, i) => i + 1));
	});
	it('items that send different queries never share a call; calls keep the order of their first item', () => {
		const batches = toBatches(writes(['a', 'b', 'a', 'b', 'a']), 2);
		expect(batches.map((b) => b.items.map((i) => i.itemIndex))).toEqual([[0, 2], [1, 3], [4]]);
	});
});

describe('batchOutcome: what each item of a call says', () => {
	const endpoint = (totals?: { accepted?: string; rejected?: string }): Endpoint => ({
		script: 'campaign', method: 'POST', api: 'add_dnc', name: 'Add', description: 'd', dateRange: false, limits: ENDPOINT_LIMITS, fields: [],
		write: { batching: { kind: 'records' }, outcome: 'added', totals, check: 'c' },
	});
	const totals = { accepted: 'total_added', rejected: 'total_rejected' };
	it('the write’s own outcome when the totals account for every record, or say nothing', () => {
		expect(batchOutcome(endpoint(totals), 3, { total_added: '3', total_rejected: '0' })).toBe('added');
		expect(batchOutcome(endpoint(totals), 3, { total_added: ' ', total_rejected: '' })).toBe('added');
		expect(batchOutcome(endpoint(), 3, undefined)).toBe('added');
	});
	it('rejected when every record was, unconfirmed when only some were (Wolkvox does not say which)', () => {
		expect(batchOutcome(endpoint(totals), 3, { total_added: '0', total_rejected: '3' })).toBe(OUTCOMES.rejected);
		expect(batchOutcome(endpoint(totals), 3, { total_added: '2', total_rejected: '1' })).toBe(OUTCOMES.unconfirmed);
		expect(batchOutcome(endpoint({ accepted: 'total_registers' }), 3, { total_registers: '2' })).toBe(OUTCOMES.unconfirmed);
	});
	it('a success item has no error key, not even null (n8n’s Retry On Fail would repeat the write)', () => {
		const item = doneItem('added', { tel1: '3001234567' }, 201, 'All records has been added successfully', { total_registers: 1 }, { number: 1, items: 1 });
		expect(item).not.toHaveProperty('error');
		expect(item).toEqual({ outcome: 'added', sent: { tel1: '3001234567' }, code: 201, msg: 'All records has been added successfully', data: { total_registers: 1 }, call: { number: 1, items: 1 } });
	});
});

describe('fileOutcome: each file of a storage call by its name', () => {
	const endpoint = (byName: { done: string; failed?: string }): Endpoint => ({
		script: 'wolkvox_storage', method: 'POST', api: 'upload_files', name: 'Upload', description: 'd', dateRange: false, limits: ENDPOINT_LIMITS, fields: [],
		write: { batching: { kind: 'files', field: 'file', maxFiles: 20, maxBytes: 1 }, outcome: 'uploaded', byName, check: 'c' },
	});
	const upload = endpoint({ done: 'successful_files', failed: 'errors' });
	const access = endpoint({ done: 'files' });
	const answer = { successful_files: [{ name: 'a.pdf', status: 'success' }], errors: [{ name: 'b.pdf', error: 'too big' }] };

	it('done, rejected or unconfirmed as the lists name it', () => {
		expect(fileOutcome(upload, answer, 'a.pdf', 3)).toEqual({ outcome: 'uploaded', file: { name: 'a.pdf', status: 'success' } });
		expect(fileOutcome(upload, answer, 'b.pdf', 3)).toEqual({ outcome: OUTCOMES.rejected, file: { name: 'b.pdf', error: 'too big' } });
		expect(fileOutcome(upload, answer, 'c.pdf', 3)).toEqual({ outcome: OUTCOMES.unconfirmed });
		expect(fileOutcome(upload, undefined, 'a.pdf', 1)).toEqual({ outcome: OUTCOMES.unconfirmed });
	});
	it('an entry whose own code is not 2xx is a rejection; an error that is bare text is its message', () => {
		const files = { files: [{ name: 'a.pdf', code: '200' }, { name: 'b.pdf', code: '403' }] };
		expect(fileOutcome(access, files, 'a.pdf', 2).outcome).toBe('uploaded');
		expect(fileOutcome(access, files, 'b.pdf', 2).outcome).toBe(OUTCOMES.rejected);
		expect(fileOutcome(upload, { successful_files: [], errors: ['b.pdf: too big'] }, 'b.pdf', 1)).toEqual({ outcome: OUTCOMES.rejected, file: { message: 'b.pdf: too big' } });
	});
	it('a call of one file whose answer lists one file under another name is that file', () => {
		expect(fileOutcome(upload, { successful_files: [{ name: 'a_1.pdf', status: 'success' }], errors: [] }, 'a 1.pdf', 1).outcome).toBe('uploaded');
		expect(fileOutcome(upload, { successful_files: [{ name: 'a_1.pdf', status: 'success' }], errors: [] }, 'a 1.pdf', 2).outcome).toBe(OUTCOMES.unconfirmed);
	});
});

describe('toBatches with a fit: an upload’s caps', () => {
	it('starts a new call when the next item does not fit, and puts a lone item in a call whatever its size', () => {
		const writes = [5, 5, 20, 1].map((size, itemIndex) => ({ itemIndex, sharedKey: 'p', unit: size }));
		const batches = toBatches(writes, 10, (batch, next) => batch.reduce((sum, w) => sum + w.unit, 0) + next.unit <= 10);
		expect(batches.map((b) => b.items.map((i) => i.unit))).toEqual([[5, 5], [20], [1]]);
	});
});
