import { days, durations, numbers, percents, report, text, timestamps } from '../builders';
import type { Endpoint, Field } from '../types';

// Reports Manager, collection folder "Reportes > Diagram" (diagram_*): IVR, smart wait, smart survey,
// ASR, TTS, NLP and chatbot routing. Only diagram_15's example carries values ("2026-01-18 19:34:31",
// "00:01:41"); elsewhere dates documented as "year-month-day-hour" are typed as that timestamp form.

/** Smart-survey answers q01 … q10, as the examples name them (the field tables say `q#`). */
function surveyQuestions(type: Field['type']): Field[] {
	return Array.from({ length: 10 }, (_, i) => ({ name: `q${String(i + 1).padStart(2, '0')}`, type }));
}


export const DIAGRAM_REPORTS: Endpoint[] = [
	report('diagram_1', 'IVR Call Detail', {
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
			...text('rp_id', 'rp_name'),
			// "PULSE" when the caller pressed nothing.
			...text('cod_opc_menu', 'dn_transfer'),
			...timestamps('date'),
			...text('result', 'ani'),
			...durations('time'),
			...text('customer_id', 'conn_id'),
		],
	}),
	report('diagram_1_1', 'IVR Calls and Minutes by Day', {
		description: 'Calls handled by the IVR and minutes consumed, one row per day',
		fields: [
			// Documented as year-month-day.
			...days('day'),
			...numbers('calls', 'ivr_minutes'),
		],
	}),
	report('diagram_1_2', 'IVR Calls and Minutes by Hour', {
		description: 'Calls handled by the IVR and minutes consumed, one row per hour',
		fields: [
			// Wolkvox's English page documents `date`; the collection's example names it `day`.
			{ name: 'date', type: 'hour', aliases: ['day'] },
			...numbers('calls', 'ivr_minutes'),
		],
	}),
	report('diagram_1_3', 'IVR Calls and Minutes by Menu Option', {
		description: 'Per routing point and menu option: calls and IVR minutes, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			...text('rp_id'),
			...numbers('calls'),
			// Documented as IVR minutes consumed.
			...numbers('time'),
			...text('cod_opc_menu'),
		],
	}),
	report('diagram_2', 'Smart Wait Summary by Skill', {
		description: 'Per skill: calls offered a callback (smart wait), accepted and declined, successful and failed callbacks and the service-level gain, aggregated over the whole range',
		totals: true,
		fields: [
			...text('skill_id'), ...numbers('treatment', 'customer_say_no', 'customer_say_yes', 'recall_fail', 'recall_ok'),
			...percents('service_level_up'),
		],
	}),
	report('diagram_3', 'Smart Wait Callback Detail', {
		description: 'One row per call that used smart wait: inbound call and last callback dates, status, attempts, phones, time between calls, duration and billed minutes',
		fields: [
			...text('skill_id'),
			...timestamps('date_inbound_call', 'date_last_outbound_call'),
			// YES, NO, OK, NO USER, STOP NEW or FAIL.
			...text('status'),
			...numbers('attempts'),
			...text('ani', 'dial_phone'),
			...durations('time_between_calls', 'time'),
			...numbers('billed_minutes'),
			...text('customer_id'),
		],
	}),
	report('diagram_4', 'Smart Survey Responses', {
		description: "One row per answered smart survey: agent, skill, call, caller, the answers to up to 10 questions, voice message and its detected sentiment",
		fields: [
			...text('agent_id', 'agent_name', 'agent_dni', 'skill_id', 'skill_name'),
			...timestamps('date'),
			...text('conn_id', 'ani', 'customer_id'),
			// Raw answers; "-" for a question not asked or not answered.
			...surveyQuestions('text'),
			...durations('voice_message_duration'),
			...text('type_interaction', 'result'),
			...durations('time'),
			...text('voice_message', 'feeling'),
		],
	}),
	report('diagram_5', 'Smart Survey Results by Agent', {
		description: 'Per agent: surveys answered, the average score of each of up to 10 questions and the overall average, aggregated over the whole range',
		totals: true,
		fields: [...text('agent_id', 'agent_name'), ...numbers('surveys'), ...surveyQuestions('number'), ...numbers('average')],
	}),
	report('diagram_6', 'Smart Survey Results by Skill', {
		description: 'Per skill: surveys answered, the average score of each of up to 10 questions and the overall average, aggregated over the whole range',
		totals: true,
		fields: [...text('skill_id', 'skill_name'), ...numbers('surveys'), ...surveyQuestions('number'), ...numbers('average')],
	}),
	report('diagram_7', 'Speech Recognition (ASR) Usage Detail', {
		description: 'One row per speech recognition (ASR) use: recognition time, language, recognized text, date and routing point',
		fields: [
			// Documented both as seconds (field table) and milliseconds (report description).
			...numbers('time'),
			...text('language', 'recognized_text'),
			...timestamps('date'),
			...text('rp_id'),
		],
	}),
	report('diagram_8', 'Text-to-Speech (TTS) Usage Detail', {
		description: 'One row per text-to-speech (TTS) play: text or voice, characters, date and routing point',
		fields: [
			...text('tts_text'),
			// The field table says characters; the example body has credits in its place.
			{ name: 'characters', type: 'number', aliases: ['credits'] },
			...text('recognized_text'),
			...timestamps('date'),
			// In the example body, not in the field table.
			...text('rp_id'),
		],
	}),
	report('diagram_9', 'Chatbot and Interaction Routing Detail', {
		description: "One row per interaction routed by a routing point or chatbot: session, channel, date, customer's name, email, phone and request, and the routing answer",
		fields: [
			...text('session_id', 'channel', 'rp_id'),
			...timestamps('date'),
			...text('customer_name', 'customer_email', 'customer_phone', 'customer_query', 'routing_answer'),
			...text('customer_id'),
			// "0" in the example.
			...text('conn_id'),
		],
	}),
	report('diagram_10', 'Most Used TTS Phrases', {
		description: 'Per text-to-speech phrase: times played and characters converted, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [...numbers('total', 'characters'), ...text('tts_text')],
	}),
	report('diagram_11', 'IVR Calls Transferred to Agents', {
		description: 'One row per IVR call: time in the IVR, time in queue and with the agent it was transferred to, activity codes, call type and total time',
		// Fields not reached (no skill, no agent) are "-".
		fields: [
			...text('conn_id'), ...durations('time_on_rp'), ...timestamps('end_date_rp'), ...text('rp_id', 'ani', 'customer_id'),
			...durations('time_on_skill'), ...text('skill_id', 'skill_result', 'go_to_agent', 'agent_id', 'agent_name'),
			...durations('time_with_agent'), ...text('cod_act', 'cod_act_2', 'type_interaction'), ...durations('total_time'),
		],
	}),
	report('diagram_12', 'Sentiment Analysis Usage Detail', {
		description: 'One row per sentiment analysis: billed units, analyzed text and date',
		fields: [...numbers('units'), ...text('text'), ...timestamps('date')],
	}),
	report('diagram_13', 'Menu Option Path Detail', {
		description: 'One row per pass through a "final menu option" component in a voice or chat flow: routing point, interaction, customer, channel, phone, attempt, date and option',
		fields: [
			...text('rp_id', 'conn_id', 'customer_id'),
			// voice, chat-web, chat-whatsapp, chat-facebook or chat-telegram.
			...text('channel', 'telephone'),
			...numbers('attempt'),
			...timestamps('date'),
			// The second of the interaction at which the option was reached.
			...numbers('second_event'),
			...text('cod_opc_menu'),
		],
	}),
	report('diagram_14', 'Flow Activity Codes by Use', {
		description: 'Per activity code set in wolkvox Studio flows: times used and share of all interactions, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [...text('cod_act', 'description_cod_act'), ...numbers('count'), ...percents('percent')],
	}),
	report('diagram_15', 'Voice Bot Conversations (IVR, ASR, TTS, NLP)', {
		description: 'One row per voice conversation: voice routing point, conversation ID, date, IVR time, NLP credits, ASR time and TTS credits',
		fields: [
			// "conversations-voice-61083"
			...text('conversational_id'),
			// "6736.4628.1040.1768782812.1814"
			...text('connect_id'),
			...timestamps('date'),
			...durations('ivr_time'),
			// Decimal: "2.887".
			...numbers('nlp_credits'),
			...durations('asr_time'),
			...numbers('tts_credits'),
		],
	}),
];
