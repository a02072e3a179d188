import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, ILoadOptionsFunctions, IPollFunctions, NodeApiError } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { Method, Script } from '../catalog';
import type { MultipartBody } from '../writes/multipart';
import { assertTimeZone } from '../dates';
import { LIMITS } from '../limits';
import { toNodeError } from '../nodeError';
import { answerError, neverSent, notJsonError, transportError, unknownOutcomeError, verdictOf } from './errors';
import { parseAnswer } from './envelope';
import type { Envelope } from './envelope';
import { withSlot } from './slots';
import type { SlotHolder } from './slots';
import { baseUrlOf } from './server';

export const CREDENTIAL_TYPE = 'wolkvoxApi';
export const DEFAULT_TIME_ZONE = 'America/Bogota';
/** Wolkvox stops a call after 60 s (docs/wolkvox-api.md#limits); a little more lets its own answer arrive. */
export const DEFAULT_TIMEOUT_MS = LIMITS.callTimeoutMs + 5_000;
/**
 * Only the simultaneous-requests 403 is retried. The slots keep one n8n process under the token's
 * cap, but queue-mode workers (or another system) share the token without knowing of each other: a
 * refused request may find both slots taken again at each retry for as long as the others keep sending.
 * Eight retries, doubling from 1 s up to 8 s, wait 23.5–47 s in all (retryDelayMs): long enough to
 * outlast a run of another worker's items, short enough that a token genuinely held elsewhere fails
 * in under a minute of waiting (a refusal itself comes back at once), with advice, instead of hanging.
 */
export const DEFAULT_RETRY: RetryPolicy = { retries: 8, baseDelayMs: 1000, maxDelayMs: 8000 };

export interface RetryPolicy {
	retries: number;
	baseDelayMs: number;
	/** Ceiling of one wait (default: no ceiling). */
	maxDelayMs?: number;
}

/**
 * The wait before retry number `attempt` (0-based): "equal jitter", a random point in the upper half of
 * the doubled delay. The jitter keeps workers that were refused together from retrying in lockstep;
 * the fixed half keeps a minimum total wait, so a run of refusals cannot use every retry up at once.
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
	const ceiling = Math.min(policy.maxDelayMs ?? Infinity, policy.baseDelayMs * 2 ** attempt);
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

type Context = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** One credential, read and checked once per item; its slots are the credential's (one token). */
export interface Connection extends SlotHolder {
	baseUrl: string;
	timeZone: string;
	/** The text with the token masked: for answers that echo the request (a debugging proxy's page). */
	redact?: (text: string) => string;
}

export interface Call {
	script: Script;
	/** GET when not given: every read is one. */
	method?: Method;
	api: string;
	query?: Record<string, string>;
	/** A write's JSON body: one object, or a list of records. */
	body?: IDataObject | IDataObject[];
	/** A write's multipart/form-data body instead (upload_files). */
	form?: MultipartBody;
	/** Where the answer's rows are, when not under `data` (campaign_15's `records`). */
	rowsKey?: string;
}

export interface CallOptions {
	itemIndex: number;
	timeout?: number;
	retry?: RetryPolicy;
}

export async function connect(ctx: Context, itemIndex: number): Promise<Connection> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE, itemIndex);
	const timeZone = String(credentials.timezone || DEFAULT_TIME_ZONE).trim();
	const token = String(credentials.token ?? '');
	try {
		const baseUrl = baseUrlOf(String(credentials.server ?? ''));
		assertToken(token);
		assertTimeZone(timeZone);
		const credentialId = ctx.getNode().credentials?.[CREDENTIAL_TYPE]?.id;
		return {
			baseUrl,
			timeZone,
			maxConcurrent: maxConcurrentOf(credentials.maxConcurrentRequests),
			slotKey: credentialId ?? baseUrl,
			redact: (text) => masked(text, token),
		};
	} catch (error) {
		// A token pasted into another field must not come back in the message that quotes that field.
		const message = error instanceof Error ? error.message : String(error);
		throw toNodeError(ctx.getNode(), new Error(masked(message, token)), itemIndex, 'Wolkvox API credential: ');
	}
}

/** `text` with the token shown as ***; a blank token masks nothing. */
function masked(text: string, token: string): string {
	const secret = token.trim();
	return secret ? text.split(secret).join('***') : text;
}

/** Refuses a token that cannot be right before it costs a call (every call is charged, docs/wolkvox-api.md#daily-token-quota). */
function assertToken(token: string): void {
	if (token.trim() === '') throw new Error('Token is empty. Paste the API token generated in wolkvox Manager.');
	if ([...token].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) > 0x7e)) {
		throw new Error('Token contains a line break, a control or a non-ASCII character. Copy it again from wolkvox Manager.');
	}
}

/** 1 up to the API's cap: Wolkvox refuses a third simultaneous request per token (docs/wolkvox-api.md#limits); empty means 1. */
function maxConcurrentOf(value: unknown): number {
	if (value === undefined || value === null || value === '') return 1;
	const number = Number(value);
	const cap = LIMITS.simultaneousRequests;
	if (Number.isInteger(number) && number >= 1 && number <= cap) return number;
	throw new Error(`Max Simultaneous Requests must be 1 or ${cap} (Wolkvox refuses more than ${cap} at once per token), not ${JSON.stringify(value)}.`);
}

