/**
 * The Storage resource in n8n-core's real WorkflowExecute against the simulator's files: every
 * operation (body sent, effect, items out and paired), uploads from binary data (one call for the
 * items of one folder, separate calls per folder, the per-call caps), each fault with no file stored
 * twice (n8n's Retry On Fail included), and bad input with nothing sent.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { UPLOAD_CAPS } from '../../nodes/Wolkvox/shared/catalog/storage';
import { DEFAULT_RETRY } from '../../nodes/Wolkvox/shared/transport/request';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { MIN_AGE_TO_DELETE_DAYS, startSimulator } from '../../tools/simulator/server';
import type { Faults, Simulator } from '../../tools/simulator/server';
import { runNode } from './harness';

const TOKEN = 'sim-token-storage-5c1a';
const NOW = new Date('2026-11-23T15:30:00Z');
const DAY_MS = 86_400_000;

let sim: Simulator;
beforeEach(async () => {
	sim = await startSimulator({ token: TOKEN, seed: 3, now: () => NOW });
});
afterEach(async () => {
	await sim.close();
});

const realRetry = { ...DEFAULT_RETRY };
beforeAll(() => Object.assign(DEFAULT_RETRY, { baseDelayMs: 5 }));
afterAll(() => Object.assign(DEFAULT_RETRY, realRetry));

interface Run {
	continueOnFail?: boolean;
	retryOnFail?: boolean;
	faults?: Partial<Faults>;
}

async function run(parameters: INodeParameters, inputItems: INodeExecutionData[] = [{ json: {} }], o: Run = {}) {
	if (o.faults) sim.setFaults(o.faults);
	const before = sim.stats.requests;
	const logged = sim.stats.log.length;
	const result = await runNode({
		node: new Wolkvox(),
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1 } },
		parameters: { resource: 'storage', ...parameters },
		inputItems,
		continueOnFail: o.continueOnFail,
		retry: o.retryOnFail ? { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 } : undefined,
	});
	const calls = sim.stats.log.slice(logged).filter((entry) => entry.path === '/api/v2/wolkvox_storage.php');
	// Counted on arrival: a stalled answer is logged only once it is sent, perhaps after the run.
	const arrived = sim.stats.requests - before;
	return { ...result, json: result.items.map((item) => item.json), pairs: result.items.map((item) => (item.pairedItem as { item: number }).item), calls, arrived };
}

/** An input item carrying one file in its binary property `data` (n8n's in-memory form: base64). */
const fileItem = (fileName: string | undefined, text: string, json: IDataObject = {}, property = 'data'): INodeExecutionData => ({
	json,
	binary: { [property]: { data: Buffer.from(text).toString('base64'), mimeType: 'text/plain', ...(fileName === undefined ? {} : { fileName }) } },
});

const UPLOAD: INodeParameters = { operation: 'upload_files', binaryPropertyName: 'data' };
const stored = (name: string) => sim.state.files.filter((f) => f.name === name);
const uploadCounts = (names: string[]) => names.map((name) => stored(name).reduce((sum, f) => sum + f.uploads, 0));
/** What each upload call carried: its path field and file names. */
const uploadsSent = (calls: Array<{ query: Record<string, string>; body?: unknown }>) =>
	calls
		.filter((c) => c.query.api === 'upload_files')
		.map((c) => {
			const body = c.body as { fields: { path?: string }; files: Array<{ field: string; filename: string }> };
			return { path: body.fields.path, files: body.files.map((f) => `${f.field}:${f.filename}`) };
		});

