import { dataset } from './builders';
import type { Endpoint } from './types';

// `information.php?api=…` — the collection's "Información" folder: the operation's configuration and
// accounts. Only audit_log and get_notification take dates. The examples are blank; yes/no flags stay text.


export const INFORMATION: Endpoint[] = [
	dataset({
		api: 'audit_log',
		name: 'Manager Audit Log',
		description: 'Every change made in wolkvox Manager: date, public IP, user, action and workstation',
		dateRange: true,
		fields: [
			{ name: 'date', type: 'timestamp' },
			{ name: 'ip', type: 'text' },
			{ name: 'user', type: 'text' },
			{ name: 'action', type: 'text' },
			{ name: 'workstation', type: 'text' },
		],
	}),
	dataset({
		api: 'routing_points',
		name: 'Routing Points',
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
			{ name: 'rp_id', type: 'text' },
			{ name: 'rp_name', type: 'text' },
			{ name: 'ivr_active', type: 'text' },
			{ name: 'chat_active', type: 'text' },
			{ name: 'interaction_active', type: 'text' },
			{ name: 'crm_active', type: 'text' },
			{ name: 'last_use', type: 'timestamp' },
		],
	}),
	dataset({
		api: 'skills',
		name: 'Skills',
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
		fields: [
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'skill_description', type: 'text' },
			{ name: 'last_use', type: 'timestamp' },
		],
	}),
	dataset({
		api: 'campaigns',
		name: 'Campaigns',
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
			{ name: 'campaign_id', type: 'text' },
			{ name: 'campaign_name', type: 'text' },
			{ name: 'campaign_description', type: 'text' },
			// predictive or preview.
			{ name: 'type_campaign', type: 'text' },
			// Started or Stopped.
			{ name: 'status', type: 'text' },
			{ name: 'records', type: 'number' },
			{ name: 'speed', type: 'number' },
			// autopilot, strategy or e.g. "phone1 - ring: 60(seg)".
			{ name: 'dial_mode', type: 'text' },
			{ name: 'last_use', type: 'timestamp' },
			{ name: 'recycled', type: 'number' },
			{ name: 'turbo_dial', type: 'text' },
			{ name: 'skill_id', type: 'text' },
		],
	}),
	dataset({
		api: 'agents',
		name: 'Agents',
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
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'agent_dni', type: 'text' },
			{ name: 'agent_status', type: 'text' },
			{ name: 'last_use', type: 'timestamp' },
			{ name: 'agent_sso', type: 'text' },
			// In the example body, not in the field table.
			{ name: 'enabled', type: 'text' },
		],
	}),
	dataset({
		api: 'connectors',
		name: 'Connectors',
		description: "The operation's channel connectors (web chat, WhatsApp, Facebook, Instagram, SMS, Telegram, email, Twitter) and their routing points",
		fields: [
			{ name: 'connector_id', type: 'text' },
			{ name: 'rp_id', type: 'text' },
			// In the example body, not in the field table.
			{ name: 'name', type: 'text' },
			{ name: 'channel', type: 'text' },
		],
	}),
	dataset({
		api: 'services',
		name: 'Enabled Services',
		description: 'Licenses, PBX users and which services and channels (recording, analytics, storage, dialers, WhatsApp, …) are enabled, as a single row',
		fields: [
			{ name: 'licenses', type: 'number' },
			{ name: 'pbx', type: 'number' },
			{ name: 'screen_recording', type: 'text' },
			{ name: 'video_call', type: 'text' },
			{ name: 'stereo_recording', type: 'text' },
			{ name: 'gamification', type: 'text' },
			{ name: 'text_analytics', type: 'text' },
			{ name: 'speech_analytics', type: 'text' },
			{ name: 'rsync', type: 'text' },
			{ name: 'wolkvox_storage', type: 'text' },
			{ name: 'blob_storage', type: 'text' },
			{ name: 'aws_s3', type: 'text' },
			{ name: 'intelligentdial', type: 'text' },
			{ name: 'bi', type: 'text' },
			{ name: 'customer_prot', type: 'text' },
			{ name: 'mr_wizard', type: 'text' },
			{ name: 'turbo_dial', type: 'text' },
			{ name: 'sso', type: 'text' },
			{ name: 'mailgun', type: 'text' },
			{ name: 'whatsapp', type: 'text' },
			{ name: 'facebook_page', type: 'text' },
			{ name: 'facebook_messenger', type: 'text' },
			{ name: 'instagram_page', type: 'text' },
			{ name: 'instagram_chat', type: 'text' },
			{ name: 'sms_bidireccional', type: 'text' },
			{ name: 'chat_web', type: 'text' },
			{ name: 'telegram', type: 'text' },
			// In the example body, not in the field table.
			{ name: 'crm', type: 'text' },
			{ name: 'email', type: 'text' },
			{ name: 'cobrowsing', type: 'text' },
		],
	}),
	dataset({
		api: 'agents_in_skill',
		name: 'Agents in a Skill',
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
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'last_use', type: 'timestamp' },
			{ name: 'expertise', type: 'number' },
		],
	}),
	dataset({
		api: 'activity_codes',
		name: 'Activity Codes',
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
			{ name: 'description_cod_act', type: 'text' },
			{ name: 'hit', type: 'text' },
			{ name: 'rpc', type: 'text' },
			{ name: 'chat', type: 'text' },
			{ name: 'studio', type: 'text' },
			{ name: 'voice', type: 'text' },
			// cod_act1 or cod_act2.
			{ name: 'type_code', type: 'text' },
			{ name: 'interactions', type: 'text' },
		],
	}),
	dataset({
		api: 'token_info',
		name: 'Token Usage',
		description: "Each API token's daily limit, today's use by it and by all tokens, and what remains today",
		fields: [
			{ name: 'description', type: 'text' },
			{ name: 'token_limit', type: 'number' },
			{ name: 'token_use_today', type: 'number' },
			{ name: 'all_token_today', type: 'number' },
			{ name: 'available_consumption_options', type: 'number' },
		],
	}),
	dataset({
		api: 'get_dnc',
		name: 'Do Not Call List',
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
			{ name: 'phone_number', type: 'text' },
			{ name: 'type', type: 'text' },
			// The date the number was added to the list.
			{ name: 'date_delete', type: 'timestamp' },
		],
	}),
	dataset({
		api: 'law2300_info',
		name: 'Law 2300 Protected Phone Lookup',
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
			{ name: 'phone_number', type: 'text' },
			{ name: 'last_day', type: 'timestamp' },
			// voice, chat or whatsapp.
			{ name: 'last_channel', type: 'text' },
		],
	}),
	dataset({
		api: 'get_ip',
		name: 'Allowed IP Addresses',
		description: "The IP addresses registered (allow-listed) for the operation: operation, IP, last use, type (temporary or permanent) and description",
		fields: [
			{ name: 'operation', type: 'text' },
			{ name: 'ip', type: 'text' },
			{ name: 'last_use', type: 'timestamp' },
			{ name: 'type_ip', type: 'text' },
			{ name: 'description', type: 'text' },
		],
	}),
	dataset({
		api: 'get_notification',
		name: 'Manager Notifications',
		description: 'The text of every notification created by the "wolkvox Notification" component, with its date',
		dateRange: true,
		fields: [
			{ name: 'date', type: 'timestamp' },
			{ name: 'notification', type: 'text' },
		],
	}),
	dataset({
		api: 'storage',
		name: 'Audio Storage Used',
		description: 'Disk space used by stored audio files, in gigabytes, as a single row',
		fields: [{ name: 'storage', type: 'number' }],
	}),
	dataset({
		api: 'audio_list',
		name: 'Audio Files',
		description: 'The audio files stored in the platform: ID, creation date, size in kilobytes and duration in seconds',
		fields: [
			{ name: 'audio_id', type: 'text' },
			{ name: 'created_at', type: 'timestamp' },
			// Kilobytes. The field table says Size; the example body says size.
			{ name: 'size', type: 'number', aliases: ['Size'] },
			// Seconds.
			{ name: 'duration', type: 'number' },
		],
	}),
];
