// sms.php, whatsapp.php and configuration.php speech_on_demand: the collection's folders "SMS",
// "WhatsApp" and "Speech Analytics", served against the simulator's state. Success codes and msgs are
// the collection's; every error text and check here is inferred (no source shows one), except codify_chat's
// 422 for an activity code not valid for chats. Each delivery is recorded once, so tests count sends.

import { ACCOUNT } from './account';
import { formatSql } from './clock';

/** One message Wolkvox accepted for delivery: what `sim.state.deliveries` lists. */
export interface Delivery {
	/** 1-based, in the order accepted. */
	id: number;
	api: 'send_sms' | 'send_template_official' | 'send_message_official' | 'send_message_mobil';
	connector_id: string;
	telephone: string;
	template_name: string;
	/** The template's variables as received, split on commas. */
	template_vars: string[];
	message: string;
	url_attach: string;
	url_params: Array<{ index: unknown; text: unknown }>;
	customer_id: string;
	/** Wall clock, `YYYY-MM-DD HH:MM:SS`. */
	at: string;
}

export type TemplateStatus = 'APPROVED' | 'PENDING' | 'REJECTED';

export interface Template {
	id: string;
	name: string;
	language: string;
	status: TemplateStatus;
	category: string;
	components: Array<Record<string, unknown>>;
}

/** A template as `sim.state.templates` shows it: the variable count its body text implies. */
export interface TemplateView {
	connector_id: string;
	name: string;
	language: string;
	status: TemplateStatus;
	category: string;
	variables: number;
}

export interface Chat {
	chat_id: string;
	channel_id: string;
	channel: string;
	agent_id: string;
	customer_name: string;
	telephone: string;
	email: string;
	started: string;
	estado_chat: string;
	cod_act: string;
	messages: Array<{ fecha_hora: string; quien_hablo: 'cliente' | 'agente'; mensaje: string }>;
}

export interface SpeechRequest {
	conn_id: string;
	agent_id: string;
	date_ini: string;
	date_end: string;
}

export interface MessagingSnapshot {
	deliveries: Delivery[];
	templates: TemplateView[];
	media: Array<{ connector_id: string; file_url: string; handle: string }>;
	chats: Array<Omit<Chat, 'messages'> & { messages: number }>;
	speechRequests: SpeechRequest[];
}

/** The official WhatsApp connectors: ACCOUNT's whatsapp channel (one, 3101); it also serves as a mobile one. */
export const WHATSAPP_CONNECTORS = (): string[] => ACCOUNT.connectors.filter((c) => c.channel === 'whatsapp').map((c) => c.connector_id);

/** Wolkvox documents template_vars as one text; several are inferred to be comma-separated. */
export const VARIABLES_SEPARATOR = ',';
/** Messages per page of conversations_today_by_customer (inferred). */
export const MESSAGES_PER_PAGE = 20;

const body = (text: string): Record<string, unknown> => ({ type: 'BODY', text });
const urlButton = (text: string, url: string) => ({ type: 'BUTTONS', buttons: [{ type: 'URL', text, url }] });

