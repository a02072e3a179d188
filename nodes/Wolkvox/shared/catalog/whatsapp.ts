import { bodyField, choices, lookupIn, objectBody, SINGLE, text, writeIn } from './builders';
import type { BodyField, Endpoint, Param } from './types';

// `whatsapp.php`, the "WhatsApp" folder of Wolkvox's collection: messages and templates of official
// (Meta API Cloud) and mobile connectors, and the chats agents handle. What each takes and answers:
// docs/wolkvox-api.md#messaging.

const write = writeIn('whatsapp');
const lookup = lookupIn('whatsapp');

const CONNECTOR = bodyField('connector_id', 'Connector ID', 'The WhatsApp connector to act through', { required: true, list: 'connectors' });
const TELEPHONE = bodyField('telephone', 'Telephone', "The customer's mobile number, with its country code (573001234567)", {
	required: true,
	format: 'telephone',
});
const MESSAGE = bodyField('message', 'Message', 'The text to send', { required: true });
const TEMPLATE_NAME = bodyField('name', 'Template Name', 'The template: lower case, digits and underscores, unique in the operation', { required: true });
const LANGUAGE = bodyField('language', 'Language', "The template's language code as Meta spells it (es, en_US, es_MX)", { required: true });
const COMPONENTS = bodyField(
	'components',
	'Components',
	"The template's sections as Meta defines them: a JSON list of HEADER, BODY (its text with {{1}}, {{2}}… and body_text examples), FOOTER and BUTTONS objects",
	{ type: 'json', required: true },
);

/** Template variables: Wolkvox documents one text; several are sent joined by commas (inferred, docs/wolkvox-api.md#messaging). */
export const TEMPLATE_VARIABLES_SEPARATOR = ',';

const SEE_SENT = "The chat appears in the Real-Time resource's chats and in the connector's conversations in wolkvox Manager once delivered; running again would send it a second time";
const SEE_TEMPLATES = "Get Templates lists the connector's templates with their status";

/** A template write's body: connector, name, language, components, and its category fixed. */
const createTemplate = (api: string, name: string, category: string, what: string): Endpoint =>
	write('POST', api, name, {
		action: `Create ${what} template`,
		description: `Create a WhatsApp ${what} template (category ${category}) on an official connector and submit it to Meta for approval; it can be sent once Get Templates shows it APPROVED`,
		body: { ...objectBody(CONNECTOR, TEMPLATE_NAME, LANGUAGE, COMPONENTS), fixed: { category } },
		write: { batching: SINGLE, outcome: 'created', check: `${SEE_TEMPLATES}; running again would submit it a second time` },
		fields: text('template_id', 'name', 'status'),
	});

const AGENT_CHAT_FILTERS: Param[] = [
	{ displayName: 'Phone', name: 'phone', description: "Only chats with this customer's phone number", type: 'string', default: '' },
	{ displayName: 'Customer Email', name: 'email', description: "Only chats with this customer's email address", type: 'string', default: '', placeholder: 'name@email.com' },
	{ displayName: 'Customer Name', name: 'customer_name', description: "Only chats with this customer's name", type: 'string', default: '' },
	{
		displayName: 'Channel',
		name: 'channel',
		description: 'Only chats of this channel',
		type: 'options',
		options: [{ name: 'Any Channel', value: '' }, ...choices(['whatsapp', 'WhatsApp'], ['web', 'Web Chat'], ['instagram', 'Instagram'], ['facebook', 'Facebook'])],
		default: '',
	},
	{ displayName: 'Connector ID', name: 'channel_id', description: 'Only chats of this connector', type: 'string', default: '' },
];

const URL_PARAMS: BodyField = bodyField('url_params', 'URL Button Parameters', "The text that completes each dynamic URL button's link", {
	type: 'rows',
	fields: [
		bodyField('index', 'Button Position', 'The button: 0 for the first, 1 for the second', { required: true, format: 'integer', range: [0, 9] }),
		bodyField('text', 'Text', "The value put into the button's URL", { required: true }),
	],
});

