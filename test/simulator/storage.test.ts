// wolkvox_storage.php against the simulator's files: each endpoint's answer and effect, multipart
// uploads (each file recorded once), the 90-day delete rule, and the faults before and after a write.

import { multipartBody } from '../../nodes/Wolkvox/shared/writes/multipart';
import { MIN_AGE_TO_DELETE_DAYS, STORAGE_MSG, type Simulator } from '../../tools/simulator/server';
import { parseMultipart } from '../../tools/simulator/storage';
import { replyOf, simulatorsAt } from './testing';

const NOW = new Date('2026-03-15T17:04:05Z'); // wall clock 2026-03-15 12:04:05 (GMT-5)
const TOKEN = 'sim-token';
const start = simulatorsAt(NOW);
const DAY_MS = 86_400_000;

interface Reply {
	status: number;
	json: { code: string; msg: string; error: unknown; data: Record<string, unknown> } | undefined;
}

async function post(sim: Simulator, api: string, body?: unknown, form?: { contentType: string; bytes: Buffer }): Promise<Reply> {
	const r = await fetch(`${sim.url}/api/v2/wolkvox_storage.php?api=${api}`, {
		method: 'POST',
		headers: { 'wolkvox-token': TOKEN, 'content-type': form?.contentType ?? 'application/json' },
		body: form ? form.bytes : body === undefined ? undefined : JSON.stringify(body),
	});
	const { status, json } = await replyOf<NonNullable<Reply['json']>>(r);
	return { status, json };
}

const file = (fileName: string, text: string, mimeType = 'text/plain') => ({ fileName, mimeType, data: Buffer.from(text) });
const upload = (sim: Simulator, files: ReturnType<typeof file>[], path?: string) =>
	post(sim, 'upload_files', undefined, multipartBody(path === undefined ? {} : { path }, files.length === 1 ? 'file' : 'file[]', files));
const named = (sim: Simulator, name: string) => sim.state.files.filter((f) => f.name === name);

describe('the multipart bodies the node writes, as the simulator reads them', () => {
	it('gives back every field and file, bytes intact, whatever the name holds', () => {
		const binary = Buffer.from([0, 13, 10, 45, 45, 255, 13, 10]);
		const body = multipartBody({ path: '/Fondos' }, 'file[]', [
			{ fileName: 'a "quoted" ñame.bin', mimeType: 'application/octet-stream', data: binary },
			file('b.txt', 'hello'),
		]);
		expect(body.contentType).toMatch(/^multipart\/form-data; boundary=/);
		const form = parseMultipart(body.bytes, body.contentType)!;
		expect(form.fields).toEqual({ path: '/Fondos' });
		expect(form.files.map((f) => [f.field, f.filename, f.contentType, f.data.toString('hex')])).toEqual([
			['file[]', 'a "quoted" ñame.bin', 'application/octet-stream', binary.toString('hex')],
			['file[]', 'b.txt', 'text/plain', Buffer.from('hello').toString('hex')],
		]);
	});

	it('the same content gives the same bytes; other content another fingerprint', () => {
		const one = multipartBody({}, 'file', [file('a.txt', 'x')]);
		expect(multipartBody({}, 'file', [file('a.txt', 'x')]).bytes.equals(one.bytes)).toBe(true);
		expect(multipartBody({}, 'file', [file('a.txt', 'y')]).fingerprint).not.toBe(one.fingerprint);
	});

	it('content that looks like a multipart delimiter is kept intact', () => {
		const first = multipartBody({}, 'file', [file('a.txt', 'x')]);
		const boundary = first.contentType.split('boundary=')[1];
		const tricky = multipartBody({}, 'file', [file('a.txt', `x--${boundary}--`)]);
		const form = parseMultipart(tricky.bytes, tricky.contentType)!;
		expect(form.files[0].data.toString()).toBe(`x--${boundary}--`);
	});
});

