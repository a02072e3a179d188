/**
 * A scripted OpenAI-compatible model on 127.0.0.1, for n8n's OpenAI Chat Model node pointed at it
 * (the `openAiApi` credential's Base URL). It speaks both APIs that node calls: Chat Completions
 * (`POST /chat/completions`, Use Responses API off) and Responses (`POST /responses`, the default
 * from node version 1.3), plus `GET /models` for the model list. Not streaming: an AI Agent run by
 * a Manual Trigger asks without it (n8n 2.41.1); a streamed request is refused, saying so.
 * Each turn, the script sees the conversation in one shape for both APIs and answers with a tool
 * call or a final text; every request is recorded.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ModelApi = 'chat' | 'responses';

export interface ModelTool {
	name: string;
	description: string;
	/** The tool's JSON schema (from its `$fromAI` parameters). */
	parameters: Record<string, unknown>;
}

/** A tool's result as it came back to the model. */
export interface ToolResult {
	callId: string;
	content: string;
}

export interface ModelTurn {
	api: ModelApi;
	model: string;
	/** The Authorization header (the credential's API key as a bearer token). */
	authorization: string;
	tools: ModelTool[];
	/** The system and user texts, in order. */
	prompts: string[];
	toolResults: ToolResult[];
	/** The raw request body. */
	body: string;
}

export type ModelReply = { toolCall: { name: string; arguments: Record<string, unknown> } } | { text: string };

export interface ScriptedModel {
	/** The Base URL for the credential (ends in /v1, as OpenAI's does). */
	url: string;
	turns: ModelTurn[];
	close(): Promise<void>;
}

type Json = Record<string, unknown>;

const text = (content: unknown): string => {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) return content.map((part) => (typeof part === 'string' ? part : String((part as Json).text ?? ''))).join('');
	return '';
};

function chatTurn(body: Json): Pick<ModelTurn, 'tools' | 'prompts' | 'toolResults'> {
	const messages = (body.messages as Json[] | undefined) ?? [];
	return {
		tools: ((body.tools as Json[] | undefined) ?? []).map((t) => {
			const f = t.function as Json;
			return { name: String(f.name), description: String(f.description ?? ''), parameters: (f.parameters as Json) ?? {} };
		}),
		prompts: messages.filter((m) => m.role === 'system' || m.role === 'user').map((m) => text(m.content)),
		toolResults: messages.filter((m) => m.role === 'tool').map((m) => ({ callId: String(m.tool_call_id), content: text(m.content) })),
	};
}

function responsesTurn(body: Json): Pick<ModelTurn, 'tools' | 'prompts' | 'toolResults'> {
	const input = typeof body.input === 'string' ? [{ role: 'user', content: body.input }] : ((body.input as Json[] | undefined) ?? []);
	const prompts = input.filter((m) => m.role === 'system' || m.role === 'developer' || m.role === 'user').map((m) => text(m.content));
	if (typeof body.instructions === 'string') prompts.unshift(body.instructions);
	return {
		tools: ((body.tools as Json[] | undefined) ?? [])
			.filter((t) => t.type === 'function')
			.map((t) => ({ name: String(t.name), description: String(t.description ?? ''), parameters: (t.parameters as Json) ?? {} })),
		prompts,
		toolResults: input
			.filter((m) => m.type === 'function_call_output')
			.map((m) => ({ callId: String(m.call_id), content: typeof m.output === 'string' ? m.output : JSON.stringify(m.output) })),
	};
}

function chatAnswer(reply: ModelReply, model: string, n: number): Json {
	const message =
		'toolCall' in reply
			? {
					role: 'assistant',
					content: null,
					tool_calls: [{ id: `call_scripted_${n}`, type: 'function', function: { name: reply.toolCall.name, arguments: JSON.stringify(reply.toolCall.arguments) } }],
				}
			: { role: 'assistant', content: reply.text };
	return {
		id: `chatcmpl-scripted-${n}`,
		object: 'chat.completion',
		created: 1_700_000_000 + n,
		model,
		choices: [{ index: 0, message, finish_reason: 'toolCall' in reply ? 'tool_calls' : 'stop' }],
		usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
	};
}

function responsesAnswer(reply: ModelReply, model: string, n: number): Json {
	const item =
		'toolCall' in reply
			? { type: 'function_call', id: `fc_scripted_${n}`, call_id: `call_scripted_${n}`, name: reply.toolCall.name, arguments: JSON.stringify(reply.toolCall.arguments), status: 'completed' }
			: { type: 'message', id: `msg_scripted_${n}`, role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: reply.text, annotations: [] }] };
	return {
		id: `resp_scripted_${n}`,
		object: 'response',
		created_at: 1_700_000_000 + n,
		status: 'completed',
		model,
		output: [item],
		usage: { input_tokens: 10, output_tokens: 10, total_tokens: 20 },
	};
}

export async function startScriptedModel(script: (turn: ModelTurn, index: number) => ModelReply, models = ['scripted-model']): Promise<ScriptedModel> {
	const turns: ModelTurn[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const send = (status: number, value: unknown) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(value));
			};
			const path = (req.url ?? '').split('?')[0];
			if (req.method === 'GET' && path.endsWith('/models')) {
				send(200, { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'scripted' })) });
				return;
			}
			const api: ModelApi | undefined = path.endsWith('/chat/completions') ? 'chat' : path.endsWith('/responses') ? 'responses' : undefined;
			if (req.method !== 'POST' || !api) {
				send(404, { error: { message: `the scripted model has no ${req.method} ${path}`, type: 'invalid_request_error' } });
				return;
			}
			const raw = Buffer.concat(chunks).toString('utf8');
			try {
				const body = JSON.parse(raw) as Json;
				if (body.stream === true) throw new Error('streaming is not scripted');
				const turn: ModelTurn = {
					api,
					model: String(body.model),
					authorization: String(req.headers.authorization ?? ''),
					...(api === 'chat' ? chatTurn(body) : responsesTurn(body)),
					body: raw,
				};
				turns.push(turn);
				const reply = script(turn, turns.length - 1);
				send(200, (api === 'chat' ? chatAnswer : responsesAnswer)(reply, turn.model, turns.length));
			} catch (error) {
				send(400, { error: { message: `the scripted model could not answer: ${(error as Error).message}`, type: 'invalid_request_error' } });
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/v1`,
		turns,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
