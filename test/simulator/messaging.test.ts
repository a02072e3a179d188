// sms.php, whatsapp.php and configuration.php speech_on_demand against the simulator's state: each
// endpoint's answer and effect, deliveries recorded once, and the write faults before and after.

import { ACCOUNT, MESSAGES_PER_PAGE, MESSAGING_MSG, MSG, WHATSAPP_CONNECTORS, type Simulator } from '../../tools/simulator/server';
import { simulatorsAt } from './testing';

const NOW = new Date('2025-03-15T17:04:05Z'); // wall clock 2025-03-15 12:04:05 (GMT-5)
const TOKEN = 'sim-token';
const start = simulatorsAt(NOW);

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function call(sim: Simulator, method: Method, script: 'sms' | 'whatsapp' | 'configuration', api: string, body?: unknown, query: Record<string, string> = {}) {
	const r = await fetch(`${sim.url}/api/v2/${script}.php?${new URLSearchParams({ api, ...query })}`, {
		method, headers: { 'wolkvox-token': TOKEN, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await r.text();
	let json: Record<string, unknown> | undefined;
	try {
		json = JSON.parse(text) as Record<string, unknown>;
	} catch {
		json = undefined;
	}
	return { status: r.status, json, text };
}

const CONNECTOR = WHATSAPP_CONNECTORS()[0];
const template = (extra: Record<string, unknown> = {}) => ({
	connector_id: CONNECTOR, telephone: '573001234567', template_name: 'recordatorio_pago', template_vars: 'Ana,F-1001,20 de marzo', customer_id: '1017', ...extra,
});
const components = [{ type: 'BODY', text: 'Hola {{1}}, tu pedido {{2}} va en camino', example: { body_text: [['Ana', 'P-1']] } }];

describe('seeded messaging state', () => {
	it('has the templates of each WhatsApp connector (approved, pending, rejected, 0 to 3 variables), chats, and no deliveries', async () => {
		const sim = await start();
		const s = sim.state;
		expect(WHATSAPP_CONNECTORS()).toEqual(ACCOUNT.connectors.filter((c) => c.channel === 'whatsapp').map((c) => c.connector_id));
		expect(s.deliveries).toEqual([]);
		expect(new Set(s.templates.map((t) => t.status))).toEqual(new Set(['APPROVED', 'PENDING', 'REJECTED']));
		expect(s.templates.find((t) => t.name === 'recordatorio_pago')).toEqual({ connector_id: CONNECTOR, name: 'recordatorio_pago', language: 'es', status: 'APPROVED', category: 'UTILITY', variables: 3 });
		expect(s.templates.find((t) => t.name === 'confirmacion_cita')?.variables).toBe(0);
		expect(s.chats.length).toBeGreaterThan(0);
	});
});

describe('sends', () => {
	it('send_sms: 201, one delivery with the phone and text', async () => {
		const sim = await start();
		const r = await call(sim, 'POST', 'sms', 'send_sms', { telephone: '573001234567', message: 'Su caso fue cerrado' });
		expect([r.status, r.json]).toEqual([201, { code: 201, error: null, msg: 'Message has been sent successfully' }]);
		expect(sim.state.deliveries).toEqual([expect.objectContaining({ id: 1, api: 'send_sms', telephone: '573001234567', message: 'Su caso fue cerrado', at: '2025-03-15 12:04:05' })]);
	});

	it.each([
		[{ message: 'x' }, 400, MSG.params],
		[{ telephone: '573001234567' }, 400, MSG.params],
		[{ telephone: '12ab', message: 'x' }, 400, MESSAGING_MSG.invalid('telephone')],
	])('send_sms %j: %d, nothing delivered', async (body, status, msg) => {
		const sim = await start();
		const r = await call(sim, 'POST', 'sms', 'send_sms', body);
		expect([r.status, r.json?.msg]).toEqual([status, msg]);
		expect(sim.state.deliveries).toEqual([]);
	});

	it('send_template_official: an approved template with its variables and URL buttons is delivered once', async () => {
		const sim = await start();
		const r = await call(sim, 'POST', 'whatsapp', 'send_template_official', template({ url_params: [{ index: 0, text: 'ventas' }] }));
		expect([r.status, r.json]).toEqual([201, { code: 201, error: null, msg: 'Message has been sent successfully' }]);
		expect(sim.state.deliveries).toEqual([expect.objectContaining({
			api: 'send_template_official', connector_id: CONNECTOR, template_name: 'recordatorio_pago', template_vars: ['Ana', 'F-1001', '20 de marzo'],
			url_params: [{ index: 0, text: 'ventas' }], customer_id: '1017',
		})]);
	});

	it.each([
		['an unknown connector', { connector_id: '9999' }, MESSAGING_MSG.noConnector],
		['an unknown template', { template_name: 'no_existe' }, MESSAGING_MSG.noTemplate],
		['a pending template', { template_name: 'promo_navidad', template_vars: 'Ana' }, MESSAGING_MSG.notApproved],
		['a rejected template', { template_name: 'oferta_agresiva', template_vars: 'Ana' }, MESSAGING_MSG.notApproved],
		['too few variables', { template_vars: 'Ana' }, MESSAGING_MSG.variables],
		['variables for a template without any', { template_name: 'confirmacion_cita', template_vars: 'Ana' }, MESSAGING_MSG.variables],
		['a malformed phone', { telephone: '300-abc' }, MESSAGING_MSG.invalid('telephone')],
		['no template', { template_name: '' }, MSG.params],
	])('send_template_official with %s: 400, nothing delivered', async (_label, extra, msg) => {
		const sim = await start();
		const r = await call(sim, 'POST', 'whatsapp', 'send_template_official', template(extra));
		expect([r.status, r.json?.msg]).toEqual([400, msg]);
		expect(sim.state.deliveries).toEqual([]);
	});

	it.each(['send_message_official', 'send_message_mobil'])('%s: 201, the text (and image) delivered; an empty text is refused', async (api) => {
		const sim = await start();
		const r = await call(sim, 'POST', 'whatsapp', api, { connector_id: CONNECTOR, telephone: '573001234567', message: 'Hola', url_attach: 'https://img.local/a.png' });
		expect(r.status).toBe(201);
		expect((await call(sim, 'POST', 'whatsapp', api, { connector_id: CONNECTOR, telephone: '573001234567', message: '' })).json?.msg).toBe(MSG.params);
		expect(sim.state.deliveries).toEqual([expect.objectContaining({ api, message: 'Hola', url_attach: 'https://img.local/a.png' })]);
	});
});

describe('templates', () => {
	it('list_templates reads the connector from the query (a GET has no body in n8n) or the body; an unknown connector is a 400', async () => {
		const sim = await start();
		const r = await call(sim, 'GET', 'whatsapp', 'list_templates', undefined, { connector_id: CONNECTOR });
		expect([r.status, r.json?.code, r.json?.msg]).toEqual([200, '200', 'Templates listed successfully']);
		const list = (r.json?.data as { meta_templates: Array<Record<string, unknown>> }).meta_templates;
		expect(list.map((t) => t.name)).toEqual(sim.state.templates.map((t) => t.name));
		expect(list[1]).toEqual(expect.objectContaining({ name: 'recordatorio_pago', status: 'APPROVED', language: 'es', parameter_format: 'POSITIONAL', components: expect.any(Array) }));
		expect((await call(sim, 'GET', 'whatsapp', 'list_templates', undefined, { connector_id: '3102' })).json?.msg).toBe(MESSAGING_MSG.noConnector);
	});

	it('create_*: a PENDING template of the endpoint\'s category; a second one of that name, another category or no BODY are refused', async () => {
		const sim = await start();
		const r = await call(sim, 'POST', 'whatsapp', 'create_utility_template', { connector_id: CONNECTOR, name: 'pedido_en_camino', language: 'es', category: 'UTILITY', components });
		expect([r.status, r.json?.msg, (r.json?.data as Record<string, string>).status]).toEqual([200, 'Template created successfully', 'PENDING']);
		expect(sim.state.templates.find((t) => t.name === 'pedido_en_camino')).toEqual(expect.objectContaining({ status: 'PENDING', category: 'UTILITY', variables: 2 }));
		const again = await call(sim, 'POST', 'whatsapp', 'create_utility_template', { connector_id: CONNECTOR, name: 'pedido_en_camino', language: 'es', category: 'UTILITY', components });
		expect(again.json?.msg).toBe(MESSAGING_MSG.templateExists);
		expect((await call(sim, 'POST', 'whatsapp', 'create_template', { connector_id: CONNECTOR, name: 'otra', language: 'es', category: 'UTILITY', components })).json?.msg).toBe(MESSAGING_MSG.invalid('category'));
		expect((await call(sim, 'POST', 'whatsapp', 'create_auth_template', { connector_id: CONNECTOR, name: 'otp', language: 'es', category: 'AUTHENTICATION', components: [{ type: 'HEADER' }] })).json?.msg).toBe(MESSAGING_MSG.invalid('components'));
		// Pending: it cannot be sent yet.
		expect((await call(sim, 'POST', 'whatsapp', 'send_template_official', template({ template_name: 'pedido_en_camino', template_vars: 'Ana,P-1' }))).json?.msg).toBe(MESSAGING_MSG.notApproved);
	});

	it('edit_template makes the template PENDING with the new components; delete_template removes it', async () => {
		const sim = await start();
		const r = await call(sim, 'PUT', 'whatsapp', 'edit_template', { connector_id: CONNECTOR, name: 'bienvenida', components });
		expect([r.status, r.json?.msg]).toEqual([200, 'Template edited successfully']);
		expect(sim.state.templates.find((t) => t.name === 'bienvenida')).toEqual(expect.objectContaining({ status: 'PENDING', variables: 2 }));
		const d = await call(sim, 'DELETE', 'whatsapp', 'delete_template', { connector_id: CONNECTOR, name: 'bienvenida' });
		expect([d.status, d.json?.data]).toEqual([200, { name: 'bienvenida' }]);
		expect(sim.state.templates.some((t) => t.name === 'bienvenida')).toBe(false);
		expect((await call(sim, 'DELETE', 'whatsapp', 'delete_template', { connector_id: CONNECTOR, name: 'bienvenida' })).json?.msg).toBe(MESSAGING_MSG.noTemplate);
	});

	it('sync_templates lists name, body, language and category; upload_media gives a handle', async () => {
		const sim = await start();
		const s = await call(sim, 'POST', 'whatsapp', 'sync_templates', { connector_id: CONNECTOR });
		expect((s.json?.data as unknown[])[0]).toEqual({ name_template: 'bienvenida', body_template: expect.stringContaining('{{1}}'), idiom: 'es', category: 'UTILITY' });
		const u = await call(sim, 'POST', 'whatsapp', 'upload_media', { connector_id: CONNECTOR, file_url: 'https://cdn.local/logo.png' });
		expect([u.status, u.json?.code, (u.json?.data as Record<string, string>)['0']]).toEqual([200, '200', 'media_uploaded_successfully']);
		expect(sim.state.media).toEqual([{ connector_id: CONNECTOR, file_url: 'https://cdn.local/logo.png', handle: (u.json?.data as Record<string, string>).handle }]);
		expect((await call(sim, 'POST', 'whatsapp', 'upload_media', { connector_id: CONNECTOR, file_url: 'logo.png' })).json?.msg).toBe(MESSAGING_MSG.invalid('file_url'));
	});
});

describe('chats', () => {
	it('agent_chat lists the agent\'s chats, filtered; none is the empty 404', async () => {
		const sim = await start();
		const chat = sim.state.chats[0];
		const r = await call(sim, 'GET', 'whatsapp', 'agent_chat', undefined, { agent_id: chat.agent_id });
		const data = r.json?.data as { total: string; data: Array<Record<string, unknown>> };
		expect(data.total).toBe(String(sim.state.chats.filter((c) => c.agent_id === chat.agent_id).length));
		expect(data.data[0]).toEqual(expect.objectContaining({ chat_id: chat.chat_id, channel: 'whatsapp', cliente: expect.objectContaining({ nombre: chat.customer_name }) }));
		const one = await call(sim, 'GET', 'whatsapp', 'agent_chat', undefined, { agent_id: chat.agent_id, phone: chat.telephone });
		expect((one.json?.data as { data: unknown[] }).data).toHaveLength(1);
		expect((await call(sim, 'GET', 'whatsapp', 'agent_chat', undefined, { agent_id: '12775' })).status).toBe(404);
	});

	it('conversations_today_by_customer pages the messages; a POST read, so after-write faults leave it alone', async () => {
		const sim = await start();
		const chat = sim.state.chats[0];
		sim.setFaults({ afterWrite5xx: 1 });
		const last = Math.ceil(chat.messages / MESSAGES_PER_PAGE);
		const r = await call(sim, 'POST', 'whatsapp', 'conversations_today_by_customer', { chat_id: chat.chat_id, pagina_mensajes: last });
		const [row] = r.json?.data as Array<{ conversacion: unknown[]; paginacion_mensajes: Record<string, string> }>;
		expect(r.status).toBe(200);
		expect(row.conversacion).toHaveLength(chat.messages - (last - 1) * MESSAGES_PER_PAGE);
		expect(row.paginacion_mensajes).toEqual(expect.objectContaining({ pagina: String(last), total_mensajes: String(chat.messages), total_paginas: String(last) }));
		expect((await call(sim, 'POST', 'whatsapp', 'conversations_today_by_customer', { chat_id: '1' })).status).toBe(404);
	});

	it('codify_chat codes the chat; a code not enabled for chats is the documented 422', async () => {
		const sim = await start();
		const chat = sim.state.chats[0];
		const chatCode = ACCOUNT.activityCodes.find((a) => a.chat === 'yes')!.cod_act;
		const voiceOnly = ACCOUNT.activityCodes.find((a) => a.chat === 'no')!.cod_act;
		expect((await call(sim, 'POST', 'whatsapp', 'codify_chat', { agent: chat.agent_id, chat_id: chat.chat_id, codAct: voiceOnly })).status).toBe(422);
		const r = await call(sim, 'POST', 'whatsapp', 'codify_chat', { agent: chat.agent_id, chat_id: chat.chat_id, codAct: chatCode });
		expect([r.status, r.json]).toEqual([200, { code: '200', error: null, msg: 'codifico exitosamente' }]);
		expect(sim.state.chats[0].cod_act).toBe(chatCode);
	});
});

describe('speech_on_demand', () => {
	it('records the request of a known agent; an unknown agent or a bad date is refused', async () => {
		const sim = await start();
		const r = await call(sim, 'PUT', 'configuration', 'speech_on_demand', { conn_id: '20451.1742050000.3', agent_id: '12523' });
		expect([r.status, r.json]).toEqual([200, { code: '200', error: null, msg: 'Speech analytics record created successfully' }]);
		expect((await call(sim, 'PUT', 'configuration', 'speech_on_demand', { conn_id: 'x', agent_id: '1' })).json?.msg).toBe(MESSAGING_MSG.noAgent);
		expect((await call(sim, 'PUT', 'configuration', 'speech_on_demand', { conn_id: 'x', agent_id: '12523', date_ini: '2025-03-01' })).json?.msg).toBe(MESSAGING_MSG.invalid('date_ini'));
		expect(sim.state.speechRequests).toEqual([{ conn_id: '20451.1742050000.3', agent_id: '12523', date_ini: '', date_end: '' }]);
	});
});

describe('faults against sends', () => {
	it('a concurrency refusal delivers nothing; an after-write fault delivers, then fails the answer', async () => {
		const sim = await start();
		sim.setFaults({ concurrencyRejections: 1 });
		expect((await call(sim, 'POST', 'sms', 'send_sms', { telephone: '573001234567', message: 'a' })).status).toBe(403);
		expect(sim.state.deliveries).toHaveLength(0);
		sim.setFaults({ afterWrite5xx: 1 });
		expect((await call(sim, 'POST', 'whatsapp', 'send_template_official', template())).status).toBe(500);
		expect(sim.state.deliveries).toHaveLength(1);
	});

	it('a refused send (bad template) leaves the after-write fault for the next send', async () => {
		const sim = await start();
		sim.setFaults({ afterWriteHtml: 1 });
		expect((await call(sim, 'POST', 'whatsapp', 'send_template_official', template({ template_name: 'no_existe' }))).status).toBe(400);
		const r = await call(sim, 'POST', 'whatsapp', 'send_template_official', template());
		expect([r.status, r.json]).toEqual([502, undefined]);
		expect(sim.state.deliveries).toHaveLength(1);
	});

	it('reset empties the deliveries and seeds the templates again', async () => {
		const sim = await start();
		const seeded = sim.state.templates;
		await call(sim, 'POST', 'sms', 'send_sms', { telephone: '573001234567', message: 'a' });
		await call(sim, 'DELETE', 'whatsapp', 'delete_template', { connector_id: CONNECTOR, name: 'bienvenida' });
		sim.reset();
		expect([sim.state.deliveries, sim.state.templates]).toEqual([[], seeded]);
	});
});
