import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runNode } from './harness';

const TOKEN_HEADER = 'x-dummy-token';

class DummyApi implements ICredentialType {
	name = 'dummyApi';
	displayName = 'Dummy API';
	properties: ICredentialType['properties'] = [
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
	];
	authenticate: ICredentialType['authenticate'] = {
		type: 'generic',
		properties: { headers: { [TOKEN_HEADER]: '={{$credentials.token}}' } },
	};
}

/** Turns whatever httpRequestWithAuthentication threw into plain, assertable JSON. */
function describeError(error: unknown): IDataObject {
	const e = error as Error & IDataObject;
	return {
		errorClass: e.constructor?.name,
		message: e.message,
		description: e.description ?? null,
		httpCode: e.httpCode ?? null,
		code: e.code ?? null,
		hasCause: e.cause !== undefined,
		messages: e.messages ?? null,
	};
}

/**
 * A node shaped like ours: one credential with a generic header `authenticate`,
 * per-item requests, per-item continueOnFail handling and pairedItem.
 */
class DummyNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Dummy',
		name: 'dummy',
		group: ['transform'],
		version: 1,
		description: 'Harness self-test node',
		defaults: { name: 'Dummy' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'dummyApi', required: true }],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Echo', value: 'echo' },
					{ name: 'Probe', value: 'probe' },
					{ name: 'Date', value: 'date' },
				],
				default: 'echo',
			},
			{ displayName: 'URL', name: 'url', type: 'string', default: '' },
			{ displayName: 'Timeout', name: 'timeout', type: 'number', default: 0 },
			{
				displayName: 'Ignore HTTP Status Errors',
				name: 'ignoreStatus',
				type: 'boolean',
				default: true,
			},
			{ displayName: 'At', name: 'at', type: 'dateTime', default: '' },
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				default: {},
				options: [{ displayName: 'At', name: 'at', type: 'dateTime', default: '' }],
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const operation = this.getNodeParameter('operation', 0) as string;
		const out: INodeExecutionData[] = [];

		for (let i = 0; i < items.length; i++) {
			try {
				if (operation === 'date') {
					const describe = (value: unknown) => ({
						type: typeof value,
						constructorName: (value as object)?.constructor?.name ?? null,
						value: String(value),
					});
					const options = this.getNodeParameter('options', i) as IDataObject;
					out.push({
						json: {
							direct: describe(this.getNodeParameter('at', i)),
							viaPath: describe(this.getNodeParameter('options.at', i, null)),
							insideCollection: describe(options.at),
						},
						pairedItem: { item: i },
					});
					continue;
				}

				if (items[i].json.fail) {
					throw new NodeOperationError(this.getNode(), `Item ${i} asked to fail`, {
						itemIndex: i,
					});
				}

				const url = this.getNodeParameter('url', i) as string;
				if (operation === 'probe') {
					const timeout = this.getNodeParameter('timeout', i) as number;
					const options: IHttpRequestOptions = {
						url,
						returnFullResponse: true,
						ignoreHttpStatusErrors: this.getNodeParameter('ignoreStatus', i) as boolean,
						encoding: 'text',
						json: false,
						...(timeout ? { timeout } : {}),
					};
					try {
						const response = (await this.helpers.httpRequestWithAuthentication.call(
							this,
							'dummyApi',
							options,
						)) as IDataObject;
						out.push({
							json: {
								keys: Object.keys(response).sort(),
								statusCode: response.statusCode as number,
								statusMessage: response.statusMessage as string,
								contentType: (response.headers as IDataObject)['content-type'] as string,
								bodyType: typeof response.body,
								body: response.body as string,
							},
							pairedItem: { item: i },
						});
					} catch (error) {
						out.push({ json: { thrown: describeError(error) }, pairedItem: { item: i } });
					}
					continue;
				}

				const body = (await this.helpers.httpRequestWithAuthentication.call(this, 'dummyApi', {
					url,
					json: true,
				})) as IDataObject;
				out.push({ json: { ...body, inputId: items[i].json.id }, pairedItem: { item: i } });
			} catch (error) {
				if (this.continueOnFail()) {
					out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
					continue;
				}
				throw error;
			}
		}
		return [out];
	}
}

