/**
 * A multipart/form-data body (RFC 7578) written by hand into one Buffer: node code may import only
 * n8n-workflow, and a Buffer is bytes the HTTP client sends as they are. Pure.
 */

/** One file of an upload: its bytes and what the form says of them. */
export interface FilePart {
	fileName: string;
	mimeType: string;
	data: Buffer;
}

export interface MultipartBody {
	/** The Content-Type header, with the boundary. */
	contentType: string;
	bytes: Buffer;
	/**
	 * Names the content: two bodies with the same fingerprint are, to a practical certainty, the
	 * same bytes (the at-most-once ledger keys a call by it instead of by megabytes of text).
	 */
	fingerprint: string;
}

const CRLF = '\r\n';

/** FNV-1a, 32 bits, from `seed`: a checksum, not a defence against someone forging a collision. */
function fnv1a(chunks: Buffer[], seed: number): number {
	let hash = seed >>> 0;
	for (const chunk of chunks) {
		for (let i = 0; i < chunk.length; i++) {
			hash ^= chunk[i];
			hash = Math.imul(hash, 0x01000193) >>> 0;
		}
	}
	return hash;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/**
 * A header value's quoted text as browsers write it (HTML's form encoding): a quote and line breaks
 * percent-encoded, everything else, UTF-8 included, as it is.
 */
function quoted(text: string): string {
	return `"${text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

/**
 * The body of `fields` (texts) and `files`, each file under `fileField`. The boundary comes from the
 * content, so the same content gives the same bytes (a retried run is recognised as the same call),
 * and it is lengthened until no part contains it.
 */
export function multipartBody(fields: Record<string, string>, fileField: string, files: FilePart[]): MultipartBody {
	const heads: Buffer[] = [];
	const chunks: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) chunks.push(Buffer.from(`${name}=${value}`, 'utf8'));
	for (const file of files) {
		heads.push(Buffer.from(`${file.fileName}\u0000${file.mimeType}`, 'utf8'));
		chunks.push(file.data);
	}
	const fingerprint = `${hex(fnv1a([...heads, ...chunks], 0x811c9dc5))}${hex(fnv1a([...heads, ...chunks], 0x050c5d1f))}`;
	let boundary = `----n8nWolkvox${fingerprint}`;
	while ([...chunks, ...heads].some((chunk) => chunk.includes(boundary))) boundary += fingerprint.slice(0, 4);

	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		parts.push(Buffer.from(`--${boundary}${CRLF}Content-Disposition: form-data; name=${quoted(name)}${CRLF}${CRLF}${value}${CRLF}`, 'utf8'));
	}
	for (const file of files) {
		// A type with a line break would start a header of its own.
		const type = /^[^\r\n]+$/.test(file.mimeType) ? file.mimeType : 'application/octet-stream';
		const head = `--${boundary}${CRLF}Content-Disposition: form-data; name=${quoted(fileField)}; filename=${quoted(file.fileName)}${CRLF}Content-Type: ${type}${CRLF}${CRLF}`;
		parts.push(Buffer.from(head, 'utf8'), file.data, Buffer.from(CRLF, 'utf8'));
	}
	parts.push(Buffer.from(`--${boundary}--${CRLF}`, 'utf8'));
	return { contentType: `multipart/form-data; boundary=${boundary}`, bytes: Buffer.concat(parts), fingerprint };
}