/** The templates each WhatsApp connector starts with: approved ones of 0 to 3 variables, one pending, one rejected. */
function seededTemplates(): Template[] {
	const t = (id: string, name: string, language: string, status: TemplateStatus, category: string, ...components: Array<Record<string, unknown>>): Template =>
		({ id, name, language, status, category, components });
	return [
		t('981200001', 'bienvenida', 'es', 'APPROVED', 'UTILITY', body('Hola {{1}}, gracias por escribirnos. ¿En qué te podemos ayudar?')),
		t('981200002', 'recordatorio_pago', 'es', 'APPROVED', 'UTILITY', body('Hola {{1}}, tu factura {{2}} vence el {{3}}. Paga en línea y evita recargos.')),
		t('981200003', 'devolucion_llamada', 'es', 'APPROVED', 'UTILITY',
			{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2UvanBlZw==:seed'] } },
			body('Hola {{1}}, vimos que intentaste comunicarte con {{2}} y no pudimos atenderte. ¿Te llamamos?'),
			urlButton('Agendar llamada', 'https://citas.operacion.local/{{1}}')),
		t('981200004', 'confirmacion_cita', 'en_US', 'APPROVED', 'UTILITY', body('Your appointment is confirmed. Reply STOP to opt out.')),
		t('981200005', 'promo_navidad', 'es_CO', 'PENDING', 'MARKETING', body('¡{{1}}, llegó la Navidad! 20 % de descuento en tu plan.')),
		t('981200006', 'oferta_agresiva', 'es', 'REJECTED', 'MARKETING', body('ULTIMA OPORTUNIDAD {{1}}!!!')),
	];
}

function seededChats(): Chat[] {
	const connector = WHATSAPP_CONNECTORS()[0] ?? '';
	const chat = (n: number, agent_id: string, customer_name: string, telephone: string, email: string, messages: number): Chat => ({
		chat_id: String(186067600 + n), channel_id: connector, channel: 'whatsapp', agent_id, customer_name, telephone, email,
		started: `2026-07-03 ${String(9 + n).padStart(2, '0')}:15:20`, estado_chat: '010', cod_act: '',
		messages: Array.from({ length: messages }, (_, i) => ({
			fecha_hora: `2026-07-03 ${String(9 + n).padStart(2, '0')}:${String(15 + Math.floor(i / 2)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
			quien_hablo: i % 2 === 0 ? 'cliente' : 'agente',
			mensaje: i % 2 === 0 ? `Mensaje ${i + 1} del cliente` : `Respuesta ${i + 1} del agente`,
		})),
	});
	return [
		chat(1, '12523', 'Diego Sierra', '573005131424', 'diego.sierra@correo.local', 45),
		chat(2, '12523', 'María Eugenia Bermúdez', '573104567890', '', 4),
		chat(3, '12481', 'Carlos Ruiz', '573209876543', 'carlos.ruiz@correo.local', 6),
	];
}

export class MessagingState {
	deliveries: Delivery[] = [];
	/** By connector ID. */
	templates = new Map<string, Template[]>();
	media: Array<{ connector_id: string; file_url: string; handle: string }> = [];
	chats: Chat[] = [];
	speechRequests: SpeechRequest[] = [];
	nextTemplateId = 0;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.deliveries = [];
		this.templates = new Map(WHATSAPP_CONNECTORS().map((id) => [id, seededTemplates()]));
		this.media = [];
		this.chats = seededChats();
		this.speechRequests = [];
		this.nextTemplateId = 981300001;
	}

	snapshot(): MessagingSnapshot {
		return {
			deliveries: this.deliveries.map((d) => ({ ...d, template_vars: [...d.template_vars], url_params: d.url_params.map((p) => ({ ...p })) })),
			templates: [...this.templates].flatMap(([connector_id, list]) => list.map((t) => ({
				connector_id, name: t.name, language: t.language, status: t.status, category: t.category, variables: variableCount(t),
			}))),
			media: this.media.map((m) => ({ ...m })),
			chats: this.chats.map(({ messages, ...c }) => ({ ...c, messages: messages.length })),
			speechRequests: this.speechRequests.map((r) => ({ ...r })),
		};
	}
}

/** The distinct {{n}} of a template's BODY text. */
export function variableCount(t: Template): number {
	const text = String(t.components.find((c) => c.type === 'BODY')?.text ?? '');
	return new Set([...text.matchAll(/\{\{\s*(\d+)\s*\}\}/g)].map((m) => m[1])).size;
}

// ---- the endpoints ----

export interface MessagingResult {
	status: number;
	msg: string;
	/** A complete body in the documented shape. */
	body?: Record<string, unknown>;
}

export type MessagingHandler = (q: URLSearchParams, body: unknown, st: MessagingState, nowWall: number) => MessagingResult;

export const MESSAGING_MSG = {
	params: 'SOME PARAMETERS ARE REQUIRED',
	noConnector: 'THE CONNECTOR DOES NOT EXIST',
	noTemplate: 'THE TEMPLATE DOES NOT EXIST',
	notApproved: 'THE TEMPLATE IS NOT APPROVED',
	variables: 'THE NUMBER OF VARIABLES DOES NOT MATCH THE TEMPLATE',
	templateExists: 'THE TEMPLATE NAME ALREADY EXISTS',
	noChat: 'THE CHAT DOES NOT EXIST',
	noAgent: 'THE AGENT DOES NOT EXIST',
	badCode: 'THE ACTIVITY CODE IS NOT VALID FOR CHATS',
	invalid: (name: string) => `INVALID VALUE FOR ${name.toUpperCase()}`,
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const fail = (status: number, msg: string): MessagingResult => ({ status, msg });
const ok = (status: number, code: number | string, msg: string, data?: unknown): MessagingResult =>
	({ status, msg, body: data === undefined ? { code, error: null, msg } : { code, error: null, msg, data } });
const isPhone = (s: string) => /^\d{7,15}$/.test(s);
const params = () => fail(400, MESSAGING_MSG.params);

/** The body's fields, or the query's (list_templates is a GET: n8n sends its connector in the URL). */
const from = (q: URLSearchParams, b: unknown, name: string): string => (isObject(b) && b[name] !== undefined ? text(b[name]) : text(q.get(name)));

function templatesOf(st: MessagingState, connector: string): Template[] | MessagingResult {
	const list = st.templates.get(connector);
	return list ?? fail(400, MESSAGING_MSG.noConnector);
}
const isResult = (v: unknown): v is MessagingResult => isObject(v) && 'status' in v && 'msg' in v;

function deliver(st: MessagingState, nowWall: number, api: Delivery['api'], b: Record<string, unknown>, vars: string[] = []): MessagingResult {
	st.deliveries.push({
		id: st.deliveries.length + 1, api, connector_id: text(b.connector_id), telephone: text(b.telephone), template_name: text(b.template_name),
		template_vars: vars, message: text(b.message), url_attach: text(b.url_attach),
		url_params: Array.isArray(b.url_params) ? b.url_params.filter(isObject).map((p) => ({ index: p.index, text: p.text })) : [],
		customer_id: text(b.customer_id), at: formatSql(nowWall),
	});
	return ok(201, 201, 'Message has been sent successfully');
}

const sendSms: MessagingHandler = (_q, b, st, now) => {
	if (!isObject(b) || !text(b.telephone) || !text(b.message)) return params();
	if (!isPhone(text(b.telephone))) return fail(400, MESSAGING_MSG.invalid('telephone'));
	return deliver(st, now, 'send_sms', b);
};

/** A WhatsApp message's connector, telephone and (unless a template) text, checked. */
function checkMessage(st: MessagingState, b: unknown, needsText: boolean): Record<string, unknown> | MessagingResult {
	if (!isObject(b) || !text(b.connector_id) || !text(b.telephone) || (needsText && !text(b.message))) return params();
	if (!st.templates.has(text(b.connector_id))) return fail(400, MESSAGING_MSG.noConnector);
	if (!isPhone(text(b.telephone))) return fail(400, MESSAGING_MSG.invalid('telephone'));
	return b;
}

const sendMessage = (api: 'send_message_official' | 'send_message_mobil'): MessagingHandler => (_q, b, st, now) => {
	const checked = checkMessage(st, b, true);
	return isResult(checked) ? checked : deliver(st, now, api, checked);
};

const sendTemplate: MessagingHandler = (_q, b, st, now) => {
	const checked = checkMessage(st, b, false);
	if (isResult(checked)) return checked;
	const name = text(checked.template_name);
	if (!name) return params();
	const matches = st.templates.get(text(checked.connector_id))!.filter((t) => t.name === name);
	if (matches.length === 0) return fail(400, MESSAGING_MSG.noTemplate);
	const approved = matches.filter((t) => t.status === 'APPROVED');
	if (approved.length === 0) return fail(400, MESSAGING_MSG.notApproved);
	const raw = text(checked.template_vars);
	const vars = raw === '' ? [] : raw.split(VARIABLES_SEPARATOR);
	if (!approved.some((t) => variableCount(t) === vars.length)) return fail(400, MESSAGING_MSG.variables);
	if (checked.url_params !== undefined && !Array.isArray(checked.url_params)) return fail(400, MESSAGING_MSG.invalid('url_params'));
	return deliver(st, now, 'send_template_official', checked, vars);
};

const uploadMedia: MessagingHandler = (_q, b, st) => {
	if (!isObject(b) || !text(b.connector_id) || !text(b.file_url)) return params();
	if (!st.templates.has(text(b.connector_id))) return fail(400, MESSAGING_MSG.noConnector);
	if (!/^https?:\/\/\S+$/.test(text(b.file_url))) return fail(400, MESSAGING_MSG.invalid('file_url'));
	const handle = `4::${Buffer.from(text(b.file_url)).toString('base64').slice(0, 24)}:${st.media.length + 1}`;
	st.media.push({ connector_id: text(b.connector_id), file_url: text(b.file_url), handle });
	return ok(200, '200', 'Media uploaded successfully', { 0: 'media_uploaded_successfully', handle });
};

const listTemplates: MessagingHandler = (q, b, st) => {
	const connector = from(q, b, 'connector_id');
	if (!connector) return params();
	const list = templatesOf(st, connector);
	if (isResult(list)) return list;
	return ok(200, '200', 'Templates listed successfully', {
		meta_templates: list.map((t) => ({
			name: t.name, previous_category: '', parameter_format: 'POSITIONAL', components: t.components,
			language: t.language, status: t.status, category: t.category, id: t.id,
		})),
	});
};

const syncTemplates: MessagingHandler = (_q, b, st) => {
	if (!isObject(b) || !text(b.connector_id)) return params();
	const list = templatesOf(st, text(b.connector_id));
	if (isResult(list)) return list;
	return ok(200, '200', 'Templates synced successfully', list.map((t) => ({
		name_template: t.name, body_template: String(t.components.find((c) => c.type === 'BODY')?.text ?? ''), idiom: t.language, category: t.category,
	})));
};

const TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;

/** A template's components: a list of objects with a BODY among them. */
function componentsOf(b: Record<string, unknown>): Array<Record<string, unknown>> | undefined {
	const c = b.components;
	return Array.isArray(c) && c.every(isObject) && c.some((x) => x.type === 'BODY') ? (c as Array<Record<string, unknown>>) : undefined;
}

const createTemplate = (category: string): MessagingHandler => (_q, b, st) => {
	if (!isObject(b) || !text(b.connector_id) || !text(b.name) || !text(b.language) || b.components === undefined) return params();
	const list = templatesOf(st, text(b.connector_id));
	if (isResult(list)) return list;
	if (text(b.category).toUpperCase() !== category) return fail(400, MESSAGING_MSG.invalid('category'));
	if (!TEMPLATE_NAME.test(text(b.name))) return fail(400, MESSAGING_MSG.invalid('name'));
	const components = componentsOf(b);
	if (!components) return fail(400, MESSAGING_MSG.invalid('components'));
	if (list.some((t) => t.name === text(b.name))) return fail(400, MESSAGING_MSG.templateExists);
	const template: Template = { id: String(st.nextTemplateId++), name: text(b.name), language: text(b.language), status: 'PENDING', category, components };
	list.push(template);
	return ok(200, '200', 'Template created successfully', { template_id: template.id, name: template.name, status: template.status });
};

const editTemplate: MessagingHandler = (_q, b, st) => {
	if (!isObject(b) || !text(b.connector_id) || !text(b.name) || b.components === undefined) return params();
	const list = templatesOf(st, text(b.connector_id));
	if (isResult(list)) return list;
	const template = list.find((t) => t.name === text(b.name));
	if (!template) return fail(400, MESSAGING_MSG.noTemplate);
	const components = componentsOf(b);
	if (!components) return fail(400, MESSAGING_MSG.invalid('components'));
	// Documented: an edited template is reviewed again.
	template.components = components;
	template.status = 'PENDING';
	return ok(200, '200', 'Template edited successfully', { template_id: template.id, name: template.name, status: template.status });
};

const deleteTemplate: MessagingHandler = (_q, b, st) => {
	if (!isObject(b) || !text(b.connector_id) || !text(b.name)) return params();
	const list = templatesOf(st, text(b.connector_id));
	if (isResult(list)) return list;
	const name = text(b.name);
	if (!list.some((t) => t.name === name)) return fail(400, MESSAGING_MSG.noTemplate);
	st.templates.set(text(b.connector_id), list.filter((t) => t.name !== name));
	return ok(200, '200', 'Template deleted successfully', { name });
};

const codifyChat: MessagingHandler = (_q, b, st) => {
	if (!isObject(b) || !text(b.agent) || !text(b.chat_id) || !text(b.codAct)) return params();
	const chat = st.chats.find((c) => c.chat_id === text(b.chat_id));
	if (!chat) return fail(400, MESSAGING_MSG.noChat);
	const code = ACCOUNT.activityCodes.find((a) => a.cod_act === text(b.codAct));
	if (!code || code.chat !== 'yes') return fail(422, MESSAGING_MSG.badCode);
	chat.cod_act = code.cod_act;
	return ok(200, '200', 'codifico exitosamente');
};

const agentChat: MessagingHandler = (q, _b, st) => {
	const agent = text(q.get('agent_id'));
	if (!agent) return params();
	// Each filter given must match; the rest are left out of the URL.
	const filters: Array<[string, (c: Chat) => string]> = [
		['phone', (c) => c.telephone], ['email', (c) => c.email], ['customer_name', (c) => c.customer_name], ['channel', (c) => c.channel], ['channel_id', (c) => c.channel_id],
	];
	const rows = st.chats
		.filter((c) => c.agent_id === agent && filters.every(([name, value]) => !q.get(name) || value(c) === text(q.get(name))))
		.map((c) => ({
			channel_id: c.channel_id, chat_id: c.chat_id, fecha: c.started, channel: c.channel, agent_user: c.agent_id, skill: '0',
			cliente: { nombre: c.customer_name, identificadores: [c.customer_name, c.telephone, ...(c.email ? [c.email] : [])] },
		}));
	if (rows.length === 0) return { status: 404, msg: '0 records were found' };
	return ok(200, '200', 'Chats listed successfully.', { status: 'success', total: String(rows.length), page: '0', limit: '100', data: rows });
};

const conversation: MessagingHandler = (_q, b, st) => {
	if (!isObject(b) || !text(b.chat_id)) return params();
	const page = b.pagina_mensajes === undefined || text(b.pagina_mensajes) === '' ? 1 : Number(text(b.pagina_mensajes));
	if (!Number.isInteger(page) || page < 1) return fail(400, MESSAGING_MSG.invalid('pagina_mensajes'));
	const chat = st.chats.find((c) => c.chat_id === text(b.chat_id));
	if (!chat) return { status: 404, msg: '0 records were found' };
	const total = chat.messages.length;
	const pages = Math.max(1, Math.ceil(total / MESSAGES_PER_PAGE));
	const from0 = (page - 1) * MESSAGES_PER_PAGE;
	const messages = chat.messages.slice(from0, from0 + MESSAGES_PER_PAGE);
	return ok(200, '200', 'records were found', [{
		chat_id: chat.chat_id, fecha_hora_inicio: chat.started, canal: chat.channel, estado_chat: chat.estado_chat, agent_id: chat.agent_id,
		conversacion: messages.map((m) => ({ ...m })),
		paginacion_mensajes: {
			pagina: String(page), mensajes_por_pagina: String(MESSAGES_PER_PAGE), total_registros: String(total), total_mensajes: String(total),
			total_paginas: String(pages), registro_desde: String(messages.length ? from0 + 1 : 0), registro_hasta: String(from0 + messages.length),
		},
	}]);
};

const speechOnDemand: MessagingHandler = (_q, b, st) => {
	if (!isObject(b) || !text(b.conn_id) || !text(b.agent_id)) return params();
	if (!ACCOUNT.agents.some((a) => a.agent_id === text(b.agent_id))) return fail(400, MESSAGING_MSG.noAgent);
	for (const name of ['date_ini', 'date_end']) if (text(b[name]) && !/^\d{14}$/.test(text(b[name]))) return fail(400, MESSAGING_MSG.invalid(name));
	st.speechRequests.push({ conn_id: text(b.conn_id), agent_id: text(b.agent_id), date_ini: text(b.date_ini), date_end: text(b.date_end) });
	return ok(200, '200', 'Speech analytics record created successfully');
};

export interface MessagingSpec {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** A read, whatever its method (conversations_today_by_customer is a POST): no after-write faults. */
	read?: boolean;
	handle: MessagingHandler;
}

/** `script/api` → spec, merged into writes.ts' table. */
export const MESSAGING_SPECS: Record<string, MessagingSpec> = {
	'sms/send_sms': { method: 'POST', handle: sendSms },
	'whatsapp/send_template_official': { method: 'POST', handle: sendTemplate },
	'whatsapp/send_message_official': { method: 'POST', handle: sendMessage('send_message_official') },
	'whatsapp/send_message_mobil': { method: 'POST', handle: sendMessage('send_message_mobil') },
	'whatsapp/upload_media': { method: 'POST', handle: uploadMedia },
	'whatsapp/list_templates': { method: 'GET', handle: listTemplates },
	'whatsapp/sync_templates': { method: 'POST', handle: syncTemplates },
	'whatsapp/create_template': { method: 'POST', handle: createTemplate('MARKETING') },
	'whatsapp/create_utility_template': { method: 'POST', handle: createTemplate('UTILITY') },
	'whatsapp/create_auth_template': { method: 'POST', handle: createTemplate('AUTHENTICATION') },
	'whatsapp/edit_template': { method: 'PUT', handle: editTemplate },
	'whatsapp/delete_template': { method: 'DELETE', handle: deleteTemplate },
	'whatsapp/codify_chat': { method: 'POST', handle: codifyChat },
	'whatsapp/agent_chat': { method: 'GET', handle: agentChat },
	'whatsapp/conversations_today_by_customer': { method: 'POST', read: true, handle: conversation },
	'configuration/speech_on_demand': { method: 'PUT', handle: speechOnDemand },
};
