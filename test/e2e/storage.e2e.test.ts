/**
 * Storage in real n8n (every pinned version): files made by n8n's own nodes go to wolkvox Storage
 * through Upload Files, and List Files then shows them. One workflow makes its files with Convert to
 * File (text into the binary field `file`, a folder path), the other with a Code node returning
 * base64 binary data in the default field `data`. Expected values are the files' own bytes and names
 * and the simulator's state, never the node's code.
 */
import { nodeItems, type JsonObject, type RunItem } from '../../tools/lib/n8n';
import { chain, itemsNode, manualTrigger, wolkvoxNode, type CredentialRef, type NodeSpec } from '../../tools/lib/workflows';
import { e2eVersions, packOnce, pairedIndex, SESSION_TIMEOUT, startSession, type Scenario, type Session } from './session';

const VERSIONS = e2eVersions();

const FOLDER = '/E2E';
const TEXTS = [
	{ name: 'hello.txt', content: 'Hello from n8n' },
	{ name: 'notes.txt', content: 'Second file, ñ included' },
];
const CODE_FILES = [
	{ fileName: 'one.bin', bytes: [0, 1, 2, 254, 255] },
	{ fileName: 'two.bin', bytes: [13, 10, 45, 45, 13, 10] },
];

const listFiles = (credential: CredentialRef, path?: string): NodeSpec => ({
	...wolkvoxNode({ resource: 'storage', operation: 'list_files', returnAll: true, additionalFields: path ? { path } : {} }, credential, { name: 'List Files' }),
	// Once, after every upload: not once per uploaded item.
	executeOnce: true,
});

/** A Code node returning items with base64 binary data, as a user's script would. */
const codeFiles = (): NodeSpec => ({
	name: 'Make Files',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	parameters: {
		jsCode: `return ${JSON.stringify(CODE_FILES)}.map((f) => ({ json: { fileName: f.fileName }, binary: { data: { data: Buffer.from(f.bytes).toString('base64'), mimeType: 'application/octet-stream', fileName: f.fileName } } }));`,
	},
});

const SCENARIOS: Scenario[] = [
	{
		key: 'storage-convert',
		workflow: (id: string, credential: CredentialRef): JsonObject =>
			chain(id, 'e2e storage convert', [
				manualTrigger(),
				itemsNode('Texts', TEXTS),
				{
					name: 'Convert to File',
					type: 'n8n-nodes-base.convertToFile',
					typeVersion: 1.1,
					parameters: { operation: 'toText', sourceProperty: 'content', binaryPropertyName: 'file', options: { fileName: '={{ $json.name }}' } },
				},
				wolkvoxNode({ resource: 'storage', operation: 'upload_files', binaryPropertyName: 'file', additionalFields: { path: FOLDER } }, credential, { name: 'Upload' }),
				listFiles(credential, FOLDER),
			]),
	},
	{
		key: 'storage-code',
		workflow: (id: string, credential: CredentialRef): JsonObject =>
			chain(id, 'e2e storage code', [
				manualTrigger(),
				codeFiles(),
				wolkvoxNode({ resource: 'storage', operation: 'upload_files' }, credential, { name: 'Upload' }),
				listFiles(credential),
			]),
	},
];

const pack = packOnce();


describe.each(VERSIONS)('n8n %s', (version) => {
	let session: Session;

	beforeAll(async () => {
		session = await startSession(version, pack.tgz(), SCENARIOS);
	}, SESSION_TIMEOUT);

	afterAll(async () => {
		await session?.close();
	});

	function itemsOf(key: string, node: string): RunItem[] {
		const entry = session.run(key).entry;
		if (entry?.status !== 'success') throw new Error(`workflow "${key}" ended ${entry?.status}: ${entry?.error}`);
		return nodeItems(entry.result, node);
	}
	/** What each upload call of a scenario carried: its path and its files' form fields and names. */
	const uploads = (key: string) =>
		session
			.run(key)
			.apiLog()
			.filter((e) => e.query.api === 'upload_files')
			.map((e) => {
				const body = e.body as { fields: Record<string, string>; files: Array<{ field: string; filename: string; size: number }> };
				return { path: body.fields.path, files: body.files.map((f) => [f.field, f.filename, f.size]) };
			});

	it('Convert to File → Upload Files: both files in one call to the folder, each item uploaded and paired', () => {
		const items = itemsOf('storage-convert', 'Upload');
		expect(items.map((i) => [i.json.outcome, (i.json.sent as JsonObject).file_name, (i.json.sent as JsonObject).path, pairedIndex(i)])).toEqual([
			['uploaded', 'hello.txt', FOLDER, 0],
			['uploaded', 'notes.txt', FOLDER, 1],
		]);
		expect(items.every((i) => !('error' in i.json))).toBe(true);
		expect(uploads('storage-convert')).toEqual([{ path: FOLDER, files: TEXTS.map((t) => ['file[]', t.name, Buffer.byteLength(t.content)]) }]);
		const stored = session.run('storage-convert').sim.state.files.filter((f) => f.path === FOLDER);
		expect(stored.map((f) => [f.name, f.size, f.uploads, f.contentType])).toEqual(TEXTS.map((t) => [t.name, Buffer.byteLength(t.content), 1, expect.stringMatching(/^text\/plain/)]));
	});

	it('→ List Files: the folder holds exactly the uploaded files, listed once', () => {
		const items = itemsOf('storage-convert', 'List Files');
		expect(items.map((i) => [i.json.name, i.json.isDirectory, i.json.size])).toEqual(TEXTS.map((t) => [t.name, 'false', 0]));
		expect(session.run('storage-convert').apiLog().filter((e) => e.query.api === 'list_files').map((e) => e.body)).toEqual([{ path: FOLDER, limit: 150 }]);
	});

	it('Code node binary data → Upload Files (default field `data`) → List Files at the root shows them beside the seeded files', () => {
		const items = itemsOf('storage-code', 'Upload');
		expect(items.map((i) => [i.json.outcome, (i.json.sent as JsonObject).file_size])).toEqual(CODE_FILES.map((f) => ['uploaded', f.bytes.length]));
		expect(uploads('storage-code')).toEqual([{ path: undefined, files: CODE_FILES.map((f) => ['file[]', f.fileName, f.bytes.length]) }]);
		const names = itemsOf('storage-code', 'List Files').map((i) => i.json.name);
		expect(names).toEqual(expect.arrayContaining(CODE_FILES.map((f) => f.fileName)));
		expect(session.run('storage-code').sim.state.files.filter((f) => f.uploads > 0).map((f) => [f.name, f.path, f.size, f.uploads])).toEqual(CODE_FILES.map((f) => [f.fileName, '/', f.bytes.length, 1]));
	});
});