describe('engine harness (real n8n-core WorkflowExecute)', () => {
	let server: http.Server;
	let base: string;
	let refusedUrl: string;
	const seen: Array<{ url?: string; token?: string | string[] }> = [];

	beforeAll(async () => {
		server = http.createServer((req, res) => {
			seen.push({ url: req.url, token: req.headers[TOKEN_HEADER] });
			const { pathname, searchParams } = new URL(req.url ?? '/', 'http://x');
			if (pathname === '/echo') {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(
					JSON.stringify({ id: searchParams.get('id'), token: req.headers[TOKEN_HEADER] }),
				);
			} else if (pathname === '/missing') {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ message: 'no such report' }));
			} else if (pathname === '/bad-gateway') {
				res.writeHead(502, { 'content-type': 'text/html' });
				res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
			}
			// '/hang' never answers, so the client's `timeout` is what ends it;
			// afterAll closes the socket, so no timer or sleep is involved.
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

		// A port that was just free and is now closed gives a reliable ECONNREFUSED.
		const probe = http.createServer();
		await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
		refusedUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/`;
		await new Promise<void>((resolve) => probe.close(() => resolve()));
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});

	beforeEach(() => {
		seen.length = 0;
	});

	const common = () => ({
		node: new DummyNode(),
		credentialType: new DummyApi(),
		credentials: { dummyApi: { token: 'secret-123' } },
		echoesSecrets: true,
	});

	it('sends the credential header and returns paired items for every input item', async () => {
		const result = await runNode({
			...common(),
			parameters: { operation: 'echo', url: `=${base}/echo?id={{ $json.id }}` },
			inputItems: [{ json: { id: 'a' } }, { json: { id: 'b' } }, { json: { id: 'c' } }],
		});

		expect(result.error).toBeUndefined();
		expect(seen).toEqual([
			{ url: '/echo?id=a', token: 'secret-123' },
			{ url: '/echo?id=b', token: 'secret-123' },
			{ url: '/echo?id=c', token: 'secret-123' },
		]);
		expect(result.items).toEqual([
			{ json: { id: 'a', token: 'secret-123', inputId: 'a' }, pairedItem: { item: 0 } },
			{ json: { id: 'b', token: 'secret-123', inputId: 'b' }, pairedItem: { item: 1 } },
			{ json: { id: 'c', token: 'secret-123', inputId: 'c' }, pairedItem: { item: 2 } },
		]);
		expect(result.authenticatedCredentialTypes).toEqual(['dummyApi', 'dummyApi', 'dummyApi']);
	});

	it('defaults to one empty input item', async () => {
		const result = await runNode({
			...common(),
			parameters: { operation: 'echo', url: `${base}/echo?id=only` },
		});
		expect(result.items).toEqual([
			{ json: { id: 'only', token: 'secret-123' }, pairedItem: { item: 0 } },
		]);
	});

	it('with continueOnFail, a failing item becomes a paired error item and the rest succeed', async () => {
		const result = await runNode({
			...common(),
			continueOnFail: true,
			parameters: { operation: 'echo', url: `=${base}/echo?id={{ $json.id }}` },
			inputItems: [{ json: { id: 'a' } }, { json: { id: 'b', fail: true } }, { json: { id: 'c' } }],
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{ json: { id: 'a', token: 'secret-123', inputId: 'a' }, pairedItem: { item: 0 } },
			{ json: { error: 'Item 1 asked to fail' }, pairedItem: { item: 1 } },
			{ json: { id: 'c', token: 'secret-123', inputId: 'c' }, pairedItem: { item: 2 } },
		]);
	});

	it('without continueOnFail, the node error surfaces as the run error', async () => {
		const result = await runNode({
			...common(),
			parameters: { operation: 'echo', url: `=${base}/echo?id={{ $json.id }}` },
			inputItems: [{ json: { id: 'a' } }, { json: { id: 'b', fail: true } }],
		});

		expect(result.items).toEqual([]);
		// A plain-object copy made by the engine, hence `name` rather than instanceof.
		expect(result.error).toMatchObject({ name: 'NodeOperationError', message: 'Item 1 asked to fail' });
		expect(result.error).not.toBeInstanceOf(NodeOperationError);
		expect(result.run.status).toBe('error');
		// The same error is also recorded on the node's task data.
		expect(result.runData['Node Under Test'][0].error?.message).toBe('Item 1 asked to fail');
	});

	describe('httpRequestWithAuthentication response/error shapes', () => {
		const probe = async (url: string, extra: IDataObject = {}) => {
			const result = await runNode({
				...common(),
				parameters: { operation: 'probe', url, ...extra },
			});
			expect(result.error).toBeUndefined();
			return result.items[0].json;
		};

		it('404 with a JSON body resolves (no throw) with the raw text body', async () => {
			expect(await probe(`${base}/missing`)).toEqual({
				keys: ['body', 'headers', 'statusCode', 'statusMessage'],
				statusCode: 404,
				statusMessage: 'Not Found',
				contentType: 'application/json',
				bodyType: 'string',
				body: '{"message":"no such report"}',
			});
		});

		it('502 with an HTML body resolves (no throw) with the HTML as text', async () => {
			expect(await probe(`${base}/bad-gateway`)).toEqual({
				keys: ['body', 'headers', 'statusCode', 'statusMessage'],
				statusCode: 502,
				statusMessage: 'Bad Gateway',
				contentType: 'text/html',
				bodyType: 'string',
				body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
			});
		});

		it('connection refused throws a NodeApiError with httpCode ECONNREFUSED and no cause', async () => {
			const { thrown } = (await probe(refusedUrl)) as { thrown: IDataObject };
			const port = new URL(refusedUrl).port;
			expect(thrown).toEqual({
				errorClass: 'NodeApiError',
				message: 'The service refused the connection - perhaps it is offline',
				description: null,
				httpCode: 'ECONNREFUSED',
				code: null,
				hasCause: false,
				messages: [`connect ECONNREFUSED 127.0.0.1:${port}`, `connect ECONNREFUSED 127.0.0.1:${port}`],
			});
			expect(seen).toEqual([]);
		});

		it('an exceeded `timeout` option throws a NodeApiError with httpCode ECONNABORTED', async () => {
			const { thrown } = (await probe(`${base}/hang`, { timeout: 50 })) as { thrown: IDataObject };
			expect(thrown).toEqual({
				errorClass: 'NodeApiError',
				message: 'The connection was aborted, perhaps the server is offline',
				description: null,
				httpCode: 'ECONNABORTED',
				code: null,
				hasCause: false,
				messages: ['timeout of 50ms exceeded', 'timeout of 50ms exceeded'],
			});
			// Whether /hang was reached before the 50 ms ran out depends on machine
			// load, so `seen` is deliberately not asserted here.
		});

		it.each([
			[
				'404 JSON',
				'/missing',
				{
					errorClass: 'NodeApiError',
					message: 'The resource you are requesting could not be found',
					description: 'Request failed with status code 404',
					httpCode: '404',
					code: null,
					hasCause: false,
					messages: ['Request failed with status code 404'],
				},
			],
			[
				'502 HTML',
				'/bad-gateway',
				{
					errorClass: 'NodeApiError',
					message: 'Bad gateway - the service failed to handle your request',
					description: 'Request failed with status code 502',
					httpCode: '502',
					code: null,
					hasCause: false,
					messages: ['Request failed with status code 502'],
				},
			],
		])('without ignoreHttpStatusErrors, a %s response throws', async (_label, route, expected) => {
			const { thrown } = (await probe(`${base}${route}`, { ignoreStatus: false })) as {
				thrown: IDataObject;
			};
			expect(thrown).toEqual(expected);
		});
	});

	it('reports how a `={{ $now }}` dateTime parameter reaches getNodeParameter', async () => {
		const result = await runNode({
			...common(),
			parameters: { operation: 'date', at: '={{ $now }}', options: { at: '={{ $now }}' } },
		});
		expect(result.error).toBeUndefined();
		const { direct, viaPath, insideCollection } = result.items[0].json as Record<string, IDataObject>;
		// A top-level dateTime parameter arrives as a Luxon DateTime object...
		expect(direct).toMatchObject({ type: 'object', constructorName: 'DateTime' });
		expect(viaPath).toMatchObject({ type: 'object', constructorName: 'DateTime' });
		// ...but inside a collection, n8n-core's cleanupParameterData turns it into an ISO string.
		expect(insideCollection).toMatchObject({ type: 'string', constructorName: 'String' });
		expect(direct.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
		expect(insideCollection.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
	});

	it('passes a literal dateTime string through unchanged', async () => {
		const result = await runNode({
			...common(),
			parameters: { operation: 'date', at: '2024-05-01T10:00:00', options: {} },
		});
		expect((result.items[0].json.direct as IDataObject).value).toBe('2024-05-01T10:00:00');
		expect(result.items[0].json.direct).toMatchObject({ type: 'string' });
	});
});
