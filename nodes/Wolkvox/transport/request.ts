import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { Family } from '../catalog';
import { assertTimeZone } from '../dates';
import { toNodeError } from '../nodeError';
import { answerError, notJsonError, transportError, verdictOf } from './errors';
import { parseAnswer } from './envelope';
import { withSlot } from './limiter';
import { baseUrlOf } from './server';

export const CREDENTIAL_TYPE = 'wolkvoxApi';
export const DEFAULT_TIME_ZONE = 'America/Bogota';
/** Wolkvox stops a call after 60 s (API.md); a little more lets its own answer arrive. */
export const DEFAULT_TIMEOUT_MS = 65_000;
/** Only the simultaneous-requests 403 is retried: 1 s, 2 s, 4 s, 8 s, then it fails. */
export const DEFAULT_RETRY: RetryPolicy = { retries: 4, baseDelayMs: 1000 };

export interface RetryPolicy {
	retries: number;
	baseDelayMs: number;
}

type Context = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** One credential, read and checked once per item. */
export interface Connection {
	baseUrl: string;
	timeZone: string;
	maxConcurrent: number;
	/** Whose slots a request takes: one credential, one token. */
	slotKey: string;
}

export interface Call {
	family: Family;
	api: string;
	query?: Record<string, string>;
}

export interface CallOptions {
	itemIndex: number;
	timeout?: number;
	retry?: RetryPolicy;
}

export async function connect(ctx: Context, itemIndex: number): Promise<Connection> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE, itemIndex);
	const timeZone = String(credentials.timezone || DEFAULT_TIME_ZONE).trim();
	try {
		const baseUrl = baseUrlOf(String(credentials.server ?? ''));
		assertTimeZone(timeZone);
		const credentialId = ctx.getNode().credentials?.[CREDENTIAL_TYPE]?.id;
		return {
			baseUrl,
			timeZone,
			maxConcurrent: Math.max(1, Math.floor(Number(credentials.maxConcurrentRequests) || 1)),
			slotKey: credentialId ?? baseUrl,
		};
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, itemIndex, 'Wolkvox API credential: ');
	}
}

/**
 * The rows of one Wolkvox call: [] when Wolkvox says there are none (404), a NodeApiError for
 * anything else that is not rows. Takes one of the credential's slots for the whole exchange.
 */
export async function getRows(ctx: Context, connection: Connection, call: Call, options: CallOptions): Promise<IDataObject[]> {
	const { itemIndex, timeout = DEFAULT_TIMEOUT_MS, retry = DEFAULT_RETRY } = options;
	const url = `${connection.baseUrl}/api/v2/${call.family}.php`;
	const request: IHttpRequestOptions = {
		method: 'GET',
		url,
		qs: { api: call.api, ...call.query },
		headers: { Accept: 'application/json' },
		// Every status and body is read here, so that 404 can mean "no rows" and HTML pages are caught.
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		json: false,
		encoding: 'text',
		timeout,
	};
	const node = ctx.getNode();

	return await withSlot(connection.slotKey, connection.maxConcurrent, async () => {
		for (let attempt = 0; ; attempt++) {
			let response: { statusCode: number; body: unknown };
			try {
				response = await ctx.helpers.httpRequestWithAuthentication.call(ctx, CREDENTIAL_TYPE, request);
			} catch (error) {
				throw transportError(node, itemIndex, error, url, timeout, call.api);
			}
			const answer = parseAnswer(response.statusCode, response.body);
			if (!answer.json) throw notJsonError(node, itemIndex, response.statusCode, answer.text, call.api);
			const { status, msg, rows } = answer.envelope;
			const verdict = verdictOf(status, msg);
			if (verdict === 'rows') return rows;
			if (verdict === 'noRows') return [];
			if (verdict === 'busy' && attempt < retry.retries) {
				await sleep(retry.baseDelayMs * 2 ** attempt);
				continue;
			}
			throw answerError(node, itemIndex, status, msg, call.api);
		}
	});
}
