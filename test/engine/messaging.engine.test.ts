/**
 * SMS, WhatsApp and speech on demand in n8n-core's real WorkflowExecute against the stateful
 * simulator: for every operation, the body sent, the state it changed, the items out and their
 * pairing; template sends checked against the connector's templates; and messages sent at most once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { DEFAULT_RETRY } from '../../nodes/Wolkvox/shared/transport/request';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { startSimulator, WHATSAPP_CONNECTORS } from '../../tools/simulator/server';
import type { Faults, LogEntry, Simulator } from '../../tools/simulator/server';
import { runNode } from './harness';
import type { RunNodeOptions } from './harness';

const TOKEN = 'sim-token-messaging-51c0';
const NOW = new Date('2026-11-23T15:30:00Z');
export const CONNECTOR = WHATSAPP_CONNECTORS()[0];

let sim: Simulator;
afterEach(async () => {
	await sim?.close();
});

interface Run {
	faults?: Partial<Faults>;
	continueOnFail?: boolean;
	retry?: RunNodeOptions['retry'];
	credentials?: IDataObject;
}

export async function run(parameters: INodeParameters, inputItems: INodeExecutionData[], o: Run = {}) {
	sim = await startSimulator({ token: TOKEN, now: () => NOW });
	if (o.faults) sim.setFaults(o.faults);
	const result = await runNode({
		node: new Wolkvox(),
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 2, ...o.credentials } },
		parameters,
		inputItems,
		continueOnFail: o.continueOnFail ?? false,
		retry: o.retry,
	});
	return { ...result, log: sim.stats.log, state: sim.state };
}

const items = (...json: IDataObject[]): INodeExecutionData[] => json.map((j) => ({ json: j }));
const apisOf = (log: LogEntry[]) => log.map((e) => `${e.method} ${e.path.replace('/api/v2/', '')}?${String(e.query.api)}`);
const pairs = (out: INodeExecutionData[]) => out.map((i) => (i.pairedItem as { item: number }).item);

const SEND_TEMPLATE: INodeParameters = {
	resource: 'whatsapp',
	operation: 'send_template_official',
	connector_id: CONNECTOR,
	telephone: '={{ $json.phone }}',
	template_name: '={{ $json.template }}',
	template_vars: '={{ $json.vars }}',
};
const caller = (n: number, extra: IDataObject = {}): IDataObject => ({
	phone: `+57 300 555 ${String(1000 + n)}`,
	template: 'recordatorio_pago',
	vars: [`Cliente ${n}`, `F-${n}`, '30 de noviembre'],
	...extra,
});

describe('Send Template', () => {
	it('checks the templates once per connector, then sends each item once: body, deliveries, items out, paired', async () => {
		const { items: out, error, log, state } = await run(
			{ ...SEND_TEMPLATE, url_params: { values: [{ index: '0', text: 'ventas' }] }, additionalFields: { customer_id: '={{ "C" + $itemIndex }}' } },
			items(caller(1), caller(2), caller(3)),
		);
		expect(error).toBeUndefined();
		expect(apisOf(log)).toEqual(['GET whatsapp.php?list_templates', ...Array(3).fill('POST whatsapp.php?send_template_official')]);
		expect(log[0].query).toEqual({ api: 'list_templates', connector_id: CONNECTOR });
		expect(log.slice(1).map((e) => e.body).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))[0]).toEqual({
			connector_id: CONNECTOR,
			telephone: '573005551001',
			template_name: 'recordatorio_pago',
			template_vars: 'Cliente 1,F-1,30 de noviembre',
			customer_id: 'C0',
			url_params: [{ index: '0', text: 'ventas' }],
		});
		expect(state.deliveries.map((d) => d.telephone).sort()).toEqual(['573005551001', '573005551002', '573005551003']);
		expect(pairs(out)).toEqual([0, 1, 2]);
		expect(out[1].json).toEqual({
			outcome: 'sent',
			sent: expect.objectContaining({ telephone: '573005551002', template_name: 'recordatorio_pago', template_vars: 'Cliente 2,F-2,30 de noviembre' }),
			code: 201,
			msg: 'Message has been sent successfully',
		});
		expect(out.every((i) => !('error' in i.json))).toBe(true);
	});
});

describe('Send Template: checked against the connector\'s templates first', () => {
	it.each([
		['a template the connector does not have', { template: 'no_existe' }, /"no_existe" is not one of connector \d+'s \(bienvenida, recordatorio_pago/],
		['a template Meta has not approved', { template: 'promo_navidad', vars: ['Ana'] }, /"promo_navidad" is PENDING, not APPROVED/],
		['a rejected template', { template: 'oferta_agresiva', vars: ['Ana'] }, /"oferta_agresiva" is REJECTED, not APPROVED/],
		['too few variables', { vars: ['Ana'] }, /"recordatorio_pago" takes 3 variables, and 1 was given/],
		['variables for a template that takes none', { template: 'confirmacion_cita', vars: ['Ana'] }, /"confirmacion_cita" takes 0 variables, and 1 was given/],
	])('%s: a clear error naming the item, and nothing sent for any item', async (_label, extra, message) => {
		const { items: out, error, log, state } = await run(SEND_TEMPLATE, items(caller(1), caller(2, extra), caller(3)));
		expect(out).toEqual([]);
		expect(error?.message).toMatch(/^Send Template: item 2: /);
		expect(error?.message).toMatch(message);
		expect(error?.description).toMatch(/Nothing was sent for this item; Options → Check Template turns this check off/);
		expect(apisOf(log)).toEqual(['GET whatsapp.php?list_templates']);
		expect(state.deliveries).toEqual([]);
	});

	it('with continueOnFail, the refused item says why (outcome invalid) and the others are sent', async () => {
		const { items: out, state } = await run(SEND_TEMPLATE, items(caller(1), caller(2, { template: 'no_existe' }), caller(3)), { continueOnFail: true });
		expect(pairs(out)).toEqual([0, 1, 2]);
		expect(out.map((i) => i.json.outcome)).toEqual(['sent', 'invalid', 'sent']);
		expect(out[1].json).toEqual({ error: expect.stringMatching(/"no_existe" is not one of/), description: expect.any(String), outcome: 'invalid' });
		expect(state.deliveries.map((d) => d.telephone).sort()).toEqual(['573005551001', '573005551003']);
	});

	it('Check Template off: no lookup; what Wolkvox refuses is refused, what it takes is sent', async () => {
		const { items: out, log, state } = await run({ ...SEND_TEMPLATE, options: { checkTemplate: false } }, items(caller(1), caller(2, { vars: ['Ana'] })), { continueOnFail: true });
		expect(apisOf(log)).toEqual(Array(2).fill('POST whatsapp.php?send_template_official'));
		expect(out.map((i) => i.json.outcome)).toEqual(['sent', 'refused']);
		expect(out[1].json.error).toMatch(/THE NUMBER OF VARIABLES DOES NOT MATCH THE TEMPLATE/);
		expect(state.deliveries).toHaveLength(1);
	});

	it('a connector whose templates cannot be read refuses its items: nothing is sent blind', async () => {
		const { error, log, state } = await run({ ...SEND_TEMPLATE, connector_id: '3102' }, items(caller(1)));
		expect(error?.message).toMatch(/THE CONNECTOR DOES NOT EXIST/);
		expect(apisOf(log)).toEqual(['GET whatsapp.php?list_templates']);
		expect(state.deliveries).toEqual([]);
	});

	it('variables as a comma-separated text count as a list does', async () => {
		const { items: out, state } = await run({ ...SEND_TEMPLATE, template_vars: 'Ana, F-9 ,hoy' }, items(caller(1)));
		expect(out[0].json.outcome).toBe('sent');
		expect(state.deliveries[0].template_vars).toEqual(['Ana', 'F-9', 'hoy']);
	});
});

describe('bad input: a clear error and no request at all', () => {
	const SMS: INodeParameters = { resource: 'sms', operation: 'send_sms', telephone: '={{ $json.phone }}', message: '={{ $json.text }}' };
	it.each([
		['no connector', { ...SEND_TEMPLATE, connector_id: '' }, caller(1), /^Send Template: Connector ID is required \(item 1\)/],
		['no template', SEND_TEMPLATE, caller(1, { template: '' }), /^Send Template: Template is required \(item 1\)/],
		['a malformed phone (template)', SEND_TEMPLATE, caller(1, { phone: '300-CALL-ME' }), /^Send Template: item 1, Telephone "300-CALL-ME" is not a telephone number/],
		['an empty SMS', SMS, { phone: '3001234567', text: '  ' }, /^Send SMS: Message is required \(item 1\)/],
		['a malformed phone (SMS)', SMS, { phone: '12', text: 'hola' }, /^Send SMS: item 1, Telephone "12" is not a telephone number/],
		['an empty WhatsApp message', { resource: 'whatsapp', operation: 'send_message_official', connector_id: CONNECTOR, telephone: '3001234567', message: '' }, {}, /^Send Message: Message is required/],
		['components that are not JSON', { resource: 'whatsapp', operation: 'create_template', connector_id: CONNECTOR, name: 'x', language: 'es', components: '[{type: BODY' }, {}, /Components is not valid JSON/],
	])('%s', async (_label, parameters, json, message) => {
		const { error, log, state } = await run(parameters as INodeParameters, items(json));
		expect(error?.message).toMatch(message);
		expect(log).toEqual([]);
		expect(state.deliveries).toEqual([]);
	});

	it('one bad item among good ones: nothing is sent for any of them', async () => {
		const { error, log, state } = await run(SMS, items({ phone: '3001234567', text: 'a' }, { phone: '3001234568', text: '' }, { phone: '3001234569', text: 'c' }));
		expect(error?.message).toBe('Send SMS: Message is required (item 2)');
		expect([log, state.deliveries]).toEqual([[], []]);
	});
});

describe('every other operation: the request sent, the state changed, one item out per item, paired', () => {
	const components = JSON.stringify([{ type: 'BODY', text: 'Hola {{1}}, tu pedido {{2}} va en camino', example: { body_text: [['Ana', 'P-1']] } }]);

	it('Send SMS', async () => {
		const { items: out, log, state } = await run({ resource: 'sms', operation: 'send_sms', telephone: '={{ $json.phone }}', message: 'Su caso {{ $json.case }} fue cerrado' }, items({ phone: '(300) 123-4567', case: 7 }, { phone: '3001234568', case: 8 }));
		expect(apisOf(log)).toEqual(Array(2).fill('POST sms.php?send_sms'));
		expect(state.deliveries.map((d) => [d.api, d.telephone, d.message]).sort()).toEqual([
			['send_sms', '3001234567', 'Su caso {{ $json.case }} fue cerrado'],
			['send_sms', '3001234568', 'Su caso {{ $json.case }} fue cerrado'],
		]);
		expect(pairs(out)).toEqual([0, 1]);
		expect(out[0].json).toEqual({ outcome: 'sent', sent: { telephone: '3001234567', message: 'Su caso {{ $json.case }} fue cerrado' }, code: 201, msg: 'Message has been sent successfully' });
	});

	it.each(['send_message_official', 'send_message_mobil'])('%s', async (operation) => {
		const image = operation === 'send_message_mobil' ? { additionalFields: { url_attach: 'https://cdn.local/a.png' } } : {};
		const { items: out, log, state } = await run({ resource: 'whatsapp', operation, connector_id: CONNECTOR, telephone: '573001234567', message: '={{ "Hola " + $json.name }}', ...image }, items({ name: 'Ana' }));
		expect(log.map((e) => e.body)).toEqual([{ connector_id: CONNECTOR, telephone: '573001234567', message: 'Hola Ana', ...(image.additionalFields ?? {}) }]);
		expect(state.deliveries).toEqual([expect.objectContaining({ api: operation, message: 'Hola Ana' })]);
		expect(out.map((i) => i.json.outcome)).toEqual(['sent']);
	});

	it('upload_media: the handle in the item', async () => {
		const { items: out, state } = await run({ resource: 'whatsapp', operation: 'upload_media', connector_id: CONNECTOR, file_url: 'https://cdn.local/logo.png' }, items({}));
		expect(out[0].json).toEqual(expect.objectContaining({ outcome: 'uploaded', data: expect.objectContaining({ handle: state.media[0].handle }) }));
	});

	it('list_templates: one row per template, typed, with their components', async () => {
		const { items: out, log, state } = await run({ resource: 'whatsapp', operation: 'list_templates', connector_id: CONNECTOR, returnAll: true }, items({}));
		expect(log[0].query).toEqual({ api: 'list_templates', connector_id: CONNECTOR });
		expect(out.map((i) => [i.json.name, i.json.status, i.json.language])).toEqual(state.templates.map((t) => [t.name, t.status, t.language]));
		expect(out[0].json.components).toEqual(expect.any(Array));
		expect(pairs(out)).toEqual(out.map(() => 0));
	});

	it('sync_templates', async () => {
		const { items: out } = await run({ resource: 'whatsapp', operation: 'sync_templates', connector_id: CONNECTOR }, items({}));
		expect(out[0].json).toEqual(expect.objectContaining({ outcome: 'synced', msg: 'Templates synced successfully' }));
	});

	it.each([
		['create_template', 'MARKETING'],
		['create_utility_template', 'UTILITY'],
		['create_auth_template', 'AUTHENTICATION'],
	])('%s: the category fixed, the components sent as JSON, the template PENDING', async (operation, category) => {
		const { items: out, log, state } = await run({ resource: 'whatsapp', operation, connector_id: CONNECTOR, name: 'pedido_en_camino', language: 'es', components }, items({}));
		expect(log[0].body).toEqual({ category, connector_id: CONNECTOR, name: 'pedido_en_camino', language: 'es', components: JSON.parse(components) });
		expect(state.templates.find((t) => t.name === 'pedido_en_camino')).toEqual(expect.objectContaining({ category, status: 'PENDING', variables: 2 }));
		expect(out[0].json).toEqual(expect.objectContaining({ outcome: 'created', data: expect.objectContaining({ name: 'pedido_en_camino', status: 'PENDING' }) }));
	});

	it('edit_template, components from an expression', async () => {
		const { items: out, state } = await run({ resource: 'whatsapp', operation: 'edit_template', connector_id: CONNECTOR, name: 'bienvenida', components: '={{ $json.components }}' }, items({ components: JSON.parse(components) }));
		expect(out[0].json.outcome).toBe('updated');
		expect(state.templates.find((t) => t.name === 'bienvenida')).toEqual(expect.objectContaining({ status: 'PENDING', variables: 2 }));
	});

	it('delete_template (permanent): one per item', async () => {
		const { items: out, state } = await run({ resource: 'whatsapp', operation: 'delete_template', connector_id: CONNECTOR, name: '={{ $json.name }}' }, items({ name: 'bienvenida' }, { name: 'promo_navidad' }));
		expect(out.map((i) => i.json.outcome)).toEqual(['deleted', 'deleted']);
		expect(state.templates.map((t) => t.name)).not.toEqual(expect.arrayContaining(['bienvenida']));
		expect(state.templates.map((t) => t.name)).not.toEqual(expect.arrayContaining(['promo_navidad']));
	});

	it('codify_chat', async () => {
		const { items: out, state } = await run({ resource: 'whatsapp', operation: 'codify_chat', agent: '12523', chat_id: '186067601', codAct: 'VENTA' }, items({}));
		expect(out[0].json).toEqual(expect.objectContaining({ outcome: 'coded', code: 200 }));
		expect(state.chats[0].cod_act).toBe('VENTA');
	});

	it('conversations_today_by_customer: a POST read with a body, one row per chat record, with its messages', async () => {
		const { items: out, log } = await run({ resource: 'whatsapp', operation: 'conversations_today_by_customer', chat_id: '186067601', additionalFields: { pagina_mensajes: '2' } }, items({}));
		expect([log[0].method, log[0].body]).toEqual(['POST', { chat_id: '186067601', pagina_mensajes: '2' }]);
		expect(out).toHaveLength(1);
		expect(out[0].json).toEqual(expect.objectContaining({ chat_id: '186067601', conversacion: expect.any(Array), paginacion_mensajes: expect.objectContaining({ pagina: '2' }) }));
	});

	it('agent_chat: the agent\'s chats as rows, filters in the query', async () => {
		const { items: out, log } = await run({ resource: 'whatsapp', operation: 'agent_chat', agent_id: '12523', channel: 'whatsapp', returnAll: true }, items({}));
		expect(log[0].query).toEqual({ api: 'agent_chat', agent_id: '12523', channel: 'whatsapp' });
		expect(out.map((i) => i.json.chat_id)).toEqual(['186067601', '186067602']);
		expect(out[0].json.cliente).toEqual(expect.objectContaining({ nombre: 'Diego Sierra' }));
	});
});

describe('messages are sent at most once, under every fault', () => {
	// Refusal storms must not take seconds of real backoff: the delays shrink, the number of retries stays.
	const realRetry = { ...DEFAULT_RETRY };
	beforeAll(() => Object.assign(DEFAULT_RETRY, { baseDelayMs: 5 }));
	afterAll(() => Object.assign(DEFAULT_RETRY, realRetry));

	type Expect = 'sent' | 'unknown';
	/** Each fault hits the first send; `applied`: whether that message was delivered before the failure. */
	const FAULTS: Array<[keyof Faults, Partial<Faults>, Expect, boolean]> = [
		['concurrencyRejections', { concurrencyRejections: 3 }, 'sent', true],
		['afterWrite5xx', { afterWrite5xx: 1 }, 'unknown', true],
		['afterWriteHtml', { afterWriteHtml: 1 }, 'unknown', true],
		['afterWriteCut', { afterWriteCut: 1 }, 'unknown', true],
		['afterWriteTimeout', { afterWriteTimeout: 1, stallMs: 1500 }, 'unknown', true],
		['html502', { html502: 1 }, 'unknown', false],
		['status5xx', { status5xx: 1 }, 'unknown', false],
		// A truncated answer comes after the write was applied.
		['malformedJson', { malformedJson: 1 }, 'unknown', true],
		['stalls', { stalls: 1, stallMs: 1500 }, 'unknown', false],
	];
	const RETRY_ON_FAIL = { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 };
	const SMS: INodeParameters = { resource: 'sms', operation: 'send_sms', telephone: '={{ $json.phone }}', message: 'Hola', options: { timeout: 1000 } };
	const TEMPLATE: INodeParameters = { ...SEND_TEMPLATE, options: { timeout: 1000 } };
	const cases = FAULTS.flatMap(([name, faults, expected, applied]) =>
		[false, true].flatMap((continueOnFail) => [false, true].map((retryOnFail) => [name, continueOnFail, retryOnFail, faults, expected, applied] as const)),
	);

	/** No phone got two messages, nor two requests that Wolkvox did not refuse outright. */
	function expectAtMostOnce(log: LogEntry[], deliveries: Array<{ telephone: string }>) {
		const phones = deliveries.map((d) => d.telephone);
		expect(new Set(phones).size).toBe(phones.length);
		const sends = log.filter((e) => e.method === 'POST' && e.status !== 403).map((e) => String((e.body as IDataObject).telephone));
		expect(new Set(sends).size).toBe(sends.length);
	}

	it.each(cases)('SMS, %s (continueOnFail %s, Retry On Fail %s)', async (_name, continueOnFail, retryOnFail, faults, expected, applied) => {
		const { items: out, error, log, state } = await run(SMS, items({ phone: '3001110001' }, { phone: '3001110002' }), {
			faults, continueOnFail, retry: retryOnFail ? RETRY_ON_FAIL : undefined, credentials: { maxConcurrentRequests: 1 },
		});
		expectAtMostOnce(log, state.deliveries);
		expect(state.deliveries.some((d) => d.telephone === '3001110001')).toBe(applied);
		if (expected === 'sent') {
			expect(out.map((i) => i.json.outcome)).toEqual(['sent', 'sent']);
			return;
		}
		if (continueOnFail) {
			expect(out.map((i) => i.json.outcome)).toEqual(['unknown', 'sent']);
			expect(out[0].json.error).toMatch(/^Wolkvox send_sms: outcome unknown/);
			expect(state.deliveries.map((d) => d.telephone)).toContain('3001110002');
		} else {
			expect(error?.message).toMatch(/^Wolkvox send_sms: outcome unknown/);
			expect(error?.description).toMatch(/It was not sent again, so that nothing is done twice\. Wolkvox's SMS report/);
			// The node stops at the failed call: the second message is never sent.
			expect(state.deliveries.some((d) => d.telephone === '3001110002')).toBe(false);
		}
	});

	it.each(cases)('Send Template, %s (continueOnFail %s, Retry On Fail %s)', async (_name, continueOnFail, retryOnFail, faults, expected, applied) => {
		// The template lookup comes first and is left alone: the fault hits the send.
		const { items: out, error, log, state } = await run(TEMPLATE, items(caller(1)), {
			faults: { ...faults, faultsAfter: 1 }, continueOnFail, retry: retryOnFail ? RETRY_ON_FAIL : undefined,
		});
		expectAtMostOnce(log, state.deliveries);
		expect(state.deliveries).toHaveLength(applied ? 1 : 0);
		if (expected === 'sent') expect(out.map((i) => i.json.outcome)).toEqual(['sent']);
		else if (continueOnFail) expect(out.map((i) => i.json.outcome)).toEqual(['unknown']);
		else expect(error?.message).toMatch(/^Wolkvox send_template_official: outcome unknown/);
	});
});

