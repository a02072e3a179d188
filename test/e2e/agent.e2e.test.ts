/**
 * The Wolkvox node as an AI agent's tool in real n8n: Manual Trigger → AI Agent, with n8n's OpenAI
 * Chat Model pointed (its credential's Base URL) at a scripted OpenAI-compatible model on 127.0.0.1
 * (tools/lib/scriptedModel.ts) and the Wolkvox Tool whose report and Limit are `$fromAI` parameters.
 * The model's first answer is a tool call (a report and a limit), its second echoes the tool's
 * result; the simulator's log, the tool's output and the agent's answer are checked against the
 * simulator's generators. One workflow per API the chat model node speaks: Chat Completions and
 * Responses (its default from node version 1.3).
 */
import { createHome, loadN8nTooling, nodeItems, type BatchEntry, type CredentialImport, type ExecutionResult, type JsonObject, type N8nHome } from '../../tools/lib/n8n';
import { packPackage } from '../../tools/lib/package';
import { startScriptedModel, type ModelApi, type ModelTurn, type ScriptedModel } from '../../tools/lib/scriptedModel';
import { startSimulator, type Simulator } from '../../tools/simulator/server';
import { assertNoSecrets, TEST_TOKENS } from '../secrets';
import { expectedIvrHours } from './expected';
import { IVR_DAY } from './scenarios';
import { NOW, SEED, TIME_ZONE, TOKEN } from './session';

const VERSIONS = (globalThis as { __N8N_E2E_VERSIONS__?: string[] }).__N8N_E2E_VERSIONS__ ?? [];
if (VERSIONS.length === 0) throw new Error('no n8n versions: run through `npm run test:e2e` (jest.e2e.config.js lists them)');

const MINUTE = 60_000;
/** The model's API key: a test secret like the Wolkvox token (listed in test/secrets.json). */
const MODEL_KEY = 'sk-scripted-e2e-9d4e27';
const PROMPT = 'Show me 3 rows of the IVR report of 20 November 2026.';
const TOOL_DESCRIPTION = 'Rows of a Wolkvox Reports Manager report for 20 November 2026';
const AGENT = 'AI Agent';
const TOOL = 'Wolkvox';
const MODEL = 'OpenAI Chat Model';
/** What the model asks for: the IVR report (24 hourly rows for the day), 3 of them. */
const REPORT = 'diagram_1_2';
const LIMIT = 3;
const ANSWER_PREFIX = 'Here are the rows Wolkvox returned:\n';
const APIS: ModelApi[] = ['chat', 'responses'];

/** The tool the model is offered for the Wolkvox node: the one with the `$fromAI` keys. */
const wolkvoxTool = (turn: ModelTurn) => turn.tools.find((t) => 'report' in ((t.parameters.properties as JsonObject | undefined) ?? {}));

/** First turn: call the Wolkvox tool; second turn (its result in the conversation): echo that result. */
function script(turn: ModelTurn) {
	const [result] = turn.toolResults;
	if (result) return { text: `${ANSWER_PREFIX}${result.content}` };
	const tool = wolkvoxTool(turn);
	if (!tool) throw new Error(`no Wolkvox tool among ${turn.tools.map((t) => t.name).join(', ') || 'no tools'}`);
	return { toolCall: { name: tool.name, arguments: { report: REPORT, limit: LIMIT } } };
}

/** The AI Agent's newest version in each n8n line: 3 in 1.123.x, 3.1 in 2.x (the version a new node gets). */
const agentVersion = (n8nVersion: string) => (n8nVersion.startsWith('1.') ? 3 : 3.1);

function agentWorkflow(id: string, version: string, api: ModelApi, credentials: { wolkvox: { id: string; name: string }; model: { id: string; name: string } }): JsonObject {
	const node = (name: string, type: string, typeVersion: number, parameters: JsonObject, x: number, y = 0, extra: JsonObject = {}) => ({
		id: `${id}-${name.replace(/\W/g, '')}`,
		name,
		type,
		typeVersion,
		position: [x, y],
		parameters,
		...extra,
	});
	return {
		id,
		name: `e2e agent (${api})`,
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, 0),
			node('AI Agent', '@n8n/n8n-nodes-langchain.agent', agentVersion(version), { promptType: 'define', text: PROMPT, options: {} }, 220),
			node(
				MODEL,
				'@n8n/n8n-nodes-langchain.lmChatOpenAi',
				1.3,
				{ model: { __rl: true, mode: 'id', value: 'scripted-model' }, responsesApiEnabled: api === 'responses', options: {} },
				120,
				200,
				{ credentials: { openAiApi: credentials.model } },
			),
			node(
				TOOL,
				'n8n-nodes-wolkvox.wolkvoxTool',
				2,
				{
					descriptionType: 'manual',
					toolDescription: TOOL_DESCRIPTION,
					resource: 'report',
					operation: 'get',
					reportFamily: 'diagram',
					report: "={{ $fromAI('report', 'The Wolkvox API name of the report, such as diagram_1_2', 'string') }}",
					period: 'custom',
					startDate: IVR_DAY[0],
					endDate: IVR_DAY[1],
					limit: "={{ $fromAI('limit', 'How many rows at most', 'number') }}",
					options: {},
				},
				320,
				200,
				{ credentials: { wolkvoxApi: credentials.wolkvox } },
			),
		],
		connections: {
			Start: { main: [[{ node: AGENT, type: 'main', index: 0 }]] },
			[MODEL]: { ai_languageModel: [[{ node: AGENT, type: 'ai_languageModel', index: 0 }]] },
			[TOOL]: { ai_tool: [[{ node: AGENT, type: 'ai_tool', index: 0 }]] },
		},
	};
}

