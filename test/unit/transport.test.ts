/**
 * Retry policy of the transport, with a short backoff so exhaustion can be tested quickly; the engine
 * suite covers the rest with n8n's real request helper and the default policy.
 */
import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { getRows } from '../../nodes/Wolkvox/shared/transport/request';
import type { Connection } from '../../nodes/Wolkvox/shared/transport/request';
import { startSimulator } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';

const TOKEN = 'sim-token-transport';
let sim: Simulator;

/** Just what getRows uses of n8n: the node, and a request helper that really goes over HTTP. */
function context(): IExecuteFunctions {
	const httpRequestWithAuthentication = async (_type: string, options: IHttpRequestOptions) => {
		const url = new URL(options.url);
		for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
		const response = await fetch(url, { headers: { 'wolkvox-token': TOKEN } });
		return { statusCode: response.status, body: await response.text() };
	};
	return {
		getNode: () => ({ id: 'n', name: 'Wolkvox', type: 'n8n-nodes-wolkvox.wolkvox', typeVersion: 1, position: [0, 0], parameters: {} }),
		helpers: { httpRequestWithAuthentication },
	} as unknown as IExecuteFunctions;
}

const connection = (): Connection => ({ baseUrl: sim.url, timeZone: 'America/Bogota', maxConcurrent: 1, slotKey: 'transport-test' });
const call = { script: 'billing' as const, api: 'ivr_calls' };
const retry = { retries: 3, baseDelayMs: 5 };

beforeEach(async () => {
	sim = await startSimulator({ token: TOKEN });
});

afterEach(async () => {
	await sim.close();
});

describe('getRows retries', () => {
	it('retries the simultaneous-requests 403 and then returns the rows', async () => {
		sim.setFaults({ concurrencyRejections: 3 });
		const rows = await getRows(context(), connection(), call, { itemIndex: 0, retry });
		expect(rows).toHaveLength(1);
		// The waits between the attempts are retryDelayMs's, tested as a pure function in retry.test.ts.
		expect(sim.stats.log.map((e) => e.status)).toEqual([403, 403, 403, 200]);
	});

	it('gives up after the bounded number of attempts with advice', async () => {
		sim.setFaults({ concurrencyRejections: 10 });
		const failure = getRows(context(), connection(), call, { itemIndex: 3, retry });
		await expect(failure).rejects.toMatchObject({
			name: 'NodeApiError',
			message: 'Wolkvox ivr_calls: EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN',
			httpCode: '403',
			description: expect.stringMatching(/Another client may be using the same token/),
			context: expect.objectContaining({ itemIndex: 3 }),
		});
		expect(sim.stats.requests).toBe(1 + retry.retries);
	});

	it('does not retry other 403s', async () => {
		sim.setFaults({ maintenance: true });
		await expect(getRows(context(), connection(), call, { itemIndex: 0, retry })).rejects.toMatchObject({ httpCode: '403' });
		expect(sim.stats.requests).toBe(1);
	});
});