describe('Storage reads', () => {
	it('List Files: every file of the folder, typed, with one body per page', async () => {
		const { json, calls, error } = await run({ operation: 'list_files', returnAll: true, additionalFields: { path: '/Fondos' } });
		expect(error).toBeUndefined();
		expect(json).toEqual([
			{ name: 'fondo_azul.jpg', file_name: 'fondo_azul.jpg', contentType: 'image/jpeg', id: expect.stringContaining('fondo_azul.jpg'), updated: expect.stringMatching(/^2026-05-07T\d\d:\d\d:\d\d-05:00$/), isDirectory: 'false', size: 0.2 },
		]);
		expect(calls.map((c) => [c.method, c.query.api, c.body])).toEqual([['POST', 'list_files', { path: '/Fondos', limit: 150 }]]);
	});

	it('List Files follows next_page_token until the last page, and stops once the Limit is met', async () => {
		// 170 files in one folder: two pages of 150.
		const many = Array.from({ length: 170 }, (_, i) => fileItem(`f${String(i).padStart(3, '0')}.txt`, `file ${i}`));
		expect((await run({ ...UPLOAD, additionalFields: { path: '/Many' } }, many)).error).toBeUndefined();
		const all = await run({ operation: 'list_files', returnAll: true, additionalFields: { path: '/Many' } });
		expect(all.json.map((row) => row.name)).toEqual(many.map((item) => item.binary!.data.fileName));
		expect(all.calls.map((c) => (c.body as IDataObject).page_token)).toEqual([undefined, expect.any(String)]);
		expect(new Set(all.pairs)).toEqual(new Set([0]));

		const some = await run({ operation: 'list_files', returnAll: false, limit: 10, additionalFields: { path: '/Many' } });
		expect(some.json).toHaveLength(10);
		expect(some.calls).toHaveLength(1);
	});

	it('Get File Details: the file as one typed row; a name Wolkvox does not hold (its 404) gives no row', async () => {
		const { json } = await run({ operation: 'file_details', file_name: 'wolkvox_review_249-250.pdf' });
		expect(json).toEqual([{ full_name: 'wolkvox_review_249-250.pdf', file_name: 'wolkvox_review_249-250.pdf', updated: expect.any(String), is_public: 'false', size_mb: 2.887 }]);
		const missing = await run({ operation: 'file_details', file_name: 'nope.pdf' });
		expect([missing.error, missing.json, missing.calls.map((c) => c.status)]).toEqual([undefined, [], [404]]);
	});
});

describe('Storage access and deletion', () => {
	const names = (...list: string[]) => list.map((name) => ({ json: { name } }));

	it('Grant Public Access: the items in one call, each with its own file outcome; Restrict Access undoes it', async () => {
		const { json, calls, pairs } = await run({ operation: 'public_access', files: '={{ $json.name }}' }, names('Logo_de_tienda_1.png', 'nope.png'));
		expect(calls.map((c) => c.body)).toEqual([{ files: ['Logo_de_tienda_1.png', 'nope.png'] }]);
		expect(pairs).toEqual([0, 1]);
		expect(json).toEqual([
			{ outcome: 'published', sent: { files: 'Logo_de_tienda_1.png' }, code: 207, msg: 'OK', call: { number: 1, items: 2 }, file: { name: 'Logo_de_tienda_1.png', code: '200', message: 'Access changed successfully' } },
			{ outcome: 'rejected', sent: { files: 'nope.png' }, code: 207, msg: 'OK', call: { number: 1, items: 2 }, file: { name: 'nope.png', code: '404', message: 'File not found' } },
		]);
		expect(stored('Logo_de_tienda_1.png')[0].public).toBe(true);
		const back = await run({ operation: 'restricted_access', files: 'Logo_de_tienda_1.png' });
		expect(back.json[0].outcome).toBe('restricted');
		expect(stored('Logo_de_tienda_1.png')[0].public).toBe(false);
	});

	it(`Delete Files: old files deleted, files younger than ${MIN_AGE_TO_DELETE_DAYS} days rejected by Wolkvox, each item saying which`, async () => {
		await run(UPLOAD, [fileItem('fresh.txt', 'new')]);
		const { json } = await run({ operation: 'delete_files', files: '={{ $json.name }}' }, names('fresh.txt', 'Logo_de_tienda_1.png'));
		expect(json.map((item) => [item.outcome, (item.file as IDataObject).code])).toEqual([
			['rejected', '403'],
			['deleted', '200'],
		]);
		expect(stored('Logo_de_tienda_1.png')).toEqual([]);
		expect(stored('fresh.txt')).toHaveLength(1);
		sim.setClock({ advanceMs: MIN_AGE_TO_DELETE_DAYS * DAY_MS });
		expect((await run({ operation: 'delete_files', files: 'fresh.txt' })).json[0].outcome).toBe('deleted');
	});

	it('take the file names explicitly: an empty one sends nothing', async () => {
		const { error, calls } = await run({ operation: 'delete_files', files: '' });
		expect(error?.message).toMatch(/File Name of item 1 is empty/);
		expect(calls).toEqual([]);
	});
});