describe('wolkvox_storage.php', () => {
	it('lists a folder: files with their metadata, then its sub-folders, a page at a time', async () => {
		const sim = await start();
		const root = await post(sim, 'list_files', { path: '/', limit: 3 });
		expect(root.status).toBe(200);
		const items = root.json!.data.items as Array<Record<string, string>>;
		expect(items).toHaveLength(3);
		expect(items[0]).toMatchObject({ name: 'Logo_de_tienda_1.png', file_name: 'Logo_de_tienda_1.png', contentType: 'image/png', isDirectory: 'false', size: '0.04' });
		const token = (root.json!.data.pagination as Record<string, string>).next_page_token;
		expect(token).toEqual(expect.any(String));
		const rest = await post(sim, 'list_files', { path: '/', limit: 3, page_token: token });
		expect((rest.json!.data.items as Array<Record<string, string>>).map((i) => [i.name, i.isDirectory])).toEqual([
			['wolkvox_review_249-250.pdf', 'false'],
			['Fondos', 'true'],
		]);
		expect(rest.json!.data.pagination).toEqual({ limit: '3', next_page_token: null });
		expect((await post(sim, 'list_files', { path: 'Fondos' })).json!.data.items).toEqual([expect.objectContaining({ name: 'fondo_azul.jpg' })]);
		expect((await post(sim, 'list_files', { limit: 'many' })).status).toBe(400);
	});

	it('file_details: the documented fields, 404 for a name it does not hold', async () => {
		const sim = await start();
		const r = await post(sim, 'file_details', { file_name: 'wolkvox_review_249-250.pdf' });
		expect(r.json!.data).toEqual({ full_name: 'wolkvox_review_249-250.pdf', file_name: 'wolkvox_review_249-250.pdf', updated: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), is_public: 'false', size_mb: '2.887' });
		expect((await post(sim, 'file_details', { file_name: 'nope.pdf' })).status).toBe(404);
		expect((await post(sim, 'file_details', {})).status).toBe(400);
	});

	it('public and restricted access change each named file, and say per file; an unknown one is a 404 entry in a 207', async () => {
		const sim = await start();
		const r = await post(sim, 'public_access', { files: ['Logo_de_tienda_1.png', 'nope.png'] });
		expect([r.status, r.json!.code]).toEqual([207, '207']);
		expect(r.json!.data.files).toEqual([
			{ name: 'Logo_de_tienda_1.png', code: '200', message: STORAGE_MSG.accessChanged },
			{ name: 'nope.png', code: '404', message: STORAGE_MSG.notFound },
		]);
		expect(named(sim, 'Logo_de_tienda_1.png')[0].public).toBe(true);
		expect((await post(sim, 'restricted_access', { files: ['Logo_de_tienda_1.png'] })).json!.code).toBe('200');
		expect(named(sim, 'Logo_de_tienda_1.png')[0].public).toBe(false);
		expect((await post(sim, 'public_access', { files: [] })).status).toBe(400);
	});

	it('uploads each file once, under its folder; `file` alone or several `file[]`; none is the documented error', async () => {
		const sim = await start();
		const one = await upload(sim, [file('a.txt', 'alpha')]);
		expect(one.json).toEqual({
			code: '200', error: null, msg: STORAGE_MSG.allUploaded,
			data: { successful_files: [{ name: 'a.txt', status: 'success' }], errors: [], counts: { success: '1', errors: '0', total_received: '1' } },
		});
		await upload(sim, [file('b.txt', 'beta'), file('c.txt', '')], '/Docs/');
		expect(sim.state.files.filter((f) => f.uploads > 0).map((f) => [f.name, f.path, f.size, f.uploads])).toEqual([['a.txt', '/', 5, 1], ['b.txt', '/Docs', 4, 1]]);
		expect(sim.stats.log[1].body).toEqual({ fields: { path: '/Docs/' }, files: [{ field: 'file[]', filename: 'b.txt', contentType: 'text/plain', size: 4 }, { field: 'file[]', filename: 'c.txt', contentType: 'text/plain', size: 0 }] });
		const none = await post(sim, 'upload_files', undefined, multipartBody({ path: '/' }, 'other', [file('x.txt', 'x')]));
		expect([none.status, none.json!.msg]).toEqual([400, STORAGE_MSG.uploadRequired]);
	});

	it(`delete_files refuses files younger than ${MIN_AGE_TO_DELETE_DAYS} days per file (207), deletes the others`, async () => {
		const sim = await start();
		await upload(sim, [file('new.txt', 'n')]);
		const r = await post(sim, 'delete_files', { files: ['new.txt', 'Logo_de_tienda_1.png'] });
		expect([r.status, r.json!.data.files]).toEqual([207, [{ code: '403', name: 'new.txt' }, { code: '200', name: 'Logo_de_tienda_1.png' }]]);
		expect(named(sim, 'Logo_de_tienda_1.png')).toEqual([]);
		sim.setClock({ advanceMs: MIN_AGE_TO_DELETE_DAYS * DAY_MS });
		expect((await post(sim, 'delete_files', { files: ['new.txt'] })).json!.code).toBe('200');
		expect(named(sim, 'new.txt')).toEqual([]);
	});

	it('only POST; an unknown api is refused', async () => {
		const sim = await start();
		const get = await fetch(`${sim.url}/api/v2/wolkvox_storage.php?api=list_files`, { headers: { 'wolkvox-token': TOKEN } });
		expect(get.status).toBe(405);
		expect((await post(sim, 'rename_files', {})).status).toBe(400);
	});
});

describe('faults on storage writes', () => {
	it.each([['concurrencyRejections', 403], ['status5xx', 500], ['html502', 502]] as const)('%s before the API: nothing stored', async (fault, status) => {
		const sim = await start();
		sim.setFaults({ [fault]: 1 });
		expect((await upload(sim, [file('a.txt', 'a')])).status).toBe(status);
		expect(named(sim, 'a.txt')).toEqual([]);
	});

	it.each([['afterWrite5xx', 500], ['afterWriteHtml', 502]] as const)('%s: stored once, then the failure', async (fault, status) => {
		const sim = await start();
		sim.setFaults({ [fault]: 1 });
		expect((await upload(sim, [file('a.txt', 'a')])).status).toBe(status);
		expect(named(sim, 'a.txt').map((f) => f.uploads)).toEqual([1]);
	});

	it('after-write faults pass over the reads', async () => {
		const sim = await start();
		sim.setFaults({ afterWrite5xx: 1 });
		expect((await post(sim, 'list_files', {})).status).toBe(200);
		expect((await upload(sim, [file('a.txt', 'a')])).status).toBe(500);
	});
});
