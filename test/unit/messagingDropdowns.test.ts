/**
 * The WhatsApp dropdowns against the simulator: connectors from information.php, and the chosen
 * connector's templates from list_templates, with status, language and number of variables.
 */
import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { startSimulator, WHATSAPP_CONNECTORS } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';

const TOKEN = 'sim-token-dropdowns';
let sim: Simulator;
beforeEach(async () => {
	sim = await startSimulator({ token: TOKEN });
});
afterEach(async () => {
	await sim.close();
});

/** What a loader uses of n8n's context: the current parameters, the credential, and an HTTP client with its header. */
function editor(current: IDataObject): ILoadOptionsFunctions {
	const request = async (_type: string, options: IHttpRequestOptions) => {
		const query = new URLSearchParams(Object.entries(options.qs ?? {}).map(([k, v]): [string, string] => [k, String(v)]));
		const r = await fetch(`${options.url}?${query}`, { method: options.method, headers: { 'wolkvox-token': TOKEN } });
		return { statusCode: r.status, body: await r.text() };
	};
	return {
		getCurrentNodeParameter: (name: string) => current[name],
		getCredentials: async () => ({ server: sim.url, token: TOKEN, timezone: 'America/Bogota' }),
		getNode: () => ({ credentials: { wolkvoxApi: { id: 'c1', name: 'Wolkvox' } } }),
		helpers: { httpRequestWithAuthentication: request },
	} as unknown as ILoadOptionsFunctions;
}

// Keyed by method name: the account lists' loaders are built from LISTS.
const loadOptions = new Wolkvox().methods.loadOptions as Record<string, (this: ILoadOptionsFunctions) => Promise<Array<{ name: string; value: string | number; description?: string }>>>;

it('getConnectors lists every connector with its channel', async () => {
	const options = await loadOptions.getConnectors.call(editor({}));
	expect(options).toEqual(expect.arrayContaining([{ name: `WhatsApp Línea Única (${WHATSAPP_CONNECTORS()[0]}, whatsapp)`, value: WHATSAPP_CONNECTORS()[0] }]));
});

it("getTemplates lists the chosen connector's templates with one list_templates call, the connector in the query", async () => {
	const options = await loadOptions.getTemplates.call(editor({ connector_id: WHATSAPP_CONNECTORS()[0] }));
	expect(options.map((o) => o.name)).toEqual([
		'bienvenida (APPROVED, es, 1 variable)',
		'confirmacion_cita (APPROVED, en_US, 0 variables)',
		'devolucion_llamada (APPROVED, es, 2 variables)',
		'oferta_agresiva (REJECTED, es, 1 variable)',
		'promo_navidad (PENDING, es_CO, 1 variable)',
		'recordatorio_pago (APPROVED, es, 3 variables)',
	]);
	expect(options.find((o) => o.value === 'promo_navidad')?.description).toBe('Not approved: it cannot be sent yet');
	expect(sim.stats.log.map((e) => e.query)).toEqual([{ api: 'list_templates', connector_id: WHATSAPP_CONNECTORS()[0] }]);
});

it('getTemplates lists nothing, and calls nothing, before a connector is chosen', async () => {
	expect(await loadOptions.getTemplates.call(editor({ connector_id: '' }))).toEqual([]);
	expect(await loadOptions.getTemplates.call(editor({ connector_id: '={{ $json.connector }}' }))).toEqual([]);
	expect(sim.stats.requests).toBe(0);
});
