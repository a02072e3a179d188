/**
 * Runs a polling trigger's poll() in n8n-core's real `PollContext`, in-process: the same parameter
 * resolution, credential handling, HTTP helpers and workflow static data n8n gives a poll, without
 * a server. Static data lives in `staticData`; hand a copy of it to a new harness to play a restart
 * (n8n saves it after each poll and loads it again with the workflow).
 */
import { ExecutionLifecycleHooks, PollContext } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { assertNoSecrets } from '../secrets';
import { HarnessCredentialsHelper, harnessAdditionalData } from './harness';
import { commonPollingParameters, shutDownSshClients } from './n8nCore';

export const TRIGGER_NODE_NAME = 'Trigger Under Test';

export interface PollHarnessOptions {
	/** The trigger, e.g. `new WolkvoxTrigger()`. */
	node: INodeType;
	credentialType: ICredentialType;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The trigger's parameters, `pollTimes` included (n8n adds that parameter to every polling node). */
	parameters: INodeParameters;
	/** The workflow's static data to start from (a restart keeps it); empty by default. */
	staticData?: IDataObject;
}

export interface PollResult {
	/** What poll() returned on its first output: null when it had nothing to emit. */
	items: INodeExecutionData[] | null;
	error?: Error & { description?: string | null };
}

/** The node type as n8n's loader presents it: the common polling parameters first. */
function asLoaded(node: INodeType): INodeType {
	const loaded = Object.create(node) as INodeType;
	loaded.description = { ...node.description, properties: [...commonPollingParameters, ...node.description.properties] };
	return loaded;
}

export class PollHarness {
	readonly staticData: IDataObject;
	private readonly nodeType: INodeType;
	private readonly nodeTypes: INodeTypes;
	private readonly credentialsHelper: HarnessCredentialsHelper;

	constructor(private readonly opts: PollHarnessOptions) {
		this.staticData = opts.staticData ?? {};
		this.nodeType = asLoaded(opts.node);
		const byName = { [opts.node.description.name]: this.nodeType };
		this.nodeTypes = {
			getByName: (name) => byName[name],
			getByNameAndVersion: (name) => byName[name],
			getKnownTypes: () => ({}),
		};
		this.credentialsHelper = new HarnessCredentialsHelper(new Map([[opts.credentialType.name, opts.credentialType]]), opts.credentials);
	}

	/** One poll, as n8n's cron (mode `trigger`) or the editor's Fetch Test Event (mode `manual`) runs it. */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<PollResult> {
		const node: INode = {
			id: 'trigger-under-test',
			name: TRIGGER_NODE_NAME,
			type: this.opts.node.description.name,
			typeVersion: 1,
			position: [0, 0],
			parameters: this.opts.parameters,
			credentials: Object.fromEntries(Object.keys(this.opts.credentials).map((type) => [type, { id: `${type}-id`, name: type }])),
		};
		const workflow = new Workflow({
			id: 'poll-harness-workflow',
			name: 'Poll Harness',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: this.nodeTypes,
			staticData: this.staticData,
			settings: { executionOrder: 'v1' },
		});
		const hooks = new ExecutionLifecycleHooks(mode, 'poll-harness-execution', {
			id: workflow.id,
			name: workflow.name ?? 'Poll Harness',
			active: true,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			nodes: [node],
			connections: {},
			activeVersionId: null,
		});
		const context = new PollContext(
			workflow,
			workflow.getNode(TRIGGER_NODE_NAME) as INode,
			harnessAdditionalData(this.credentialsHelper, hooks),
			mode,
			'activate',
		);
		let result: PollResult;
		try {
			const output = await (this.nodeType.poll as NonNullable<INodeType['poll']>).call(context);
			result = { items: output ? output[0] : null };
		} catch (error) {
			result = { items: null, error: error as PollResult['error'] };
		} finally {
			shutDownSshClients();
		}
		// The secrets guarantee, as runNode checks it: nothing a poll returns, throws or keeps holds the token.
		const { error } = result;
		const shown = { items: result.items, error: error && { message: error.message, description: error.description, stack: error.stack }, staticData: this.staticData };
		const tokens = Object.values(this.opts.credentials).map((c) => String(c.token ?? ''));
		assertNoSecrets(JSON.stringify(shown), 'the poll (items, error, static data)', tokens);
		return result;
	}
}