export const WHATSAPP: Endpoint[] = [
	write('POST', 'send_template_official', 'Send Template', {
		action: 'Send template',
		description:
			"Send an approved WhatsApp template to a customer's mobile number through an official connector, with its variables, a header attachment and URL button values; use it to start a conversation (outside the 24-hour window only templates can be sent)",
		body: objectBody(
			CONNECTOR,
			TELEPHONE,
			bodyField('template_name', 'Template', 'The approved template to send', { required: true, list: 'templates' }),
			bodyField('template_vars', 'Template Variables', "The values of the template's {{1}}, {{2}}… in order, as a list or a comma-separated text", {
				type: 'list',
				joinWith: TEMPLATE_VARIABLES_SEPARATOR,
			}),
			bodyField('customer_id', 'Customer ID', "The customer's ID, recorded with the chat"),
			bodyField('url_attach', 'Attachment URL', "A public URL of the image, video or document of the template's header"),
			URL_PARAMS,
		),
		write: {
			batching: SINGLE,
			outcome: 'sent',
			check: SEE_SENT,
			template: { connector: 'connector_id', template: 'template_name', variables: 'template_vars' },
		},
	}),
	write('POST', 'send_message_official', 'Send Message', {
		action: 'Send message',
		description:
			'Send a free-form WhatsApp text through an official connector; use it to answer a customer who wrote in the last 24 hours; to start a conversation, send a template',
		body: objectBody(CONNECTOR, TELEPHONE, MESSAGE),
		write: { batching: SINGLE, outcome: 'sent', check: SEE_SENT },
	}),
	write('POST', 'send_message_mobil', 'Send Mobile Message', {
		action: 'Send message from mobile connector',
		description:
			'Send a WhatsApp text, optionally with an image, through a mobile (not Business) connector; Wolkvox sends one such message every 20 seconds, about 6,000 a day',
		body: objectBody(CONNECTOR, TELEPHONE, MESSAGE, bodyField('url_attach', 'Image URL', 'A public URL of an image to send with the text')),
		write: { batching: SINGLE, outcome: 'sent', check: SEE_SENT },
	}),
	write('POST', 'upload_media', 'Upload Media', {
		action: 'Upload media for template',
		description: "Upload an image, video or document from a public URL to Meta, for a template's header example; its handle goes into the template's components",
		body: objectBody(CONNECTOR, bodyField('file_url', 'File URL', 'A public URL Meta can download the file from', { required: true })),
		write: { batching: SINGLE, outcome: 'uploaded', check: 'Uploading the same file again is harmless: it gives a new handle' },
		fields: text('handle'),
	}),
	lookup('list_templates', 'Get Templates', {
		action: 'Get templates',
		description: "List a connector's WhatsApp templates with their status (APPROVED, PENDING, REJECTED), language, category and text; use it to find which template to send",
		// A GET: n8n sends no body with it, so the connector goes in the query (inferred to be read there too).
		params: [{ displayName: 'Connector ID', name: 'connector_id', description: 'The WhatsApp connector whose templates to list', list: 'connectors', required: true, type: 'string', default: '' }],
		rowsKey: 'data.meta_templates',
		fields: text('name', 'language', 'status', 'category', 'sub_category', 'id', 'parameter_format', 'previous_category'),
	}),
	write('POST', 'sync_templates', 'Sync Templates', {
		action: 'Sync templates',
		description: "Bring a connector's templates from Meta Business Suite into wolkvox Manager, so that templates made there can be sent",
		body: objectBody(CONNECTOR),
		write: { batching: SINGLE, outcome: 'synced', check: `${SEE_TEMPLATES}; syncing again is harmless` },
		fields: text('name_template', 'body_template', 'idiom', 'category'),
	}),
	createTemplate('create_template', 'Create Marketing Template', 'MARKETING', 'marketing'),
	createTemplate('create_utility_template', 'Create Utility Template', 'UTILITY', 'utility'),
	createTemplate('create_auth_template', 'Create Authentication Template', 'AUTHENTICATION', 'authentication'),
	write('PUT', 'edit_template', 'Update Template', {
		action: 'Update template',
		description: "Replace a template's components (every section, changed or not); Meta reviews it again, so it is PENDING until approved",
		body: objectBody(CONNECTOR, { ...TEMPLATE_NAME, description: 'The exact name of the template to change' }, COMPONENTS),
		write: { batching: SINGLE, outcome: 'updated', check: `${SEE_TEMPLATES}; sending the same change again is harmless` },
		fields: text('template_id', 'name', 'status'),
	}),
	write('DELETE', 'delete_template', 'Delete Template (Permanent)', {
		action: 'Permanently delete template',
		description: 'Delete a WhatsApp template from the connector and from Meta; it cannot be undone',
		body: objectBody(CONNECTOR, { ...TEMPLATE_NAME, description: 'The exact name of the template to delete' }),
		write: { batching: SINGLE, outcome: 'deleted', destructive: true, check: `${SEE_TEMPLATES}: whether it is still there` },
		fields: text('name'),
	}),
	write('POST', 'codify_chat', 'Code Chat', {
		action: 'Code chat',
		description: 'Give a chat an activity code (disposition) as its agent would, e.g. once a bot or workflow has handled it',
		body: objectBody(
			bodyField('agent', 'Agent ID', 'The agent the chat is coded as', { required: true, list: 'agents' }),
			bodyField('chat_id', 'Chat ID', 'The chat to code', { required: true }),
			bodyField('codAct', 'Activity Code', 'An activity code enabled for chats', { required: true, list: 'activityCodes' }),
		),
		write: { batching: SINGLE, outcome: 'coded', check: "The Report resource's chat reports show the chat's activity code; coding it again is harmless" },
	}),
	{
		...lookup('conversations_today_by_customer', 'Get Chat Conversation', {
			action: 'Get chat conversation',
			description: "Get today's messages of a chat, who said what and when, one page at a time; use it to read what a customer wrote before answering",
			body: objectBody(
				bodyField('chat_id', 'Chat ID', 'The chat whose conversation to get', { required: true }),
				bodyField('pagina_mensajes', 'Message Page', 'Which page of messages, from 1 (the first when not given)', { format: 'integer', range: [1, 1_000_000] }),
			),
			fields: [...text('chat_id'), ...text('fecha_hora_inicio', 'canal', 'estado_chat', 'agent_id')],
		}),
		// A read with a body: Wolkvox takes it as a POST.
		method: 'POST',
	},
	lookup('agent_chat', 'Get Agent Chats', {
		action: 'Get agent chats',
		description: "List an agent's chats (WhatsApp, web, Instagram, Facebook) with their customer, optionally for one phone, email, name, channel or connector",
		params: [{ displayName: 'Agent ID', name: 'agent_id', description: 'The agent whose chats to list', list: 'agents', required: true, type: 'string', default: '' }, ...AGENT_CHAT_FILTERS],
		rowsKey: 'data.data',
		fields: text('channel_id', 'chat_id', 'fecha', 'channel', 'agent_user', 'skill'),
	}),
];