/** What one call brought back, once the simultaneous-requests refusals are retried away. */
type Exchange =
	| { kind: 'answer'; envelope: Envelope }
	| { kind: 'notJson'; status: number; text: string }
	| { kind: 'noAnswer'; cause: unknown };

/**
 * One call in one of the credential's slots, held for the whole exchange. Only the
 * simultaneous-requests 403 is sent again: Wolkvox refused it before doing anything.
 */
async function exchange(ctx: Context, connection: Connection, request: IHttpRequestOptions, call: Call, retry: RetryPolicy): Promise<Exchange> {
	return await withSlot(connection, async () => {
		for (let attempt = 0; ; attempt++) {
			let response: { statusCode: number; body: unknown };
			try {
				response = await ctx.helpers.httpRequestWithAuthentication.call(ctx, CREDENTIAL_TYPE, request);
			} catch (cause) {
				return { kind: 'noAnswer', cause };
			}
			const answer = parseAnswer(response.statusCode, response.body, call.rowsKey);
			if (!answer.json) return { kind: 'notJson', status: response.statusCode, text: answer.text };
			const { status, msg } = answer.envelope;
			if (verdictOf(status, msg) === 'busy' && attempt < retry.retries) {
				await sleep(retryDelayMs(retry, attempt));
				continue;
			}
			return { kind: 'answer', envelope: answer.envelope };
		}
	});
}

/**
 * The rows of one Wolkvox call: [] when Wolkvox says there are none (404), a NodeApiError for
 * anything else that is not rows.
 */
export async function getRows(ctx: Context, connection: Connection, call: Call, options: CallOptions): Promise<IDataObject[]> {
	const { itemIndex, timeout = DEFAULT_TIMEOUT_MS, retry = DEFAULT_RETRY } = options;
	const request = requestOptions(connection.baseUrl, call, timeout);
	const node = ctx.getNode();
	const hide = connection.redact ?? ((text: string) => text);
	const result = await exchange(ctx, connection, request, call, retry);
	if (result.kind === 'noAnswer') throw transportError(node, itemIndex, result.cause, request.url, timeout, call.api);
	if (result.kind === 'notJson') throw notJsonError(node, itemIndex, result.status, hide(result.text), call.api);
	const { status, msg, rows } = result.envelope;
	const verdict = verdictOf(status, msg);
	if (verdict === 'rows') return rows;
	if (verdict === 'noRows') return [];
	throw answerError(node, itemIndex, status, hide(msg), call.api);
}

/** What became of one write: Wolkvox's answer, a refusal (nothing was done), or no telling. */
export type WriteResult =
	| { kind: 'done'; code: number; msg: string; rows: IDataObject[] }
	| { kind: 'refused'; error: NodeApiError }
	| { kind: 'unknown'; error: NodeApiError };

/**
 * Sends one write, at most once (docs/wolkvox-api.md#writes): again only after the
 * simultaneous-requests 403 (exchange). After a timeout, a cut connection, a 5xx or a page that is
 * not Wolkvox's answer, the write may have been done: it is not sent again, and the result says the
 * outcome is unknown, with `check` telling how to find out.
 */
export async function sendWrite(ctx: IExecuteFunctions, connection: Connection, call: Call, options: CallOptions & { check: string }): Promise<WriteResult> {
	const { itemIndex, timeout = DEFAULT_TIMEOUT_MS, retry = DEFAULT_RETRY, check } = options;
	const request = requestOptions(connection.baseUrl, call, timeout);
	const node = ctx.getNode();
	const hide = connection.redact ?? ((text: string) => text);
	const unknown = (error: NodeApiError, answered = true): WriteResult => ({ kind: 'unknown', error: unknownOutcomeError(node, itemIndex, error, call.api, check, answered) });

	const result = await exchange(ctx, connection, request, call, retry);
	if (result.kind === 'noAnswer') {
		const failure = transportError(node, itemIndex, result.cause, request.url, timeout, call.api);
		return neverSent(result.cause) ? { kind: 'refused', error: failure } : unknown(failure, false);
	}
	if (result.kind === 'notJson') return unknown(notJsonError(node, itemIndex, result.status, hide(result.text), call.api));
	const { status, code, msg, rows } = result.envelope;
	if (verdictOf(status, msg) === 'rows') return { kind: 'done', code: code ?? status, msg, rows };
	const error = answerError(node, itemIndex, status, hide(msg), call.api);
	// A 5xx may come after the work was done; Wolkvox's 4xx refuse before it.
	return status >= 500 ? unknown(error) : { kind: 'refused', error };
}

/** The HTTP request of one call: the declared method (GET for reads), and a write's body as JSON or multipart bytes. */
export function requestOptions(baseUrl: string, call: Call, timeout: number): IHttpRequestOptions {
	const request: IHttpRequestOptions = {
		method: call.method ?? 'GET',
		url: `${baseUrl}/api/v2/${call.script}.php`,
		qs: { api: call.api, ...call.query },
		headers: { Accept: 'application/json' },
		// Every status and body is read here, so that 404 can mean "no rows" and HTML pages are caught.
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		json: false,
		encoding: 'text',
		timeout,
	};
	if (call.form) {
		request.body = call.form.bytes;
		request.headers = { ...request.headers, 'Content-Type': call.form.contentType };
	} else if (call.body !== undefined) {
		// Serialized here, so the bytes sent do not depend on how the HTTP client treats objects (it drops an empty one).
		request.body = JSON.stringify(call.body);
		request.headers = { ...request.headers, 'Content-Type': 'application/json' };
	}
	return request;
}