describe('Upload Files from binary data', () => {
	it('one item: one call of `file`, stored once, the item says what it sent and what Wolkvox did', async () => {
		const { json, calls, error } = await run({ ...UPLOAD, additionalFields: { path: '/Docs' } }, [fileItem('a.txt', 'alpha')]);
		expect(error).toBeUndefined();
		expect(uploadsSent(calls)).toEqual([{ path: '/Docs', files: ['file:a.txt'] }]);
		expect(calls[0].headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(json).toEqual([
			{
				outcome: 'uploaded',
				sent: { path: '/Docs', file_name: 'a.txt', mime_type: 'text/plain', file_size: 5 },
				code: 200,
				msg: 'All files uploaded successfully',
				call: { number: 1, items: 1 },
				file: { name: 'a.txt', status: 'success' },
			},
		]);
		expect(stored('a.txt').map((f) => [f.path, f.size, f.uploads])).toEqual([['/Docs', 5, 1]]);
	});

	it('several items of one folder: one call of `file[]`; items of other folders: calls of their own, in order of their first item', async () => {
		const items = [fileItem('a.txt', 'a', { folder: '/A' }), fileItem('b.txt', 'b', { folder: '/B' }), fileItem('c.txt', 'c', { folder: '/A' })];
		const { json, calls, pairs } = await run({ ...UPLOAD, additionalFields: { path: '={{ $json.folder }}' } }, items);
		expect(uploadsSent(calls)).toEqual([
			{ path: '/A', files: ['file[]:a.txt', 'file[]:c.txt'] },
			{ path: '/B', files: ['file:b.txt'] },
		]);
		expect(pairs).toEqual([0, 1, 2]);
		expect(json.map((item) => [item.outcome, item.call])).toEqual([
			['uploaded', { number: 1, items: 2 }],
			['uploaded', { number: 2, items: 1 }],
			['uploaded', { number: 1, items: 2 }],
		]);
		expect(sim.state.files.filter((f) => f.uploads > 0).map((f) => `${f.path}/${f.name}`).sort()).toEqual(['/A/a.txt', '/A/c.txt', '/B/b.txt']);
	});

	it(`at most ${UPLOAD_CAPS.maxFiles} files per call; two files of one name never share a call`, async () => {
		const items = Array.from({ length: UPLOAD_CAPS.maxFiles + 1 }, (_, i) => fileItem(`f${i}.txt`, `${i}`));
		const { calls } = await run(UPLOAD, items);
		expect(uploadsSent(calls).map((c) => c.files.length)).toEqual([UPLOAD_CAPS.maxFiles, 1]);

		const same = await run(UPLOAD, [fileItem('same.txt', 'one'), fileItem('same.txt', 'two')]);
		expect(uploadsSent(same.calls).map((c) => c.files)).toEqual([['file:same.txt'], ['file:same.txt']]);
		expect(same.json.map((item) => item.outcome)).toEqual(['uploaded', 'uploaded']);
	});

	it('the binary property and the stored name are the user’s to choose', async () => {
		const { calls } = await run({ ...UPLOAD, binaryPropertyName: 'attachment', fileName: '={{ $json.name }}' }, [fileItem('tmp-123', 'x', { name: 'report.txt' }, 'attachment')]);
		expect(uploadsSent(calls)).toEqual([{ path: undefined, files: ['file:report.txt'] }]);
		expect(stored('report.txt')).toHaveLength(1);
	});

	it('a file Wolkvox rejects is rejected on its own item; the others are uploaded', async () => {
		const { json } = await run(UPLOAD, [fileItem('ok.txt', 'fine'), fileItem('empty.txt', '')]);
		expect(json.map((item) => [item.outcome, item.file])).toEqual([
			['uploaded', { name: 'ok.txt', status: 'success' }],
			['rejected', { name: 'empty.txt', error: 'The file is empty' }],
		]);
	});
});

describe('Upload Files: bad input sends nothing', () => {
	it('an item without the binary property stops the node before any call, naming the item and the fields it has', async () => {
		const items = [fileItem('a.txt', 'a'), fileItem('b.txt', 'b', {}, 'file')];
		const { error, calls } = await run(UPLOAD, items);
		expect(error?.message).toBe('Upload Files: item 2 has no binary data "data"');
		expect(error?.description).toMatch(/Its binary fields are: file\. .*Nothing was sent\./);
		expect(calls).toEqual([]);
		expect(stored('a.txt')).toEqual([]);
	});

	it('an item with no binary data at all, or a file without a name, says so', async () => {
		const bare = await run(UPLOAD, [{ json: { a: 1 } }]);
		expect(bare.error?.description).toMatch(/The item carries no file/);
		const nameless = await run(UPLOAD, [fileItem(undefined, 'x')]);
		expect(nameless.error?.message).toBe('Upload Files: the file of item 1 has no name');
		expect([...bare.calls, ...nameless.calls]).toEqual([]);
	});

	it('continueOnFail: the bad item is marked invalid, the good ones are uploaded', async () => {
		const { json, calls } = await run(UPLOAD, [fileItem('a.txt', 'a'), { json: {} }], { continueOnFail: true });
		expect(json.map((item) => item.outcome)).toEqual(['uploaded', 'invalid']);
		expect(json[1].error).toMatch(/item 2 has no binary data "data"/);
		expect(uploadsSent(calls)).toEqual([{ path: undefined, files: ['file:a.txt'] }]);
	});
});

describe('Upload Files: no file stored twice, whatever the fault', () => {
	const names = ['a.txt', 'b.txt', 'c.txt'];
	const items = () => names.map((name) => fileItem(name, name));
	const params = { ...UPLOAD, options: { timeout: 1000 } };

	it('a simultaneous-requests 403 storm is retried until the call goes through: each file once', async () => {
		const { json, calls } = await run(params, items(), { faults: { concurrencyRejections: 3 } });
		expect(json.map((item) => item.outcome)).toEqual(['uploaded', 'uploaded', 'uploaded']);
		expect(calls).toHaveLength(4);
		expect(uploadCounts(names)).toEqual([1, 1, 1]);
	});

	it.each([
		['afterWrite5xx', { afterWrite5xx: 1 }, 1],
		['afterWriteHtml', { afterWriteHtml: 1 }, 1],
		['afterWriteCut', { afterWriteCut: 1 }, 1],
		['afterWriteTimeout', { afterWriteTimeout: 1, stallMs: 3000 }, 1],
		['status5xx (before the API)', { status5xx: 1 }, 0],
		['html502 (before the API)', { html502: 1 }, 0],
	] as Array<[string, Partial<Faults>, number]>)('%s: outcome unknown, not sent again, with Retry On Fail on', async (_name, faults, copies) => {
		const { json, arrived } = await run(params, items(), { faults, continueOnFail: true, retryOnFail: true });
		expect(arrived).toBe(1);
		expect(json.map((item) => item.outcome)).toEqual(['unknown', 'unknown', 'unknown']);
		expect(json[0].error).toMatch(/^Wolkvox upload_files: outcome unknown/);
		expect(json[0].description).toMatch(/It was not sent again.*List Files or Get File Details/);
		expect(uploadCounts(names)).toEqual([copies, copies, copies]);
	});

	it('a 403 storm longer than the retries: refused, nothing stored, and sent again only as the retries allow', async () => {
		const attempts = DEFAULT_RETRY.retries + 1;
		const { json, calls } = await run(params, items(), { faults: { concurrencyRejections: attempts }, continueOnFail: true });
		expect(json.map((item) => item.outcome)).toEqual(['refused', 'refused', 'refused']);
		expect(calls).toHaveLength(attempts);
		expect(uploadCounts(names)).toEqual([0, 0, 0]);
	});

	it('a lost answer on the second of two calls: the first call’s files stay uploaded, the error says so, nothing is sent twice', async () => {
		const twoFolders = [fileItem('a.txt', 'a', { folder: '/A' }), fileItem('b.txt', 'b', { folder: '/B' })];
		const { error, calls } = await run({ ...params, additionalFields: { path: '={{ $json.folder }}' } }, twoFolders, { faults: { faultsAfter: 1, afterWrite5xx: 1 }, retryOnFail: true });
		expect(error?.message).toMatch(/^Wolkvox upload_files: outcome unknown/);
		expect(error?.description).toMatch(/Before it, 1 of 2 calls \(1 items\) were done/);
		expect(calls).toHaveLength(2);
		expect(uploadCounts(['a.txt', 'b.txt'])).toEqual([1, 1]);
	});

	it('continueOnFail off, Retry On Fail on: the node fails once and n8n’s retries do not upload again', async () => {
		const { error, calls } = await run(params, items(), { faults: { afterWrite5xx: 1 }, retryOnFail: true });
		expect(error?.message).toMatch(/^Wolkvox upload_files: outcome unknown/);
		expect(calls).toHaveLength(1);
		expect(uploadCounts(names)).toEqual([1, 1, 1]);
	});

	it('a success item has no error key, so Retry On Fail cannot repeat an upload that worked', async () => {
		const { json, calls } = await run(params, items(), { retryOnFail: true });
		expect(json.every((item) => !('error' in item))).toBe(true);
		expect(calls).toHaveLength(1);
		expect(uploadCounts(names)).toEqual([1, 1, 1]);
	});
});
