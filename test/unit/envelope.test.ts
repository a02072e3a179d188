import { parseAnswer } from '../../nodes/Wolkvox/shared/transport/envelope';
import { verdictOf } from '../../nodes/Wolkvox/shared/transport/errors';

describe('parseAnswer: the loose envelope', () => {
	it.each([
		['code as number', { code: 200, error: null, msg: 'ok', data: [{ a: '1' }] }],
		['code as string', { code: '200', error: null, msg: 'ok', data: [{ a: '1' }] }],
		['error as "null"', { code: 200, error: 'null', msg: 'ok', data: [{ a: '1' }] }],
		['data as one object', { code: 200, error: null, msg: 'ok', data: { a: '1' } }],
		['code "0"', { code: '0', error: null, msg: 'ok', data: [{ a: '1' }] }],
		['code ""', { code: '', error: null, msg: 'ok', data: [{ a: '1' }] }],
	])('reads %s', (_label, body) => {
		for (const sent of [body, JSON.stringify(body), `\uFEFF${JSON.stringify(body)}`]) {
			expect(parseAnswer(200, sent)).toMatchObject({ json: true, envelope: { status: 200, msg: 'ok', rows: [{ a: '1' }] } });
		}
	});

	it('reads no rows from null data, and the error status from an error envelope', () => {
		expect(parseAnswer(404, '{"code":404,"error":"x","msg":"0 records were found","data":null}')).toMatchObject({
			json: true,
			envelope: { status: 404, msg: '0 records were found', rows: [] },
		});
	});

	it("keeps the envelope's own code (a write's 201 under HTTP 200), and none when it is blank", () => {
		const created = parseAnswer(200, { code: '201', error: null, msg: 'All records has been added successfully', data: [] });
		expect(created.json && created.envelope).toMatchObject({ status: 200, code: 201 });
		const blank = parseAnswer(200, { code: '', msg: 'ok', data: [] });
		expect(blank.json && blank.envelope.code).toBeUndefined();
	});

	it("reads rows under another key when the endpoint says so (campaign_15's records)", () => {
		const answer = parseAnswer(200, { code: '200', total_records: '1', campaign_id: '7', records: [{ id_cliente: '1' }] }, 'records');
		expect(answer.json && answer.envelope.rows).toEqual([{ id_cliente: '1' }]);
	});

	it('lets an error code in a 200 body win', () => {
		const answer = parseAnswer(200, { code: '403', msg: 'PLEASE VALIDATE TOKEN', data: [] });
		expect(answer.json && answer.envelope.status).toBe(403);
	});

	it('reads a bare list of rows with no envelope', () => {
		expect(parseAnswer(200, '[{"a":"1"},{"a":"2"}]')).toMatchObject({
			json: true,
			envelope: { status: 200, msg: '', rows: [{ a: '1' }, { a: '2' }] },
		});
	});

	it('spots bodies that are not the JSON envelope', () => {
		expect(parseAnswer(502, '<html><title>502 Bad Gateway</title></html>')).toEqual({
			json: false,
			text: '<html><title>502 Bad Gateway</title></html>',
		});
		expect(parseAnswer(200, '{"code":200,"data":[{"a":').json).toBe(false);
		expect(parseAnswer(200, '"just a string"').json).toBe(false);
	});
});

describe('parseAnswer: data as PHP encodes a list with gaps', () => {
	it('reads {"0": row, "1": row} as rows, in key order', () => {
		const body = { code: 200, msg: '2 records were found', data: { '1': { a: '2' }, '0': { a: '1' } } };
		expect(parseAnswer(200, JSON.stringify(body))).toMatchObject({ json: true, envelope: { status: 200, msg: '2 records were found', rows: [{ a: '1' }, { a: '2' }] } });
	});

	it('keeps an object keyed by names (cdr_4 bands) or holding values as one row', () => {
		const bands = { '0_5_seg': { calls: '1' }, '6_20_seg': { calls: '2' } };
		const single = { '0': 'x', name: 'server' };
		for (const data of [bands, single]) {
			expect(parseAnswer(200, { code: 200, msg: '', data })).toMatchObject({ json: true, envelope: { status: 200, msg: '', rows: [data] } });
		}
	});
});

describe('verdictOf: what an answer means', () => {
	it.each([
		[200, 'ok', 'rows'],
		[404, '0 records were found', 'noRows'],
		[403, 'EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN', 'busy'],
		[403, 'PLEASE VALIDATE TOKEN', 'fail'],
		[403, 'TOKEN LIMIT EXCEEDED', 'fail'],
		[403, '', 'fail'],
		[401, 'PLEASE ENTER THE WOLKVOX-TOKEN', 'fail'],
		[400, 'SOME PARAMETERS ARE REQUIRED', 'fail'],
		[500, '', 'fail'],
	])('%i %p → %s', (status, msg, verdict) => {
		expect(verdictOf(status as number, msg as string)).toBe(verdict);
	});
});
