import { report } from '../builders';
import type { Endpoint, Field } from '../types';

// Reports Manager, collection folder "Reportes > Diagram" (diagram_*): IVR, smart wait, smart survey,
// ASR, TTS, NLP and chatbot routing. Only diagram_15's example carries values ("2026-01-18 19:34:31",
// "00:01:41"); elsewhere dates documented as "year-month-day-hour" are typed as that timestamp form.

/** Smart-survey answers q01 … q10, as the examples name them (the field tables say `q#`). */
function surveyQuestions(type: Field['type']): Field[] {
	return Array.from({ length: 10 }, (_, i) => ({ name: `q${String(i + 1).padStart(2, '0')}`, type }));
}


export const DIAGRAM_REPORTS: Endpoint[] = [
	report({
		api: 'diagram_1',
		name: 'IVR Call Detail',
		description: 'One row per IVR call: routing point, menu option pressed, transfer target, result, caller, duration, customer and call ID',
		params: [
			{
				displayName: 'Customer ID',
				name: 'customer_id',
				description: "Only this customer's calls (the customer's identification number); leave empty for every call",
				type: 'string',
				default: '',
			},
		],
		fields: [
			{ name: 'rp_id', type: 'text' },
			{ name: 'rp_name', type: 'text' },
			// "PULSE" when the caller pressed nothing.
			{ name: 'cod_opc_menu', type: 'text' },
			{ name: 'dn_transfer', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'result', type: 'text' },
			{ name: 'ani', type: 'text' },
			{ name: 'time', type: 'duration' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
		],
	}),
	report({
		api: 'diagram_1_1',
		name: 'IVR Calls and Minutes by Day',
		description: 'Calls handled by the IVR and minutes consumed, one row per day',
		fields: [
			// Documented as year-month-day.
			{ name: 'day', type: 'date' },
			{ name: 'calls', type: 'number' },
			{ name: 'ivr_minutes', type: 'number' },
		],
	}),
	report({
		api: 'diagram_1_2',
		name: 'IVR Calls and Minutes by Hour',
		description: 'Calls handled by the IVR and minutes consumed, one row per hour',
		fields: [
			// Wolkvox's English page documents `date`; the collection's example names it `day`.
			{ name: 'date', type: 'hour', aliases: ['day'] },
			{ name: 'calls', type: 'number' },
			{ name: 'ivr_minutes', type: 'number' },
		],
	}),
	report({
		api: 'diagram_1_3',
		name: 'IVR Calls and Minutes by Menu Option',
		description: 'Per routing point and menu option: calls and IVR minutes, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'rp_id', type: 'text' },
			{ name: 'calls', type: 'number' },
			// Documented as IVR minutes consumed.
			{ name: 'time', type: 'number' },
			{ name: 'cod_opc_menu', type: 'text' },
		],
	}),
	report({
		api: 'diagram_2',
		name: 'Smart Wait Summary by Skill',
		description: 'Per skill: calls offered a callback (smart wait), accepted and declined, successful and failed callbacks and the service-level gain, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'skill_id', type: 'text' },
			{ name: 'treatment', type: 'number' },
			{ name: 'customer_say_no', type: 'number' },
			{ name: 'customer_say_yes', type: 'number' },
			{ name: 'recall_fail', type: 'number' },
			{ name: 'recall_ok', type: 'number' },
			{ name: 'service_level_up', type: 'percent' },
		],
	}),
	report({
		api: 'diagram_3',
		name: 'Smart Wait Callback Detail',
		description: 'One row per call that used smart wait: inbound call and last callback dates, status, attempts, phones, time between calls, duration and billed minutes',
		fields: [
			{ name: 'skill_id', type: 'text' },
			{ name: 'date_inbound_call', type: 'timestamp' },
			{ name: 'date_last_outbound_call', type: 'timestamp' },
			// YES, NO, OK, NO USER, STOP NEW or FAIL.
			{ name: 'status', type: 'text' },
			{ name: 'attempts', type: 'number' },
			{ name: 'ani', type: 'text' },
			{ name: 'dial_phone', type: 'text' },
			{ name: 'time_between_calls', type: 'duration' },
			{ name: 'time', type: 'duration' },
			{ name: 'billed_minutes', type: 'number' },
			{ name: 'customer_id', type: 'text' },
		],
	}),
	report({
		api: 'diagram_4',
		name: 'Smart Survey Responses',
		description: "One row per answered smart survey: agent, skill, call, caller, the answers to up to 10 questions, voice message and its detected sentiment",
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'ani', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			// Raw answers; "-" for a question not asked or not answered.
			...surveyQuestions('text'),
			{ name: 'voice_message_duration', type: 'duration' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'result', type: 'text' },
			{ name: 'time', type: 'duration' },
			{ name: 'voice_message', type: 'text' },
			{ name: 'feeling', type: 'text' },
		],
	}),
	report({
		api: 'diagram_5',
		name: 'Smart Survey Results by Agent',
		description: 'Per agent: surveys answered, the average score of each of up to 10 questions and the overall average, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'surveys', type: 'number' },
			...surveyQuestions('number'),
			{ name: 'average', type: 'number' },
		],
	}),
	report({
		api: 'diagram_6',
		name: 'Smart Survey Results by Skill',
		description: 'Per skill: surveys answered, the average score of each of up to 10 questions and the overall average, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'surveys', type: 'number' },
			...surveyQuestions('number'),
			{ name: 'average', type: 'number' },
		],
	}),
	report({
		api: 'diagram_7',
		name: 'Speech Recognition (ASR) Usage Detail',
		description: 'One row per speech recognition (ASR) use: recognition time, language, recognized text, date and routing point',
		fields: [
			// Documented both as seconds (field table) and milliseconds (report description).
			{ name: 'time', type: 'number' },
			{ name: 'language', type: 'text' },
			{ name: 'recognized_text', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'rp_id', type: 'text' },
		],
	}),
	report({
		api: 'diagram_8',
		name: 'Text-to-Speech (TTS) Usage Detail',
		description: 'One row per text-to-speech (TTS) play: text or voice, characters, date and routing point',
		fields: [
			{ name: 'tts_text', type: 'text' },
			// The field table says characters; the example body has credits in its place.
			{ name: 'characters', type: 'number', aliases: ['credits'] },
			{ name: 'recognized_text', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			// In the example body, not in the field table.
			{ name: 'rp_id', type: 'text' },
		],
	}),
	report({
		api: 'diagram_9',
		name: 'Chatbot and Interaction Routing Detail',
		description: "One row per interaction routed by a routing point or chatbot: session, channel, date, customer's name, email, phone and request, and the routing answer",
		fields: [
			{ name: 'session_id', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'rp_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'customer_name', type: 'text' },
			{ name: 'customer_email', type: 'text' },
			{ name: 'customer_phone', type: 'text' },
			{ name: 'customer_query', type: 'text' },
			{ name: 'routing_answer', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			// "0" in the example.
			{ name: 'conn_id', type: 'text' },
		],
	}),
	report({
		api: 'diagram_10',
		name: 'Most Used TTS Phrases',
		description: 'Per text-to-speech phrase: times played and characters converted, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'total', type: 'number' },
			{ name: 'characters', type: 'number' },
			{ name: 'tts_text', type: 'text' },
		],
	}),
	report({
		api: 'diagram_11',
		name: 'IVR Calls Transferred to Agents',
		description: 'One row per IVR call: time in the IVR, time in queue and with the agent it was transferred to, activity codes, call type and total time',
		// Fields not reached (no skill, no agent) are "-".
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'time_on_rp', type: 'duration' },
			{ name: 'end_date_rp', type: 'timestamp' },
			{ name: 'rp_id', type: 'text' },
			{ name: 'ani', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'time_on_skill', type: 'duration' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_result', type: 'text' },
			{ name: 'go_to_agent', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'time_with_agent', type: 'duration' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'cod_act_2', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'total_time', type: 'duration' },
		],
	}),
	report({
		api: 'diagram_12',
		name: 'Sentiment Analysis Usage Detail',
		description: 'One row per sentiment analysis: billed units, analyzed text and date',
		fields: [
			{ name: 'units', type: 'number' },
			{ name: 'text', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	report({
		api: 'diagram_13',
		name: 'Menu Option Path Detail',
		description: 'One row per pass through a "final menu option" component in a voice or chat flow: routing point, interaction, customer, channel, phone, attempt, date and option',
		fields: [
			{ name: 'rp_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			// voice, chat-web, chat-whatsapp, chat-facebook or chat-telegram.
			{ name: 'channel', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'attempt', type: 'number' },
			{ name: 'date', type: 'timestamp' },
			// The second of the interaction at which the option was reached.
			{ name: 'second_event', type: 'number' },
			{ name: 'cod_opc_menu', type: 'text' },
		],
	}),
	report({
		api: 'diagram_14',
		name: 'Flow Activity Codes by Use',
		description: 'Per activity code set in wolkvox Studio flows: times used and share of all interactions, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
			{ name: 'count', type: 'number' },
			{ name: 'percent', type: 'percent' },
		],
	}),
	report({
		api: 'diagram_15',
		name: 'Voice Bot Conversations (IVR, ASR, TTS, NLP)',
		description: 'One row per voice conversation: voice routing point, conversation ID, date, IVR time, NLP credits, ASR time and TTS credits',
		fields: [
			// "conversations-voice-61083"
			{ name: 'conversational_id', type: 'text' },
			// "6736.4628.1040.1768782812.1814"
			{ name: 'connect_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'ivr_time', type: 'duration' },
			// Decimal: "2.887".
			{ name: 'nlp_credits', type: 'number' },
			{ name: 'asr_time', type: 'duration' },
			{ name: 'tts_credits', type: 'number' },
		],
	}),
];
