// wolkvox_storage.php: the collection's folder "wolkvox Storage", served against the simulator's files
// (state.ts). Every endpoint is a POST. Answer shapes, msgs and the 90-day delete rule are the
// collection's; the per-file error codes and texts, the page tokens and the all-failed answers are
// inferred (no source shows them).

import { DAY_MS, formatSql } from './clock';

/** One file of the store; folders exist as the paths of their files. */
export interface StoredFile {
	/** Unique per upload, as the collection's `{bucket}/{name}/{microseconds}`. */
	id: string;
	name: string;
	/** Its folder: `/` or `/Fondos`, no trailing slash. */
	path: string;
	/** In bytes. */
	size: number;
	contentType: string;
	public: boolean;
	/** Wall-clock ms of its upload: delete_files refuses files younger than 90 days. */
	uploadedAt: number;
	/** How many times upload_files has written it: every fault test expects 1. */
	uploads: number;
}

/** A part of a multipart/form-data body, as the server parsed it. */
export interface FormFile {
	field: string;
	filename: string;
	contentType: string;
	data: Buffer;
}

export interface MultipartForm {
	fields: Record<string, string>;
	files: FormFile[];
}

export const MIN_AGE_TO_DELETE_DAYS = 90;
const BUCKET = 'wvox-simulator';
const DEFAULT_PAGE = 150;

/** Inferred texts; the upload one is the collection's. */
export const STORAGE_MSG = {
	uploadRequired: "File upload is required (use 'file' for single or 'file[]' for multiple)",
	allUploaded: 'All files uploaded successfully',
	someUploaded: 'Some files could not be uploaded',
	accessChanged: 'Access changed successfully',
	notFound: 'File not found',
	tooRecent: `Files cannot be deleted until ${MIN_AGE_TO_DELETE_DAYS} days after upload`,
	emptyFile: 'The file is empty',
	noFile: 'THE FILE DOES NOT EXIST',
	badLimit: 'INVALID VALUE FOR LIMIT',
	badToken: 'INVALID VALUE FOR PAGE_TOKEN',
	noFiles: 'SOME PARAMETERS ARE REQUIRED',
} as const;

export interface StorageResult {
	status: number;
	body: Record<string, unknown>;
	/** It changed files (access, deletion, uploads): the after-write faults apply. */
	write: boolean;
}

