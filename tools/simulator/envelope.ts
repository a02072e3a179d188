// Response bodies: the Wolkvox JSON envelope (docs/wolkvox-api.md#response-envelope) and the non-JSON pages.

export type Row = Record<string, string>;

/** A value on the wire: a string, or (attach_array, nested reports) a list. */
export type WireValue = string | string[] | WireRow[];
export interface WireRow {
	[key: string]: WireValue;
}
/** `data`: a list of rows, one object (info_server), an object of objects (cdr_4), or null. */
export type WireData = WireRow[] | WireRow | Record<string, WireRow> | null;

/** A fully decided HTTP answer, written after the simulated latency. */
export interface Answer {
	status: number;
	contentType: string;
	body: string;
}

const JSON_TYPE = 'application/json; charset=utf-8'; // docs/wolkvox-api.md#response-envelope: names carry accented letters

/** Messages from the "API response codes" table (docs/wolkvox-api.md#errors), except where marked inferred. */
export const MSG = {
	noToken: 'PLEASE ENTER THE WOLKVOX-TOKEN',
	badToken: 'PLEASE VALIDATE TOKEN',
	quota: 'TOKEN LIMIT EXCEEDED',
	concurrency: 'EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN',
	noApi: 'THE API YOU WANT TO CONSULT DOES NOT EXIST',
	params: 'SOME PARAMETERS ARE REQUIRED',
	/** Inferred: docs/wolkvox-api.md#limits gives the 31-day limit but not the answer to a longer range. */
	range: (days: number) => `THE DATE RANGE CANNOT EXCEED ${days} DAYS`,
	/** docs/wolkvox-api.md#response-envelope: reports say "N records were found". */
	found: (n: number) => `${n} records were found`,
	/** docs/wolkvox-api.md#response-envelope: billing says this instead of a count. */
	billing: 'Information found for the current month',
} as const;

/**
 * How the n-th envelope (0-based, counted per server since start/reset) spells `code` and `error`.
 * docs/wolkvox-api.md#response-envelope: `code` is a number in most collection examples, the string "200" in many; `error` is
 * once the string "null". The pattern is inferred: odd answers use a string code, every 7th (n % 7 == 3)
 * a string "null" error.
 */
export function envelopeVariant(n: number): { codeAsString: boolean; errorAsString: boolean } {
	return { codeAsString: n % 2 === 1, errorAsString: n % 7 === 3 };
}

/**
 * The envelope for an HTTP status. Inferred for errors (no source shows an error body): `error` and
 * `msg` both carry the message and `data` is null, except the empty-range 404 which keeps `data: []`.
 */
export function envelope(status: number, msg: string, data: WireData, n: number, code?: string): Answer {
	const v = envelopeVariant(n);
	const ok = status < 400 || status === 404;
	const body = {
		// An endpoint whose documented example shows another spelling ("", "0", " ") uses it on success.
		code: code !== undefined && status === 200 ? code : v.codeAsString ? String(status) : status,
		error: ok ? (v.errorAsString ? 'null' : null) : msg,
		msg,
		data,
	};
	return { status, contentType: JSON_TYPE, body: JSON.stringify(body) };
}

/** A 200 with the rows and no envelope, as the real_time campaigns example shows. */
export function bareAnswer(data: WireData): Answer {
	return { status: 200, contentType: JSON_TYPE, body: JSON.stringify(data) };
}

/** Invented (docs/wolkvox-api.md#errors: "body unknown"): a maintenance 403 in the envelope's shape. */
export function maintenancePage(): Answer {
	const body = { code: 403, error: 'MAINTENANCE', msg: 'THE SERVER IS IN MAINTENANCE, TRY AGAIN LATER', data: null };
	return { status: 403, contentType: JSON_TYPE, body: JSON.stringify(body) };
}

/** What a reverse proxy (nginx) answers when the PHP backend is down. */
export function html502Page(): Answer {
	const body = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
		'<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
	return { status: 502, contentType: 'text/html', body };
}

/** A server error, alternately JSON (even n) and PHP-style plain text (odd n). Inferred. */
export function internalError(n: number): Answer {
	if (n % 2 === 1) return { status: 500, contentType: 'text/plain; charset=utf-8', body: 'Internal Server Error' };
	const body = { code: 500, error: 'INTERNAL SERVER ERROR', msg: 'INTERNAL SERVER ERROR', data: null };
	return { status: 500, contentType: JSON_TYPE, body: JSON.stringify(body) };
}

/** Inferred: a path outside the API scripts gets the web server's own 404 page. */
export function notFoundPage(): Answer {
	return { status: 404, contentType: 'text/html', body: '<html><body><h1>Not Found</h1></body></html>' };
}

/** Inferred: the read scripts only answer GET. */
export function methodNotAllowed(): Answer {
	return { status: 405, contentType: 'text/plain; charset=utf-8', body: 'Method Not Allowed' };
}

/** A body cut in half: still 200 and JSON-typed, but unparseable (a proxy or PHP dying mid-write). */
export function truncated(a: Answer): Answer {
	return { status: 200, contentType: JSON_TYPE, body: a.body.slice(0, Math.max(1, Math.floor(a.body.length / 2))) };
}

/** A JSON envelope answer rewritten by `change`; other answers (HTML, plain text, bare arrays) as they are. */
function rewriteEnvelope(a: Answer, change: (body: Record<string, unknown>) => void): Answer {
	if (a.contentType !== JSON_TYPE) return a;
	const body = JSON.parse(a.body) as unknown;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return a;
	change(body as Record<string, unknown>);
	return { ...a, body: JSON.stringify(body) };
}

/** Fault `codeAsString`: `code` spelled as a string, `"200"`, `"403"`. */
export function codeAsString(a: Answer): Answer {
	return rewriteEnvelope(a, (body) => {
		body.code = String(body.code);
	});
}

/** Fault `errorsAsHttp200`: an error envelope sent with HTTP 200, its status only in `code`. */
export function errorAsHttp200(a: Answer): Answer {
	return a.status >= 300 && a.contentType === JSON_TYPE ? { ...a, status: 200 } : a;
}

/** Fault `dataAsObject`: a list in `data` as PHP encodes an array whose keys have gaps, `{"0": …, "1": …}`. */
export function dataAsObject(a: Answer): Answer {
	return rewriteEnvelope(a, (body) => {
		if (Array.isArray(body.data)) body.data = Object.fromEntries(body.data.map((row, i) => [String(i), row]));
	});
}

/** Fault `echoToken`: an error answer that quotes the token it was sent, in its page, text or `msg`. */
export function echoToken(a: Answer, token: string): Answer {
	if (a.status < 400 || a.status === 404) return a;
	if (a.contentType === JSON_TYPE) {
		return rewriteEnvelope(a, (body) => {
			body.msg = `${String(body.msg)} (wolkvox-token: ${token})`;
		});
	}
	const quote = `wolkvox-token: ${token}`;
	return { ...a, body: a.body.includes('</body>') ? a.body.replace('</body>', `<pre>${quote}</pre></body>`) : `${a.body} (${quote})` };
}
