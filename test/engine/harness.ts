/**
 * Runs one node class inside n8n-core's real `WorkflowExecute`, in-process.
 *
 * Why not a mock of IExecuteFunctions: the behaviour we care about (parameter
 * resolution and validation, `continueOnFail` error items, pairedItem handling,
 * credential `authenticate` blocks, the HTTP helper's response/error shapes)
 * lives in n8n-core itself, so only the real engine tells the truth about it.
 *
 * The workflow built here is `Harness Start` -> `<node under test>`. The start
 * node emits `inputItems`, so the node under test receives them exactly as it
 * would from any upstream node.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ExecutionLifecycleHooks, ExternalSecretsProxy, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	Workflow,
	deepCopy,
	isExpression,
} from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRequestOptionsSimplified,
	IRun,
	IRunData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { assertNoSecrets } from '../secrets';
import { shutDownSshClients } from './n8nCore';

// n8n-core's InstanceSettings (created lazily on the first node execution)
// writes an encryption-key file under $N8N_USER_FOLDER/.n8n. Point it at a
// throwaway directory so tests never touch the developer's real ~/.n8n.
// Jest loads this module once per test file, so each file gets its own folder,
// removed in that file's afterAll (a process 'exit' hook never fires inside
// jest's sandbox).
if (!process.env.N8N_USER_FOLDER) {
	const userFolder = mkdtempSync(path.join(tmpdir(), 'n8n-harness-'));
	process.env.N8N_USER_FOLDER = userFolder;
	if (typeof afterAll === 'function') {
		afterAll(() => rmSync(userFolder, { recursive: true, force: true }));
	}
}

export const START_NODE_NAME = 'Harness Start';
export const NODE_UNDER_TEST_NAME = 'Node Under Test';
const START_NODE_TYPE = 'harness.start';

export interface RunNodeOptions {
	/** The node under test, e.g. `new Wolkvox()`. */
	node: INodeType;
	/** Credential type(s) the node uses; their `authenticate` block is applied to requests. */
	credentialType?: ICredentialType | ICredentialType[];
	/** Decrypted credential data keyed by credential type name, e.g. `{ wolkvoxApi: { token } }`. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Parameters of the node under test (may contain `={{ ... }}` expressions). */
	parameters: INodeParameters;
	/** Items fed into the node under test; defaults to one empty item. */
	inputItems?: INodeExecutionData[];
	/** Sets the node setting onError: 'continueRegularOutput'. */
	continueOnFail?: boolean;
	/** n8n's Retry On Fail settings of the node under test (its engine retries a node that threw, or whose first item has `error`). */
	retry?: Pick<INode, 'retryOnFail' | 'maxTries' | 'waitBetweenTries'>;
	/** Defaults to the node description's default version (or its highest version). */
	typeVersion?: number;
	/** Defaults to 'manual', as when a user clicks "Execute workflow". */
	mode?: WorkflowExecuteMode;
	/**
	 * The node returns its credential on purpose (the harness's own tests). Otherwise every run is
	 * checked: no password field of the credentials may appear in its items, errors or run data.
	 */
	echoesSecrets?: boolean;
}

/**
 * The engine stores a node's error as `{ ...error, message, stack }`, so what
 * comes back is a plain object: `instanceof NodeOperationError` is false.
 * Compare `name`, `message`, `description`, `httpCode` instead.
 */
export interface RunError {
	name?: string;
	message: string;
	description?: string | null;
	httpCode?: string | null;
	stack?: string;
	node?: INode;
	[key: string]: unknown;
}

export interface RunNodeResult {
	/** Output 0 of the node under test (empty when it failed or produced nothing). */
	items: INodeExecutionData[];
	/** All outputs of the node under test, for nodes with more than one output. */
	outputs: INodeExecutionData[][];
	/** The workflow-level error, set when the node threw and continueOnFail was off. */
	error?: RunError;
	runData: IRunData;
	run: IRun;
	/** Credential types `authenticate()` was asked to apply, in call order. */
	authenticatedCredentialTypes: string[];
}

/**
 * A start node that ignores its own input and emits `items`, like a trigger would.
 * The engine calls execute() with its own context as `this`, so the items are
 * handed over through a closure rather than an instance field.
 */