describe.each(VERSIONS)('the Wolkvox node as an AI agent tool in n8n %s', (version) => {
	let pack: ReturnType<typeof packPackage>;
	let model: ScriptedModel;
	let home: N8nHome;
	const sims = new Map<ModelApi, Simulator>();
	const entries = new Map<ModelApi, BatchEntry>();
	const ids: Record<ModelApi, string> = { chat: 'wolkvoxAgent001', responses: 'wolkvoxAgent002' };
	let output = '';

	beforeAll(async () => {
		pack = packPackage();
		model = await startScriptedModel(script);
		const tooling = await loadN8nTooling();
		home = await createHome({ version, packageDir: pack.tgz });
		const credentials: CredentialImport[] = [];
		for (const api of APIS) {
			const sim = await startSimulator({ token: TOKEN, seed: SEED, now: () => NOW, timezone: TIME_ZONE });
			sims.set(api, sim);
			credentials.push({
				id: `wolkvoxAgentCred${api === 'chat' ? 1 : 2}`,
				name: `Wolkvox agent ${api}`,
				type: 'wolkvoxApi',
				data: { server: sim.url, token: TOKEN, timezone: TIME_ZONE, maxConcurrentRequests: 1 },
			});
		}
		const modelCredential = { id: 'scriptedModelCred1', name: 'Scripted model', type: 'openAiApi', data: { apiKey: MODEL_KEY, url: model.url } };
		await tooling.importCredentials(home, [...credentials, modelCredential]);
		await tooling.importWorkflows(
			home,
			APIS.map((api, i) => agentWorkflow(ids[api], version, api, { wolkvox: credentials[i], model: modelCredential })),
		);
		const batch = await tooling.executeWorkflows(home, Object.values(ids));
		output = (batch as { output?: string }).output ?? '';
		for (const api of APIS) entries.set(api, batch[ids[api]]);
	}, 20 * MINUTE);

	afterAll(async () => {
		await home?.cleanup();
		await Promise.all([...sims.values()].map((s) => s.close()));
		await model?.close();
		pack?.cleanup();
	});

	describe.each(APIS)('the chat model on the %s API', (api) => {
		const result = () => entries.get(api)?.result as ExecutionResult | undefined;
		const turns = () => model.turns.filter((t) => t.api === api);
		/** The IVR report of the day, as Simplify gives it: from the simulator's generator. */
		const report = expectedIvrHours([['20261120000000', '20261120235959']], SEED, NOW, TIME_ZONE);
		/** The tool node's run: n8n runs it as a node of its own, with the model's arguments as input. */
		const toolRun = () => {
			const run = result()?.data.resultData.runData[TOOL]?.[0] as { inputOverride?: { ai_tool?: Array<Array<{ json: JsonObject }>> }; data?: { ai_tool?: Array<Array<{ json: JsonObject }>> } } | undefined;
			return { input: run?.inputOverride?.ai_tool?.[0]?.map((i) => i.json), rows: run?.data?.ai_tool?.[0]?.map((i) => i.json) };
		};

		it("runs: the model is asked twice, with the prompt, the Wolkvox tool and the credential's key", () => {
			expect(entries.get(api)?.status).toBe('success');
			expect(turns()).toHaveLength(2);
			for (const turn of turns()) {
				expect(turn.authorization).toBe(`Bearer ${MODEL_KEY}`);
				expect(turn.model).toBe('scripted-model');
				expect(turn.prompts).toContain(PROMPT);
				expect(turn.tools.map((t) => [t.name, t.description])).toEqual([[TOOL, TOOL_DESCRIPTION]]);
			}
			// The tool's schema is its $fromAI parameters, with the types they name.
			expect(turns()[0].tools[0].parameters).toMatchObject({
				type: 'object',
				properties: { report: { type: 'string' }, limit: { type: 'number' } },
				required: ['report', 'limit'],
			});
			// The tool node's input is the model's arguments (1.123.x adds the call's toolCallId).
			expect(toolRun().input).toEqual([expect.objectContaining({ report: REPORT, limit: LIMIT })]);
		});

		it('the simulator got exactly the one report request the $fromAI parameters make', () => {
			const log = sims.get(api)?.stats.log.filter((e) => e.path.startsWith('/api/')) ?? [];
			expect(log.map((e) => [e.path, e.query.api, e.query.date_ini, e.query.date_end])).toEqual([
				['/api/v2/reports_manager.php', REPORT, '20261120000000', '20261120235959'],
			]);
		});

		it('the Limit holds: the tool returned the first Limit rows of a longer report, and the model got them', () => {
			expect(report.length).toBeGreaterThan(LIMIT);
			expect(toolRun().rows).toEqual(report.slice(0, LIMIT));
			const [toolResult] = turns()[1].toolResults;
			expect(JSON.parse(toolResult.content)).toEqual(report.slice(0, LIMIT));
		});

		it("the agent's final answer carries the rows", () => {
			const items = nodeItems(result(), AGENT);
			expect(items).toHaveLength(1);
			const answer = String(items[0].json.output);
			expect(answer.startsWith(ANSWER_PREFIX)).toBe(true);
			expect(JSON.parse(answer.slice(ANSWER_PREFIX.length))).toEqual(report.slice(0, LIMIT));
		});
	});

	it("neither n8n's output, the executions nor what the model was sent shows the Wolkvox token or the model's key", () => {
		expect(TEST_TOKENS).toEqual(expect.arrayContaining([TOKEN, MODEL_KEY]));
		assertNoSecrets(`${output}\n${JSON.stringify([...entries.values()])}`, `n8n ${version}: the agent workflows' executions and output`);
		assertNoSecrets(model.turns.map((t) => t.body).join('\n'), `n8n ${version}: what the model was sent`);
	});
});