const answer = (status: number, code: string, msg: string, data: unknown, write: boolean): StorageResult => ({
	status,
	write,
	body: { code, error: status >= 300 ? msg : null, msg, data },
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isForm = (v: unknown): v is MultipartForm => isObject(v) && Array.isArray((v as { files?: unknown }).files) && isObject((v as { fields?: unknown }).fields);

/** `Fondos`, `/Fondos/` and ` /Fondos ` are the folder `/Fondos`; blank is the root. */
export function folderOf(path: unknown): string {
	const text = typeof path === 'string' ? path.trim() : '';
	const parts = text.split('/').filter((p) => p !== '');
	return `/${parts.join('/')}`;
}

/** The files the store starts with: the collection's examples, uploaded long ago. */
export function seededFiles(now: number): StoredFile[] {
	const old = now - 200 * DAY_MS;
	const file = (name: string, path: string, size: number, contentType: string, i: number): StoredFile => ({
		id: `${BUCKET}/${name}/${(old + i) * 1000}`, name, path, size, contentType, public: false, uploadedAt: old + i, uploads: 0,
	});
	return [
		file('Logo_de_tienda_1.png', '/', 41_943, 'image/png', 1),
		file('SummerShower_QuincasMoreira_Clipped.gsm', '/', 52_428, 'audio/x-gsm', 2),
		file('SummerShower_QuincasMoreira_Clipped.wav', '/', 524_288, 'audio/wav', 3),
		file('wolkvox_review_249-250.pdf', '/', 3_027_238, 'application/pdf', 4),
		file('fondo_azul.jpg', '/Fondos', 204_800, 'image/jpeg', 5),
	];
}

const megabytes = (bytes: number, digits: number) => (bytes / (1024 * 1024)).toFixed(digits);

/** The state the handlers change: the files, and the wall clock. */
export interface StorageState {
	files: StoredFile[];
	nowWall: number;
}

function listFiles(body: unknown, st: StorageState): StorageResult {
	const b = isObject(body) ? body : {};
	const folder = folderOf(b.path);
	const limit = b.limit === undefined || b.limit === '' ? DEFAULT_PAGE : Number(b.limit);
	if (!Number.isInteger(limit) || limit < 1) return answer(400, '400', STORAGE_MSG.badLimit, null, false);
	let offset = 0;
	if (b.page_token !== undefined && b.page_token !== null && b.page_token !== '') {
		const m = /^page-(\d+)$/.exec(String(b.page_token));
		if (!m) return answer(400, '400', STORAGE_MSG.badToken, null, false);
		offset = Number(m[1]);
	}
	const files = st.files.filter((f) => f.path === folder).sort((a, b2) => a.name.localeCompare(b2.name));
	const below = folder === '/' ? '/' : `${folder}/`;
	const folders = [...new Set(st.files.filter((f) => f.path.startsWith(below) && f.path !== folder).map((f) => f.path.slice(below.length).split('/')[0]))].sort();
	// Files first, then folders, as the collection's example lists them.
	const items = [
		...files.map((f) => ({
			name: f.name, file_name: f.name, contentType: f.contentType, id: f.id, updated: formatSql(f.uploadedAt), isDirectory: 'false', size: megabytes(f.size, 2),
		})),
		...folders.map((name) => ({ name, isDirectory: 'true' })),
	];
	const page = items.slice(offset, offset + limit);
	const next = offset + limit < items.length ? `page-${offset + limit}` : null;
	return answer(200, '200', 'OK', { items: page, pagination: { limit: String(limit), next_page_token: next } }, false);
}

function fileDetails(body: unknown, st: StorageState): StorageResult {
	const name = isObject(body) && typeof body.file_name === 'string' ? body.file_name.trim() : '';
	if (!name) return answer(400, '400', STORAGE_MSG.noFiles, null, false);
	const f = st.files.find((file) => file.name === name);
	if (!f) return answer(404, '404', STORAGE_MSG.noFile, null, false);
	const fullName = f.path === '/' ? f.name : `${f.path.slice(1)}/${f.name}`;
	return answer(200, '200', 'OK', { full_name: fullName, file_name: f.name, updated: formatSql(f.uploadedAt), is_public: String(f.public), size_mb: megabytes(f.size, 3) }, false);
}

/** The `files` list of the access and delete bodies; undefined when it is not a list of names. */
function namesOf(body: unknown): string[] | undefined {
	if (!isObject(body) || !Array.isArray(body.files) || body.files.length === 0) return undefined;
	return body.files.every((n) => typeof n === 'string' && n.trim() !== '') ? (body.files as string[]).map((n) => n.trim()) : undefined;
}

/** Overall code: 200 when every file went through, else 207 (Multi-Status), as delete_files documents. */
const overall = (codes: string[]) => (codes.every((c) => c === '200') ? '200' : '207');

const setAccess = (isPublic: boolean) => (body: unknown, st: StorageState): StorageResult => {
	const names = namesOf(body);
	if (!names) return answer(400, '400', STORAGE_MSG.noFiles, null, false);
	const files = names.map((name) => {
		const found = st.files.filter((f) => f.name === name);
		for (const f of found) f.public = isPublic;
		return found.length > 0 ? { name, code: '200', message: STORAGE_MSG.accessChanged } : { name, code: '404', message: STORAGE_MSG.notFound };
	});
	const code = overall(files.map((f) => f.code));
	return answer(Number(code), code, 'OK', { code, message: code === '200' ? STORAGE_MSG.accessChanged : 'Some files could not be changed', files }, true);
};

function deleteFiles(body: unknown, st: StorageState): StorageResult {
	const names = namesOf(body);
	if (!names) return answer(400, '400', STORAGE_MSG.noFiles, null, false);
	const files = names.map((name) => {
		const found = st.files.filter((f) => f.name === name);
		if (found.length === 0) return { code: '404', name };
		if (found.some((f) => st.nowWall - f.uploadedAt < MIN_AGE_TO_DELETE_DAYS * DAY_MS)) return { code: '403', name };
		st.files = st.files.filter((f) => f.name !== name);
		return { code: '200', name };
	});
	const code = overall(files.map((f) => f.code));
	return answer(Number(code), code, 'OK', { error: code === '200' ? '' : STORAGE_MSG.tooRecent, files }, true);
}

/** Each file once: a name already in the folder is overwritten (a new id), and counted as written again. */
function uploadFiles(body: unknown, st: StorageState, nextId: () => number): StorageResult {
	const form = isForm(body) ? body : undefined;
	const parts = form?.files.filter((f) => f.field === 'file' || f.field === 'file[]') ?? [];
	if (!form || parts.length === 0) return answer(400, '400', STORAGE_MSG.uploadRequired, null, false);
	const path = folderOf(form.fields.path);
	const successful: Array<{ name: string; status: string }> = [];
	const errors: Array<{ name: string; error: string }> = [];
	for (const part of parts) {
		const name = part.filename.trim();
		if (!name || part.data.length === 0) {
			errors.push({ name, error: STORAGE_MSG.emptyFile });
			continue;
		}
		const existing = st.files.find((f) => f.name === name && f.path === path);
		const stored: StoredFile = {
			id: `${BUCKET}/${name}/${st.nowWall * 1000 + nextId()}`, name, path, size: part.data.length, contentType: part.contentType || 'application/octet-stream',
			public: existing?.public ?? false, uploadedAt: st.nowWall, uploads: (existing?.uploads ?? 0) + 1,
		};
		st.files = [...st.files.filter((f) => f !== existing), stored];
		successful.push({ name, status: 'success' });
	}
	const msg = errors.length === 0 ? STORAGE_MSG.allUploaded : STORAGE_MSG.someUploaded;
	const counts = { success: String(successful.length), errors: String(errors.length), total_received: String(parts.length) };
	return answer(200, '200', msg, { successful_files: successful, errors, counts }, successful.length > 0);
}

type Handler = (body: unknown, st: StorageState, nextId: () => number) => StorageResult;

export const STORAGE_SPECS: Record<string, Handler> = {
	list_files: listFiles,
	file_details: fileDetails,
	public_access: setAccess(true),
	restricted_access: setAccess(false),
	delete_files: deleteFiles,
	upload_files: uploadFiles,
};

/** The reads among them: no after-write fault, and a stall waits on their answer. */
export const STORAGE_READS = ['list_files', 'file_details'];

/** Parses a multipart/form-data body (RFC 7578); undefined when it is not one. */
export function parseMultipart(bytes: Buffer, contentType: string): MultipartForm | undefined {
	const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	if (!/^multipart\/form-data/i.test(contentType) || !boundary) return undefined;
	const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
	const form: MultipartForm = { fields: {}, files: [] };
	let at = bytes.indexOf(delimiter);
	if (at < 0) return undefined;
	for (;;) {
		const after = at + delimiter.length;
		if (bytes.subarray(after, after + 2).toString() === '--') return form;
		const headStart = after + 2; // CRLF
		const headEnd = bytes.indexOf('\r\n\r\n', headStart);
		if (headEnd < 0) return undefined;
		const next = bytes.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
		if (next < 0) return undefined;
		const head = bytes.subarray(headStart, headEnd).toString('utf8');
		const data = bytes.subarray(headEnd + 4, next);
		const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
		const filename = /filename="([^"]*)"/i.exec(head)?.[1];
		const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? '';
		const decode = (s: string) => s.replace(/%22/g, '"').replace(/%0D/g, '\r').replace(/%0A/g, '\n');
		if (filename === undefined) form.fields[decode(name)] = data.toString('utf8');
		else form.files.push({ field: decode(name), filename: decode(filename), contentType: type, data: Buffer.from(data) });
		at = next + 2;
	}
}

/** What the log shows of a form: its fields, and each file's name, type and size, not its bytes. */
export function formSummary(form: MultipartForm): Record<string, unknown> {
	return { fields: { ...form.fields }, files: form.files.map((f) => ({ field: f.field, filename: f.filename, contentType: f.contentType, size: f.data.length })) };
}
