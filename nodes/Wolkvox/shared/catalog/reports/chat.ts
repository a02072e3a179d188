import { report } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > Interacciones y Chats" (chat_*): chats (web, WhatsApp,
// Facebook, Instagram, Telegram) and interactions (email and social posts). The examples are blank.
// A public client notes that chat_1 filters by the chat's close date, not its start date.


export const CHAT_REPORTS: Endpoint[] = [
	report({
		api: 'chat_1',
		name: 'Chat Detail',
		description: 'One row per chat handled by an agent: channel, date, customer, agent, characters, handling time, duration, activity code, skill, ASA, last speaker and sentiment',
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'customer_name', type: 'text' },
			{ name: 'customer_email', type: 'text' },
			{ name: 'customer_phone', type: 'text' },
			{ name: 'customer_chars', type: 'number' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_chars', type: 'number' },
			{ name: 'time_on_agent', type: 'duration' },
			// Documented as seconds.
			{ name: 'chat_duration', type: 'number' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
			{ name: 'comments', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			// Upper case in this report only.
			{ name: 'ASA', type: 'duration' },
			{ name: 'last_participant_who_spoke', type: 'text' },
			{ name: 'extra_field', type: 'text' },
			{ name: 'comment', type: 'text' },
			{ name: 'user_id', type: 'text' },
			{ name: 'feeling', type: 'text' },
			// Sic ("anwers"); the example body's key even ends in a space.
			{ name: 'agent_anwers', type: 'number', aliases: ['agent_anwers '] },
		],
	}),
	report({
		api: 'chat_2',
		name: 'Chat Conversations (Messages)',
		description: 'One row per chat message: chat, agent, customer, channel, sender, recipient, date and text (attachment URLs included)',
		// Nested: each row is {conn_id, agent_name, customer_name, conversation: [{channel, from, …}]};
		// the fields below are one flattened row per element of `conversation` (see docs/catalog-notes.md).
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'customer_name', type: 'text' },
			{ name: 'channel', type: 'text' },
			// AGENT or CUSTOMER.
			{ name: 'from', type: 'text' },
			{ name: 'from_name', type: 'text' },
			{ name: 'to_name', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'message', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'customer_phone', type: 'text' },
		],
	}),
	report({
		api: 'chat_3',
		name: 'Closed Interactions by Channel',
		description: 'Per interaction channel (email, Facebook page, Instagram, Twitter): interactions closed and total handling time, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'channel', type: 'text' },
			{ name: 'interactions', type: 'number' },
			{ name: 'closing_time', type: 'duration' },
		],
	}),
	report({
		api: 'chat_4',
		name: 'Interaction Detail',
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
			{ name: 'channel', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'case_id', type: 'text' },
			{ name: 'subject', type: 'text' },
			{ name: 'from', type: 'text' },
			{ name: 'to', type: 'text' },
			{ name: 'body', type: 'text' },
			{ name: 'answer', type: 'text' },
			{ name: 'date_creation', type: 'timestamp' },
			{ name: 'close_date', type: 'timestamp' },
			{ name: 'evaluation_survey', type: 'text' },
			{ name: 'cod_act', type: 'text' },
			// In the field table, not in the example body.
			{ name: 'cod_description', type: 'text' },
			{ name: 'comments', type: 'text' },
			// Shape depends on attach_array / include_attachments.
			{ name: 'attachments', type: 'text' },
			// open, close or archived.
			{ name: 'status', type: 'text' },
		],
	}),
	report({
		api: 'chat_5',
		name: 'Closed Interactions by Agent',
		description: 'Per agent: interactions closed and time spent handling them, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'interactions', type: 'number' },
			{ name: 'close_time', type: 'duration' },
		],
	}),
	report({
		api: 'chat_6',
		name: 'Closed Interactions by Day',
		description: 'Per day: interactions closed and time spent handling them',
		fields: [
			// Documented as "year-month-day-hour" but the report is per day (inferred: the day).
			{ name: 'date', type: 'date' },
			{ name: 'interactions', type: 'number' },
			{ name: 'close_time', type: 'duration' },
		],
	}),
	report({
		api: 'chat_7',
		name: 'Closed Interactions by Agent and Code',
		description: 'Per agent and activity code: interactions closed, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'interactions', type: 'number' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'cod_act', type: 'text' },
			// In the example body, not in the field table.
			{ name: 'description_cod_act', type: 'text' },
		],
	}),
	report({
		api: 'chat_8',
		name: 'Chatbot Chats Transferred to Agents',
		description: 'One row per chat that started with a bot: messages, start and end, time with the bot and with the agent, routing point, channel, customer, characters, ASA and last sender',
		fields: [
			// "-" in the example.
			{ name: 'conn_id', type: 'text' },
			{ name: 'session_id', type: 'text' },
			{ name: 'times_chatted', type: 'number' },
			{ name: 'start_date', type: 'timestamp' },
			{ name: 'end_date', type: 'timestamp' },
			{ name: 'time_on_chatbot', type: 'duration' },
			{ name: 'rp_id', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'go_to_agent', type: 'text' },
			{ name: 'customer_phone', type: 'text' },
			{ name: 'customer_name', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'time_with_agent', type: 'duration' },
			{ name: 'total_time', type: 'duration' },
			{ name: 'customer_chars', type: 'number' },
			// In the example body, not in the field table.
			{ name: 'agent_chars', type: 'number' },
			{ name: 'total_chars', type: 'number' },
			{ name: 'asa', type: 'duration' },
			{ name: 'last_sender', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'customer_email', type: 'text' },
		],
	}),
	report({
		api: 'chat_9',
		name: 'Interaction Transfers',
		description: 'One row per transferred email interaction: agent who transferred, agent or skill who received, channel and date',
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'transfer_agent_id', type: 'text' },
			{ name: 'transfer_agent_name', type: 'text' },
			{ name: 'receiver_agent_id', type: 'text' },
			// "SKILL" when transferred to a skill.
			{ name: 'receiver_agent_name', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	report({
		api: 'chat_10',
		name: 'Official WhatsApp Conversations',
		description: 'One row per official WhatsApp Business conversation: chat, session, date, customer phone, whether a template was used and destination (no costs)',
		fields: [
			{ name: 'conn_id', type: 'text' },
			// customer.operation.connector
			{ name: 'session_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'customer_phone', type: 'text' },
			// yes or no.
			{ name: 'template', type: 'text' },
			{ name: 'destiny', type: 'text' },
		],
	}),
	report({
		api: 'chat_11',
		name: 'Chat Transfers',
		description: 'One row per transferred chat: agent who transferred, agent, skill or routing point who received, channel and date',
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'transfer_agent_id', type: 'text' },
			{ name: 'transfer_agent_name', type: 'text' },
			{ name: 'transfer_agent_dni', type: 'text' },
			{ name: 'receiver_agent_id', type: 'text' },
			{ name: 'receiver_agent_name', type: 'text' },
			{ name: 'receiver_agent_dni', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	report({
		api: 'chat_12',
		name: 'Emails Sent by Agents',
		description: 'One row per outbound email written by an agent: sender, recipient, subject, body, date and activity code',
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'from', type: 'text' },
			{ name: 'to', type: 'text' },
			{ name: 'subject', type: 'text' },
			{ name: 'body', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			// In the field table, not in the example body.
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
		],
	}),
	report({
		api: 'chat_13',
		name: 'Closed Chats by Channel',
		description: 'Per chat channel (Facebook, Instagram, web, WhatsApp): chats closed, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			// The field table says channel; the example body says chanel.
			{ name: 'channel', type: 'text', aliases: ['chanel'] },
			{ name: 'interaction', type: 'number' },
		],
	}),
	report({
		api: 'chat_14',
		name: 'Click-to-WhatsApp Detail',
		description: 'One row per chat started from an ad or post: source URL, type and ID, chat, routing point, agent, media, date and activity code',
		fields: [
			{ name: 'source_url', type: 'text' },
			// ad or post.
			{ name: 'source_type', type: 'text' },
			{ name: 'source_id', type: 'text' },
			{ name: 'chat_id', type: 'text' },
			{ name: 'rp_id', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			// image or video.
			{ name: 'media_type', type: 'text' },
			{ name: 'media_url', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'cod_act', type: 'text' },
		],
	}),
	report({
		api: 'chat_15',
		name: 'Click-to-WhatsApp Summary',
		description: 'Chats from ads and from posts handled by bots and by agents, as a single row for the whole range',
		totals: true,
		fields: [
			{ name: 'ad_chatbot', type: 'number' },
			{ name: 'ad_agents', type: 'number' },
			{ name: 'post_chatbot', type: 'number' },
			{ name: 'post_agents', type: 'number' },
			{ name: 'total_chatbot', type: 'number' },
			{ name: 'total_agents', type: 'number' },
		],
	}),
	report({
		api: 'chat_16',
		name: 'Chat Productivity by Agent',
		description: 'Per agent: chats handled, total and average conversation time and share transferred, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'total_chats', type: 'number' },
			// From each chat's start to its close (a public client sees ~23 h for chats closed by timeout).
			{ name: 'time', type: 'duration' },
			{ name: 'tmo', type: 'duration' },
			{ name: 'percent_transfer', type: 'percent' },
		],
	}),
];
