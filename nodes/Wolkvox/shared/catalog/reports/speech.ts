import { numbers, report, text, timestamps } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > Speech Analytics" (speech_*). The examples are blank.

const AGENT = text('agent_id', 'agent_name', 'agent_dni');

export const SPEECH_REPORTS: Endpoint[] = [
	report('speech_1', 'Speech Analytics Call Detail', {
		description: "One row per analyzed call or chat: agent, duration, silence, customer, activity code, greeting checks, the operation's custom categories, transcript, sentiment and channel",
		// The operation's custom categories (category01, …) arrive between greeting_agent_name and
		// audio_text; their names vary, so they are not listed and pass through as sent.
		fields: [
			...AGENT,
			...text('conn_id'),
			// Seconds.
			...numbers('time'),
			...timestamps('date'),
			// Seconds of silence; always 0 outside voice.
			...numbers('time_silence'),
			...text('customer_phone', 'customer_id', 'cod_act', 'description_cod_act'),
			// yes or no.
			...text('greeting', 'slow_to_greet'),
			// "yes – <name said>" or "no".
			...text('greeting_agent_name', 'audio_text', 'feeling', 'channel'),
		],
	}),
	report('speech_2', 'Silence Percentage by Agent', {
		description: "Per agent: average share of silence in the agent's calls, aggregated over the whole range (no per-day rows)",
		totals: true,
		fields: [...AGENT, { name: 'silence', type: 'percent' }],
	}),
	report('speech_3', 'Slow Greeting Percentage by Agent', {
		description: "Per agent: share of the agent's calls with a slow greeting, aggregated over the whole range (no per-day rows)",
		totals: true,
		fields: [...AGENT, { name: 'slow_to_greet', type: 'percent' }],
	}),
	report('speech_4', 'Average Sentiment by Agent', {
		description: "Per agent: the average sentiment level (very negative … very positive) detected in the agent's interactions, aggregated over the whole range",
		totals: true,
		fields: [...AGENT, { name: 'feeling', type: 'text' }],
	}),
	report('speech_5', 'On-Demand Text Analytics', {
		description: 'One row per text conversation analyzed on demand: agent, conversation ID, text, summary, sentiment, analysis date and characters',
		fields: [
			// The field table says agent_id; the example body says id_agent.
			{ name: 'agent_id', type: 'text', aliases: ['id_agent'] },
			...text('id_text', 'text', 'summary', 'feeling'),
			...timestamps('date'),
			...numbers('total_chars'),
		],
	}),
];
