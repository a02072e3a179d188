import { dataset, numbers, text, timestamps } from './builders';
import type { Endpoint } from './types';

// `information.php?api=…` — the collection's "Información" folder: the operation's configuration and
// accounts. Only audit_log and get_notification take dates. The examples are blank; yes/no flags stay text.


export const INFORMATION: Endpoint[] = [
	dataset('audit_log', 'Manager Audit Log', {
		description: 'Every change made in wolkvox Manager: date, public IP, user, action and workstation',
		dateRange: true,
		fields: [...timestamps('date'), ...text('ip', 'user', 'action', 'workstation')],
	}),
	dataset('routing_points', 'Routing Points', {
		description: "The operation's routing points: ID, name, whether IVR, chat, interactions and CRM are active, and last use",
		params: [
			{
				displayName: 'Routing Point ID',
				name: 'routing',
				description: 'Only this routing point; leave empty for all',
				type: 'string',
				default: '',
			},
		],
		fields: [
			...text('rp_id', 'rp_name', 'ivr_active', 'chat_active', 'interaction_active', 'crm_active'),
			...timestamps('last_use'),
		],
	}),
	dataset('skills', 'Skills', {
		description: "The operation's skills (agent groups): ID, name, description and last use",
		params: [
			{
				displayName: 'Skill ID',
				name: 'skill',
				description: 'Only this skill; leave empty for all',
				type: 'string',
				default: '',
				list: 'skills',
			},
		],
		fields: [...text('skill_id', 'skill_name', 'skill_description'), ...timestamps('last_use')],
	}),
	dataset('campaigns', 'Campaigns', {
		description: "The operation's campaigns: ID, name, description, type, status, records, speed, dial mode, last use, recycles, Turbo Dial and skill",
		params: [
			{
				displayName: 'Campaign ID',
				name: 'campaign',
				description: 'Only this campaign; leave empty for all',
				type: 'string',
				default: '',
				list: 'campaigns',
			},
		],
		fields: [
			...text('campaign_id', 'campaign_name', 'campaign_description'),
			// predictive or preview.
			...text('type_campaign'),
			// Started or Stopped.
			...text('status'),
			...numbers('records', 'speed'),
			// autopilot, strategy or e.g. "phone1 - ring: 60(seg)".
			...text('dial_mode'),
			...timestamps('last_use'),
			...numbers('recycled'),
			...text('turbo_dial', 'skill_id'),
		],
	}),
	dataset('agents', 'Agents', {
		description: "The operation's agents: ID, name, document number, status, last connection and single sign-on user",
		params: [
			{
				displayName: 'Agent ID',
				name: 'agent',
				description: 'Only this agent; leave empty for all',
				type: 'string',
				default: '',
				list: 'agents',
			},
		],
		fields: [
			...text('agent_id', 'agent_name', 'agent_dni', 'agent_status'),
			...timestamps('last_use'),
			...text('agent_sso'),
			// In the example body, not in the field table.
			...text('enabled'),
		],
	}),
	dataset('connectors', 'Connectors', {
		description: "The operation's channel connectors (web chat, WhatsApp, Facebook, Instagram, SMS, Telegram, email, Twitter) and their routing points",
		fields: [
			...text('connector_id', 'rp_id'),
			// In the example body, not in the field table.
			...text('name', 'channel'),
		],
	}),
	dataset('services', 'Enabled Services', {
		description: 'Licenses, PBX users and which services and channels (recording, analytics, storage, dialers, WhatsApp, …) are enabled, as a single row',
		fields: [
			...numbers('licenses', 'pbx'),
			...text('screen_recording', 'video_call', 'stereo_recording', 'gamification', 'text_analytics'),
			...text('speech_analytics', 'rsync', 'wolkvox_storage', 'blob_storage', 'aws_s3'),
			...text('intelligentdial', 'bi', 'customer_prot', 'mr_wizard', 'turbo_dial', 'sso', 'mailgun'),
			...text('whatsapp', 'facebook_page', 'facebook_messenger', 'instagram_page', 'instagram_chat'),
			...text('sms_bidireccional', 'chat_web', 'telegram'),
			// In the example body, not in the field table.
			...text('crm', 'email', 'cobrowsing'),
		],
	}),
	dataset('agents_in_skill', 'Agents in a Skill', {
		description: 'The agents assigned to one skill: ID, name, last login and expertise level',
		params: [
			{
				displayName: 'Skill ID',
				name: 'skill_id',
				description: 'The skill (agent group) whose agents to list',
				required: true,
				type: 'string',
				default: '',
				list: 'skills',
			},
		],
		fields: [...text('agent_id', 'agent_name'), ...timestamps('last_use'), ...numbers('expertise')],
	}),
	dataset('activity_codes', 'Activity Codes', {
		description: 'The active activity (disposition) codes: code, description, group, and whether they count as hit or RPC and apply to voice, chat, interactions and Studio',
		params: [
			{
				displayName: 'Activity Code',
				name: 'cod_act',
				description: 'Only this activity code; leave empty for all',
				type: 'string',
				default: '',
				list: 'activityCodes',
			},
		],
		fields: [
			// The example body (and a public client) say cod_act; the field table says code_act.
			{ name: 'cod_act', type: 'text', aliases: ['code_act'] },
			...text('description_cod_act', 'hit', 'rpc', 'chat', 'studio', 'voice'),
			// cod_act1 or cod_act2.
			...text('type_code', 'interactions'),
		],
	}),
	dataset('token_info', 'Token Usage', {
		description: "Each API token's daily limit, today's use by it and by all tokens, and what remains today",
		fields: [
			...text('description'),
			...numbers('token_limit', 'token_use_today', 'all_token_today', 'available_consumption_options'),
		],
	}),
	dataset('get_dnc', 'Do Not Call List', {
		description: 'The phone numbers on the Do Not Call list, with the call direction they are blocked for and the date they were added',
		params: [
			{
				displayName: 'Call Direction',
				name: 'type',
				description: 'Which list to get: inbound, outbound or all',
				required: true,
				type: 'string',
				default: 'all',
			},
		],
		fields: [
			...text('phone_number', 'type'),
			// The date the number was added to the list.
			...timestamps('date_delete'),
		],
	}),
	dataset('law2300_info', 'Law 2300 Protected Phone Lookup', {
		description: "Whether a phone number is blocked by Colombia's Law 2300 contact protection for a company, with the block date and last contact channel",
		params: [
			{
				displayName: 'Company NIT',
				name: 'nit',
				description: 'The NIT (tax ID) of the company validated in the Law 2300 section of wolkvox Manager',
				required: true,
				type: 'string',
				default: '',
			},
			{
				displayName: 'Phone Number',
				name: 'phone',
				description: 'The phone number to look up',
				required: true,
				type: 'string',
				default: '',
			},
		],
		fields: [
			...text('phone_number'),
			...timestamps('last_day'),
			// voice, chat or whatsapp.
			...text('last_channel'),
		],
	}),
	dataset('get_ip', 'Allowed IP Addresses', {
		description: "The IP addresses registered (allow-listed) for the operation: operation, IP, last use, type (temporary or permanent) and description",
		fields: [...text('operation', 'ip'), ...timestamps('last_use'), ...text('type_ip', 'description')],
	}),
	dataset('get_notification', 'Manager Notifications', {
		description: 'The text of every notification created by the "wolkvox Notification" component, with its date',
		dateRange: true,
		fields: [...timestamps('date'), ...text('notification')],
	}),
	dataset('storage', 'Audio Storage Used', {
		description: 'Disk space used by stored audio files, in gigabytes, as a single row',
		fields: [{ name: 'storage', type: 'number' }],
	}),
	dataset('audio_list', 'Audio Files', {
		description: 'The audio files stored in the platform: ID, creation date, size in kilobytes and duration in seconds',
		fields: [
			...text('audio_id'),
			...timestamps('created_at'),
			// Kilobytes. The field table says Size; the example body says size.
			{ name: 'size', type: 'number', aliases: ['Size'] },
			// Seconds.
			...numbers('duration'),
		],
	}),
];
