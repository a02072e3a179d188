import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** What Wolkvox's answer means for the caller (docs/wolkvox-api.md#errors). */
export type Verdict = 'rows' | 'noRows' | 'busy' | 'fail';

const SIMULTANEOUS = /SIMULTANEOUS/i;

export function verdictOf(status: number, msg: string): Verdict {
	if (status >= 200 && status < 300) return 'rows';
	// Two public clients found that an empty range is a 404, not `data: []`.
	if (status === 404) return 'noRows';
	// Only the per-token concurrency 403 goes away by itself.
	if (status === 403 && SIMULTANEOUS.test(msg)) return 'busy';
	return 'fail';
}

/** What the user can do about each documented failure. */
function adviceFor(status: number, msg: string): string {
	if (status === 401) {
		return 'The wolkvox-token header did not reach Wolkvox. If a proxy or gateway is in between, make sure it forwards that header.';
	}
	if (status === 403) {
		if (/VALIDATE TOKEN/i.test(msg)) {
			return 'Wolkvox rejected the token. Check the Token of the Wolkvox API credential (generated in wolkvox Manager) and that it belongs to this server.';
		}
		if (/TOKEN LIMIT/i.test(msg)) {
			return "The operation's daily token quota is used up (licenses × 1000 calls a day, shared by all its tokens; every call costs one). Wait for the daily reset or poll less often.";
		}
		if (SIMULTANEOUS.test(msg)) {
			return 'Wolkvox kept refusing simultaneous requests with this token after several retries. Another client may be using the same token: lower its use, or give this workflow a token of its own.';
		}
		return 'Wolkvox refused the request. This happens during server backups and maintenance (try again later) and when the server only accepts allow-listed IP addresses.';
	}
	if (status === 400) {
		return 'Wolkvox refused the request parameters. Check the report, dates (at most 31 days per request are sent) and any IDs.';
	}
	if (status >= 500) return 'The Wolkvox server failed. Try again later; if it persists, contact Wolkvox support.';
	return 'Unexpected answer from Wolkvox.';
}

/** The error for an answer Wolkvox gave; it never carries request headers, so never the token. */
export function answerError(node: INode, itemIndex: number, status: number, msg: string, api: string): NodeApiError {
	const what = msg || `HTTP ${status}`;
	return new NodeApiError(node, { status, msg, api } as JsonObject, {
		message: `Wolkvox ${api}: ${what}`,
		description: adviceFor(status, msg),
		httpCode: String(status),
		itemIndex,
	});
}

/** The error for an answer that is not Wolkvox's JSON envelope (a proxy's HTML page, a cut body). */
export function notJsonError(node: INode, itemIndex: number, status: number, text: string, api: string): NodeApiError {
	const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
	const excerpt = (title ?? text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()).slice(0, 160);
	return new NodeApiError(node, { status, body: excerpt, api } as JsonObject, {
		message: `Wolkvox ${api}: the server answered HTTP ${status} with a body that is not JSON${excerpt ? ` (${excerpt})` : ''}`,
		description:
			status >= 500
				? adviceFor(status, '')
				: 'Something between n8n and Wolkvox (a proxy, a captive portal) may have answered instead of Wolkvox. Check the Server of the credential.',
		httpCode: String(status),
		itemIndex,
	});
}

/**
 * The error when no answer came at all. n8n's request helper reports the system code (ECONNREFUSED,
 * ECONNABORTED on a timeout) as `httpCode` and a readable message; only those are kept, never the
 * request. The code stays out of our message: NodeApiError would swap such a message for stock text.
 */
export function transportError(node: INode, itemIndex: number, cause: unknown, url: string, timeout: number, api: string): NodeApiError {
	const error = (cause ?? {}) as { code?: string; httpCode?: string; message?: string };
	const code = error.code ?? error.httpCode;
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(error.message ?? '');
	const message = timedOut
		? `Wolkvox ${api}: no answer from ${url} within ${timeout} ms`
		: `Wolkvox ${api}: could not reach ${url}: ${error.message ?? 'network error'}`;
	const advice = timedOut
		? 'Wolkvox answers within 60 s per call. Narrow the date range or raise the Timeout option.'
		: 'Check the Server of the Wolkvox API credential and that this n8n can reach it.';
	return new NodeApiError(node, { networkError: code ?? null, api } as JsonObject, {
		message,
		description: code ? `${advice} (${code})` : advice,
		httpCode: timedOut ? '408' : undefined,
		itemIndex,
	});
}

/** System codes of a request that never left this machine or never reached a server: it did nothing. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID']);

/** Whether a failure to get an answer means the request was never received (so a write was not done). */
export function neverSent(cause: unknown): boolean {
	const error = (cause ?? {}) as { code?: string; httpCode?: string; cause?: { code?: string } };
	return [error.code, error.httpCode, error.cause?.code].some((code) => code !== undefined && NEVER_SENT.has(code));
}

/**
 * The error of a write that may or may not have been done (a timeout, a cut connection, a 5xx):
 * it names the cause, says the write was not repeated, and how to check. `answered`: the cause is
 * an answer, whose status is worth naming; a timeout's 408 is n8n's code, not the server's.
 */
export function unknownOutcomeError(node: INode, itemIndex: number, cause: NodeApiError, api: string, check: string, answered = true): NodeApiError {
	const said = cause.message.replace(`Wolkvox ${api}: `, '');
	const status = answered && cause.httpCode && /^\d+$/.test(cause.httpCode) && !said.includes(cause.httpCode) ? `HTTP ${cause.httpCode}: ` : '';
	const what = `${status}${said}`;
	const howToCheck = /[.!?]$/.test(check.trim()) ? check.trim() : `${check.trim()}.`;
	return new NodeApiError(node, { api, cause: what } as JsonObject, {
		message: `Wolkvox ${api}: outcome unknown (${what})`,
		description: `Wolkvox may have done this write before the answer was lost. It was not sent again, so that nothing is done twice. ${howToCheck} Send it again only once you know it was not done.`,
		httpCode: cause.httpCode ?? undefined,
		itemIndex,
	});
}
