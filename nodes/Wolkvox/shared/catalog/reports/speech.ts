import { report } from '../builders';
import type { Endpoint, Field } from '../types';

// Reports Manager, collection folder "Reportes > Speech Analytics" (speech_*). The examples are blank.

const AGENT: Field[] = [
	{ name: 'agent_id', type: 'text' },
	{ name: 'agent_name', type: 'text' },
	{ name: 'agent_dni', type: 'text' },
];

export const SPEECH_REPORTS: Endpoint[] = [
	report({
		api: 'speech_1',
		name: 'Speech Analytics Call Detail',
		description: "One row per analyzed call or chat: agent, duration, silence, customer, activity code, greeting checks, the operation's custom categories, transcript, sentiment and channel",
		// The operation's custom categories (category01, …) arrive between greeting_agent_name and
		// audio_text; their names vary, so they are not listed and pass through as sent.
		fields: [
			...AGENT,
			{ name: 'conn_id', type: 'text' },
			// Seconds.
			{ name: 'time', type: 'number' },
			{ name: 'date', type: 'timestamp' },
			// Seconds of silence; always 0 outside voice.
			{ name: 'time_silence', type: 'number' },
			{ name: 'customer_phone', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
			// yes or no.
			{ name: 'greeting', type: 'text' },
			{ name: 'slow_to_greet', type: 'text' },
			// "yes – <name said>" or "no".
			{ name: 'greeting_agent_name', type: 'text' },
			{ name: 'audio_text', type: 'text' },
			{ name: 'feeling', type: 'text' },
			{ name: 'channel', type: 'text' },
		],
	}),
	report({
		api: 'speech_2',
		name: 'Silence Percentage by Agent',
		description: "Per agent: average share of silence in the agent's calls, aggregated over the whole range (no per-day rows)",
		totals: true,
		fields: [...AGENT, { name: 'silence', type: 'percent' }],
	}),
	report({
		api: 'speech_3',
		name: 'Slow Greeting Percentage by Agent',
		description: "Per agent: share of the agent's calls with a slow greeting, aggregated over the whole range (no per-day rows)",
		totals: true,
		fields: [...AGENT, { name: 'slow_to_greet', type: 'percent' }],
	}),
	report({
		api: 'speech_4',
		name: 'Average Sentiment by Agent',
		description: "Per agent: the average sentiment level (very negative … very positive) detected in the agent's interactions, aggregated over the whole range",
		totals: true,
		fields: [...AGENT, { name: 'feeling', type: 'text' }],
	}),
	report({
		api: 'speech_5',
		name: 'On-Demand Text Analytics',
		description: 'One row per text conversation analyzed on demand: agent, conversation ID, text, summary, sentiment, analysis date and characters',
		fields: [
			// The field table says agent_id; the example body says id_agent.
			{ name: 'agent_id', type: 'text', aliases: ['id_agent'] },
			{ name: 'id_text', type: 'text' },
			{ name: 'text', type: 'text' },
			{ name: 'summary', type: 'text' },
			{ name: 'feeling', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'total_chars', type: 'number' },
		],
	}),
];