describe('the example workflow: WhatsApp callback to abandoned callers', () => {
	it("its Send Template node sends the callback template to each abandoned call's caller, once", async () => {
		const example = JSON.parse(readFileSync(join(__dirname, '../../examples/whatsapp-callback-abandoned-callers.json'), 'utf8')) as { nodes: Array<{ name: string; parameters: INodeParameters; onError?: string }> };
		const send = example.nodes.find((n) => n.name === 'Send callback template')!;
		// The rows the trigger gives: skill_2 of the simulator's operation, one day.
		const probe = await startSimulator({ token: TOKEN, now: () => NOW });
		const answer = await fetch(`${probe.url}/api/v2/reports_manager.php?api=skill_2&skill_id=all&date_ini=20261122000000&date_end=20261122235959`, { headers: { 'wolkvox-token': TOKEN } });
		const rows = ((await answer.json()) as { data: IDataObject[] }).data.slice(0, 5);
		await probe.close();
		expect(rows.length).toBeGreaterThan(0);

		const { items: out, state } = await run(send.parameters, items(...rows), { continueOnFail: send.onError === 'continueRegularOutput' });
		expect(out.map((i) => i.json.outcome)).toEqual(rows.map(() => 'sent'));
		expect(state.deliveries.map((d) => d.telephone).sort()).toEqual(rows.map((r) => String(r.ani)).sort());
		expect(state.deliveries.every((d) => d.template_name === 'devolucion_llamada' && d.template_vars.length === 2)).toBe(true);
	});
});

describe("the template check under n8n's Retry On Fail", () => {
	it('reads the templates once for the whole run, tries included, and sends nothing twice', async () => {
		// The second send is cut after it was delivered: the node fails, and n8n runs it again.
		const { error, log, state } = await run(SEND_TEMPLATE, items(caller(1), caller(2)), {
			faults: { afterWriteCut: 1, faultsAfter: 2 },
			retry: { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 },
			credentials: { maxConcurrentRequests: 1 },
		});
		expect(error?.message).toMatch(/outcome unknown/);
		expect(apisOf(log)).toEqual(['GET whatsapp.php?list_templates', 'POST whatsapp.php?send_template_official', 'POST whatsapp.php?send_template_official']);
		expect(state.deliveries.map((d) => d.telephone)).toEqual(['573005551001', '573005551002']);
	});
});
