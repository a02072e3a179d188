/**
 * WhatsApp in real n8n (every pinned version): a template chosen in the editor's Template dropdown,
 * loaded through n8n's REST API for the chosen connector, then sent to each input item by n8n's own
 * CLI against the simulator, each message once.
 */
import { nodeItems } from '../../tools/lib/n8n';
import { chain, itemsNode, manualTrigger, wolkvoxNode } from '../../tools/lib/workflows';
import { WHATSAPP_CONNECTORS } from '../../tools/simulator/server';
import { assertNoSecrets } from '../secrets';
import { e2eVersions, packOnce, pairedIndex, SESSION_TIMEOUT, startSession, TOKEN, type Session } from './session';

const VERSIONS = e2eVersions();

const CONNECTOR = WHATSAPP_CONNECTORS()[0];
const CALLERS = [
	{ phone: '+57 300 555 0101', name: 'Ana', invoice: 'F-1001', due: '30 de noviembre' },
	{ phone: '+57 300 555 0102', name: 'Luis', invoice: 'F-1002', due: '1 de diciembre' },
	{ phone: '+57 300 555 0103', name: 'Marta', invoice: 'F-1003', due: '2 de diciembre' },
];

const pack = packOnce();


describe.each(VERSIONS)('n8n %s', (version) => {
	let session: Session;
	let editor: Awaited<ReturnType<Session['tooling']['startEditor']>> | undefined;

	beforeAll(async () => {
		session = await startSession(version, pack.tgz(), [{ key: 'whatsapp' }]);
		editor = await session.tooling.startEditor({ home: session.home, owner: true });
	}, SESSION_TIMEOUT);

	afterAll(async () => {
		const logs = editor?.logs() ?? '';
		await editor?.stop();
		assertNoSecrets(logs, `n8n ${version} editor log`);
		await session?.close();
	});

	/** A dropdown of the WhatsApp resource, as the editor loads it (n8n's DynamicNodeParametersController). */
	async function dropdown(path: string, methodName: string, current: Record<string, string>) {
		const { credential } = session.run('whatsapp');
		const res = await fetch(`${editor!.url}/rest/dynamic-node-parameters/options`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: editor!.owner!.cookie },
			body: JSON.stringify({
				nodeTypeAndVersion: { name: 'n8n-nodes-wolkvox.wolkvox', version: 2 },
				path,
				methodName,
				currentNodeParameters: { resource: 'whatsapp', operation: 'send_template_official', ...current },
				credentials: { wolkvoxApi: { id: credential.id, name: credential.name } },
			}),
		});
		expect(res.status).toBe(200);
		return ((await res.json()) as { data: Array<{ name: string; value: string }> }).data;
	}

	it('Send Template: connector and template picked from the dropdowns, each caller messaged once', async () => {
		const { sim, credential } = session.run('whatsapp');
		const connectors = await dropdown('parameters.connector_id', 'getConnectors', {});
		const connector = connectors.find((o) => o.name.includes('whatsapp'));
		expect(connector?.value).toBe(CONNECTOR);

		const templates = await dropdown('parameters.template_name', 'getTemplates', { connector_id: connector!.value });
		expect(templates.map((o) => o.name)).toEqual(expect.arrayContaining(['recordatorio_pago (APPROVED, es, 3 variables)', 'promo_navidad (PENDING, es_CO, 1 variable)']));
		const chosen = templates.find((o) => o.name.startsWith('recordatorio_pago ('))!;
		expect(sim.stats.log.map((e) => [e.query.api, e.query.connector_id])).toEqual([
			['connectors', undefined],
			['list_templates', CONNECTOR],
		]);
		// The CLI runs the workflow on the same database: the editor leaves it first.
		const logs = editor!.logs();
		await editor!.stop();
		editor = undefined;
		assertNoSecrets(logs, `n8n ${version} editor log`);

		const parameters = {
			resource: 'whatsapp',
			operation: 'send_template_official',
			connector_id: connector!.value,
			telephone: '={{ $json.phone }}',
			template_name: chosen.value,
			template_vars: '={{ [$json.name, $json.invoice, $json.due] }}',
			url_params: { values: [{ index: '0', text: '={{ "pay/" + $json.invoice }}' }] },
			options: {},
		};
		const workflow = chain('wolkvoxE2eWhatsapp01', 'Wolkvox e2e WhatsApp template', [
			manualTrigger(),
			itemsNode('Callers', CALLERS),
			{ ...wolkvoxNode(parameters, credential), typeVersion: 2 },
		]);
		const before = sim.stats.log.length;
		const ids = await session.tooling.importWorkflows(session.home, [workflow]);
		const entry = (await session.tooling.executeWorkflows(session.home, ids))[ids[0]];
		expect([entry?.status, entry?.error]).toEqual(['success', undefined]);

		const items = nodeItems(entry.result, 'Wolkvox');
		expect(items.map(pairedIndex)).toEqual([0, 1, 2]);
		expect(items.map((i) => i.json.outcome)).toEqual(['sent', 'sent', 'sent']);
		expect(items.every((i) => !('error' in i.json))).toBe(true);
		expect(items[0].json.sent).toEqual(expect.objectContaining({ telephone: '573005550101', template_name: 'recordatorio_pago', template_vars: 'Ana,F-1001,30 de noviembre' }));
		// One template check for the connector, then one send per caller.
		const log = sim.stats.log.slice(before);
		expect(log.map((e) => `${e.method} ${String(e.query.api)}`)).toEqual(['GET list_templates', ...CALLERS.map(() => 'POST send_template_official')]);
		expect(log.every((e) => e.headers['wolkvox-token'] === TOKEN)).toBe(true);
		expect(sim.state.deliveries.map((d) => [d.telephone, d.template_name, d.template_vars.join('|'), d.url_params]).sort()).toEqual([
			['573005550101', 'recordatorio_pago', 'Ana|F-1001|30 de noviembre', [{ index: '0', text: 'pay/F-1001' }]],
			['573005550102', 'recordatorio_pago', 'Luis|F-1002|1 de diciembre', [{ index: '0', text: 'pay/F-1002' }]],
			['573005550103', 'recordatorio_pago', 'Marta|F-1003|2 de diciembre', [{ index: '0', text: 'pay/F-1003' }]],
		]);
	});
});
