import { days, durations, numbers, percents, report, text, timestamps } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > Interacciones y Chats" (chat_*): chats (web, WhatsApp,
// Facebook, Instagram, Telegram) and interactions (email and social posts). The examples are blank.
// A public client notes that chat_1 filters by the chat's close date, not its start date.


export const CHAT_REPORTS: Endpoint[] = [
	report('chat_1', 'Chat Detail', {
		description: 'One row per chat handled by an agent: channel, date, customer, agent, characters, handling time, duration, activity code, skill, ASA, last speaker and sentiment',
		fields: [
			...text('conn_id', 'channel'),
			...timestamps('date'),
			...text('customer_name', 'customer_email', 'customer_phone'),
			...numbers('customer_chars'),
			...text('agent_id', 'agent_name'),
			...numbers('agent_chars'),
			...durations('time_on_agent'),
			// Documented as seconds.
			...numbers('chat_duration'),
			...text('cod_act', 'description_cod_act', 'comments', 'customer_id', 'skill_id'),
			// Upper case in this report only.
			...durations('ASA'),
			...text('last_participant_who_spoke', 'extra_field', 'comment', 'user_id', 'feeling'),
			// Sic ("anwers"); the example body's key even ends in a space.
			{ name: 'agent_anwers', type: 'number', aliases: ['agent_anwers '] },
		],
	}),
	report('chat_2', 'Chat Conversations (Messages)', {
		description: 'One row per chat message: chat, agent, customer, channel, sender, recipient, date and text (attachment URLs included)',
		// Nested: each row is {conn_id, agent_name, customer_name, conversation: [{channel, from, …}]};
		// the fields below are one flattened row per element of `conversation` (see docs/catalog-notes.md).
		fields: [
			...text('conn_id', 'agent_name', 'customer_name', 'channel'),
			// AGENT or CUSTOMER.
			...text('from', 'from_name', 'to_name'),
			...timestamps('date'),
			...text('message', 'customer_id', 'customer_phone'),
		],
	}),
	report('chat_3', 'Closed Interactions by Channel', {
		description: 'Per interaction channel (email, Facebook page, Instagram, Twitter): interactions closed and total handling time, aggregated over the whole range',
		totals: true,
		fields: [...text('channel'), ...numbers('interactions'), ...durations('closing_time')],
	}),
	report('chat_4', 'Interaction Detail', {
		description: 'One row per email or social interaction: channel, agent, skill, case, subject, sender, recipient, body, answer, creation and close dates, survey, code, comments, attachments and status',
		params: [
			{
				displayName: 'Attachments as Array',
				name: 'attach_array',
				description: 'Whether to return attachments as an array rather than as JSON text',
				type: 'boolean',
				default: false,
				flagValues: ['yes', 'no'],
			},
			{
				displayName: 'Include Attachments',
				name: 'include_attachments',
				description: 'Whether to include the attachment files in the response',
				type: 'boolean',
				default: false,
			},
		],
		fields: [
			...text('channel', 'agent_name', 'skill_id', 'case_id', 'subject', 'from', 'to', 'body'),
			...text('answer'),
			...timestamps('date_creation', 'close_date'),
			...text('evaluation_survey', 'cod_act'),
			// In the field table, not in the example body.
			...text('cod_description', 'comments'),
			// Shape depends on attach_array / include_attachments.
			...text('attachments'),
			// open, close or archived.
			...text('status'),
		],
	}),
	report('chat_5', 'Closed Interactions by Agent', {
		description: 'Per agent: interactions closed and time spent handling them, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [...text('agent_name'), ...numbers('interactions'), ...durations('close_time')],
	}),
	report('chat_6', 'Closed Interactions by Day', {
		description: 'Per day: interactions closed and time spent handling them',
		fields: [
			// Documented as "year-month-day-hour" but the report is per day (inferred: the day).
			...days('date'),
			...numbers('interactions'),
			...durations('close_time'),
		],
	}),
	report('chat_7', 'Closed Interactions by Agent and Code', {
		description: 'Per agent and activity code: interactions closed, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			...numbers('interactions'),
			...text('agent_name', 'cod_act'),
			// In the example body, not in the field table.
			...text('description_cod_act'),
		],
	}),
	report('chat_8', 'Chatbot Chats Transferred to Agents', {
		description: 'One row per chat that started with a bot: messages, start and end, time with the bot and with the agent, routing point, channel, customer, characters, ASA and last sender',
		fields: [
			// "-" in the example.
			...text('conn_id', 'session_id'),
			...numbers('times_chatted'),
			...timestamps('start_date', 'end_date'),
			...durations('time_on_chatbot'),
			...text('rp_id', 'channel', 'go_to_agent', 'customer_phone', 'customer_name', 'agent_id'),
			...text('agent_name'),
			...durations('time_with_agent', 'total_time'),
			...numbers('customer_chars'),
			// In the example body, not in the field table.
			...numbers('agent_chars', 'total_chars'),
			...durations('asa'),
			...text('last_sender', 'customer_id', 'customer_email'),
		],
	}),
	report('chat_9', 'Interaction Transfers', {
		description: 'One row per transferred email interaction: agent who transferred, agent or skill who received, channel and date',
		fields: [
			...text('conn_id', 'transfer_agent_id', 'transfer_agent_name', 'receiver_agent_id'),
			// "SKILL" when transferred to a skill.
			...text('receiver_agent_name', 'channel'),
			...timestamps('date'),
		],
	}),
	report('chat_10', 'Official WhatsApp Conversations', {
		description: 'One row per official WhatsApp Business conversation: chat, session, date, customer phone, whether a template was used and destination (no costs)',
		fields: [
			...text('conn_id'),
			// customer.operation.connector
			...text('session_id'),
			...timestamps('date'),
			...text('customer_phone'),
			// yes or no.
			...text('template', 'destiny'),
		],
	}),
	report('chat_11', 'Chat Transfers', {
		description: 'One row per transferred chat: agent who transferred, agent, skill or routing point who received, channel and date',
		fields: [
			...text('conn_id', 'transfer_agent_id', 'transfer_agent_name', 'transfer_agent_dni'),
			...text('receiver_agent_id', 'receiver_agent_name', 'receiver_agent_dni', 'channel'), ...timestamps('date'),
		],
	}),
	report('chat_12', 'Emails Sent by Agents', {
		description: 'One row per outbound email written by an agent: sender, recipient, subject, body, date and activity code',
		fields: [
			...text('conn_id', 'agent_id', 'agent_name', 'channel', 'from', 'to', 'subject', 'body'),
			...timestamps('date'),
			// In the field table, not in the example body.
			...text('cod_act', 'description_cod_act'),
		],
	}),
	report('chat_13', 'Closed Chats by Channel', {
		description: 'Per chat channel (Facebook, Instagram, web, WhatsApp): chats closed, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			// The field table says channel; the example body says chanel.
			{ name: 'channel', type: 'text', aliases: ['chanel'] },
			...numbers('interaction'),
		],
	}),
	report('chat_14', 'Click-to-WhatsApp Detail', {
		description: 'One row per chat started from an ad or post: source URL, type and ID, chat, routing point, agent, media, date and activity code',
		fields: [
			...text('source_url'),
			// ad or post.
			...text('source_type', 'source_id', 'chat_id', 'rp_id', 'agent_id'),
			// image or video.
			...text('media_type', 'media_url'),
			...timestamps('date'),
			...text('cod_act'),
		],
	}),
	report('chat_15', 'Click-to-WhatsApp Summary', {
		description: 'Chats from ads and from posts handled by bots and by agents, as a single row for the whole range',
		totals: true,
		fields: [
			...numbers('ad_chatbot', 'ad_agents', 'post_chatbot', 'post_agents', 'total_chatbot'), ...numbers('total_agents'),
		],
	}),
	report('chat_16', 'Chat Productivity by Agent', {
		description: 'Per agent: chats handled, total and average conversation time and share transferred, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			...text('agent_id', 'agent_name'),
			...numbers('total_chats'),
			// From each chat's start to its close (a public client sees ~23 h for chats closed by timeout).
			...durations('time', 'tmo'),
			...percents('percent_transfer'),
		],
	}),
];