function createStartNodeType(items: INodeExecutionData[]): INodeType {
	return {
		description: {
			displayName: 'Harness Start',
			name: START_NODE_TYPE,
			group: ['input'],
			version: 1,
			description: 'Emits the items given to the test harness',
			defaults: { name: START_NODE_NAME },
			inputs: ['main'],
			outputs: ['main'],
			properties: [],
		},
		// Deep-copied so nothing downstream can mutate the test's fixtures.
		execute: async () => [deepCopy(items)],
	};
}

/**
 * Minimal ICredentialsHelper: returns the given decrypted data and applies the
 * credential type's `authenticate` the way n8n's own (cli) CredentialsHelper does,
 * including the declarative `{ type: 'generic' }` form with `={{$credentials.x}}`
 * expressions resolved by the workflow's real expression engine.
 */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	readonly authenticatedTypes: string[] = [];

	constructor(
		private readonly credentialTypes: Map<string, ICredentialType>,
		private readonly credentialsByType: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	private getType(typeName: string): ICredentialType {
		const type = this.credentialTypes.get(typeName);
		if (!type) {
			throw new Error(
				`Harness: unknown credential type "${typeName}" (pass it as credentialType)`,
			);
		}
		return type;
	}

	getParentTypes(typeName: string): string[] {
		// n8n-core uses this to route OAuth1/OAuth2 types to their own request paths.
		const parents: string[] = [];
		const visit = (name: string) => {
			for (const parent of this.credentialTypes.get(name)?.extends ?? []) {
				parents.push(parent);
				visit(parent);
			}
		};
		visit(typeName);
		return parents;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incoming: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		this.authenticatedTypes.push(typeName);
		const requestOptions = incoming as IHttpRequestOptions;
		const { authenticate } = this.getType(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions);
		}
		if (authenticate?.type === 'generic') {
			const resolve = (value: string): string => {
				if (!isExpression(value)) return value;
				const resolved = workflow.expression.getSimpleParameterValue(
					node,
					value,
					'internal',
					{ $credentials: credentials },
					undefined,
					'',
				);
				return resolved ? String(resolved) : '';
			};
			const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
			for (const [section, entries] of Object.entries(authenticate.properties)) {
				target[section] ??= {};
				for (const [key, value] of Object.entries(entries as Record<string, string>)) {
					target[section][resolve(key)] = resolve(value);
				}
			}
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		// Same trigger condition as n8n: an empty (or expired) hidden `expirable` field.
		const type = this.getType(typeName);
		const expirable = type.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		return output[expirable.name] === undefined ? undefined : Object.assign(credentials, output);
	}

	async getCredentials(_details: INodeCredentialsDetails, _type: string): Promise<ICredentials> {
		throw new Error('Harness: getCredentials (stored, encrypted credentials) is not supported');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_details: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.credentialsByType[type];
		if (!data) throw new Error(`Harness: no credentials given for type "${type}"`);
		// A copy, so a node or preAuthentication mutating it cannot leak into other runs.
		return deepCopy(data);
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.getType(type).properties;
	}
}

class HarnessNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType | IVersionedNodeType>) {}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const type = this.types[nodeType];
		if (!type) throw new Error(`Harness: unknown node type "${nodeType}"`);
		return type;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		const type = this.getByName(nodeType);
		return 'nodeVersions' in type ? type.getNodeType(version) : type;
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}

function defaultVersion(description: INodeTypeDescription): number {
	if (description.defaultVersion !== undefined) return description.defaultVersion;
	const { version } = description;
	return Array.isArray(version) ? Math.max(...version) : version;
}

/** The engine's additional data for a run in tests: real credential handling, no sub-workflows or runners. */
export function harnessAdditionalData(
	credentialsHelper: ICredentialsHelper,
	hooks: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	const notAvailable = (what: string) => async () => {
		throw new Error(`Harness: ${what} is not available in node tests`);
	};
	return {
		credentialsHelper,
		hooks,
		externalSecretsProxy: new ExternalSecretsProxy(),
		executionId: 'harness-execution',
		currentNodeExecutionIndex: 0,
		// Read from node.parameters instead, as in a normal run.
		currentNodeParameters: undefined,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		executeWorkflow: notAvailable('executeWorkflow (sub-workflows)'),
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: notAvailable('startRunnerTask (task runners)'),
	};
}

export async function runNode(opts: RunNodeOptions): Promise<RunNodeResult> {
	const inputItems = opts.inputItems ?? [{ json: {} }];
	const credentialTypeList = opts.credentialType
		? Array.isArray(opts.credentialType)
			? opts.credentialType
			: [opts.credentialType]
		: [];
	const credentialTypes = new Map(credentialTypeList.map((t) => [t.name, t]));

	const testedType = opts.node.description.name;
	const nodeTypes = new HarnessNodeTypes({
		[START_NODE_TYPE]: createStartNodeType(inputItems),
		[testedType]: opts.node,
	});

	const startNode: INode = {
		id: 'harness-start',
		name: START_NODE_NAME,
		type: START_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodeUnderTest: INode = {
		id: 'node-under-test',
		name: NODE_UNDER_TEST_NAME,
		type: testedType,
		typeVersion: opts.typeVersion ?? defaultVersion(opts.node.description),
		position: [200, 0],
		parameters: opts.parameters,
		credentials: Object.fromEntries(
			Object.keys(opts.credentials ?? {}).map((type) => [type, { id: `${type}-id`, name: type }]),
		),
		...(opts.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...opts.retry,
	};

	const workflow = new Workflow({
		id: 'harness-workflow',
		name: 'Harness',
		nodes: [startNode, nodeUnderTest],
		connections: {
			[START_NODE_NAME]: {
				main: [[{ node: NODE_UNDER_TEST_NAME, type: 'main', index: 0 }]],
			},
		},
		active: false,
		nodeTypes,
		// v1 is what new workflows use in n8n today.
		settings: { executionOrder: 'v1' },
	});

	const mode = opts.mode ?? 'manual';
	const credentialsHelper = new HarnessCredentialsHelper(credentialTypes, opts.credentials ?? {});

	// WorkflowExecute refuses to run without lifecycle hooks; none are needed
	// here because run() already resolves with the final IRun.
	const hooks = new ExecutionLifecycleHooks(mode, 'harness-execution', {
		id: workflow.id,
		name: workflow.name ?? 'Harness',
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: [startNode, nodeUnderTest],
		connections: workflow.connectionsBySourceNode,
		activeVersionId: null,
	});

	const additionalData = harnessAdditionalData(credentialsHelper, hooks);

	// Node errors do not reject: the engine records them in the returned IRun.
	const run = await new WorkflowExecute(additionalData, mode).run({ workflow, startNode });

	shutDownSshClients();

	const runData = run.data.resultData.runData;
	if (!opts.echoesSecrets) {
		const secrets = secretValues(credentialTypes, opts.credentials ?? {});
		assertNoSecrets(JSON.stringify(run.data.resultData, errorFields), 'the run (items, errors, run data)', secrets);
	}
	const taskData = runData[NODE_UNDER_TEST_NAME]?.[0];
	const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
	return {
		items: outputs[0] ?? [],
		outputs,
		error: run.data.resultData.error as RunError | undefined,
		runData,
		run,
		authenticatedCredentialTypes: credentialsHelper.authenticatedTypes,
	};
}

/** The values of the credentials' password fields (the token), which no run may show. */
function secretValues(types: Map<string, ICredentialType>, credentials: Record<string, ICredentialDataDecryptedObject>): string[] {
	return Object.entries(credentials).flatMap(([typeName, data]) =>
		(types.get(typeName)?.properties ?? [])
			.filter((p) => p.typeOptions?.password === true)
			.map((p) => data[p.name])
			.filter((value): value is string => typeof value === 'string'),
	);
}

/** JSON.stringify replacer that keeps an Error's own non-enumerable message, stack and cause. */
function errorFields(this: unknown, _key: string, value: unknown): unknown {
	if (!(value instanceof Error)) return value;
	return { ...value, message: value.message, stack: value.stack, cause: (value as { cause?: unknown }).cause };
}
