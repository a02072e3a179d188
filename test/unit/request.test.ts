/**
 * The HTTP request a call becomes: reads stay GET with no body; a write sends its declared method and
 * its body as JSON, one object or a list of records. No write endpoint is in the catalog yet, so the
 * two here are declared as the Postman collection documents them.
 */
import { findEndpoint } from '../../nodes/Wolkvox/shared/catalog';
import type { Endpoint } from '../../nodes/Wolkvox/shared/catalog';
import { ENDPOINT_LIMITS } from '../../nodes/Wolkvox/shared/limits';
import { requestOptions } from '../../nodes/Wolkvox/shared/transport/request';
import type { Call } from '../../nodes/Wolkvox/shared/transport/request';

const BASE = 'https://wv9901.wolkvox.com';
const TIMEOUT = 65_000;

/** configuration.php?api=create_agent: one JSON object. */
const CREATE_AGENT: Endpoint = {
	script: 'configuration',
	method: 'POST',
	api: 'create_agent',
	name: 'Create Agent',
	description: 'Create an agent',
	dateRange: false,
	body: {
		shape: 'object',
		fields: [
			{ name: 'agent_dni', displayName: 'agent_dni', description: 'The agent document number', required: true, type: 'string' },
			{ name: 'agent_name', displayName: 'agent_name', description: 'The agent name', required: true, type: 'string' },
			{ name: 'agent_pass', displayName: 'agent_pass', description: 'The agent password', required: true, type: 'string' },
		],
	},
	limits: ENDPOINT_LIMITS,
	fields: [],
};

/** campaign.php?api=add_record&type_campaign=…&campaign_id=…: a list of records. */
const ADD_RECORD: Endpoint = {
	script: 'campaign',
	method: 'POST',
	api: 'add_record',
	name: 'Add Campaign Records',
	description: 'Add customers to a campaign',
	dateRange: false,
	params: [
		{ name: 'type_campaign', displayName: 'Campaign Type', description: 'predictive or preview', required: true, type: 'string', default: '' },
		{ name: 'campaign_id', displayName: 'Campaign ID', description: 'The campaign', required: true, type: 'string', default: '' },
	],
	body: {
		shape: 'records',
		fields: [
			{ name: 'customer_name', displayName: 'customer_name', description: 'The customer name', type: 'string' },
			{ name: 'customer_id', displayName: 'customer_id', description: 'The customer ID', required: true, type: 'string' },
			{ name: 'telephone', displayName: 'telephone', description: 'The phone to dial', required: true, type: 'string' },
		],
	},
	limits: ENDPOINT_LIMITS,
	fields: [],
};

/** A call to an endpoint, as the pipeline builds it. */
const callTo = (endpoint: Endpoint, query?: Record<string, string>, body?: Call['body']): Call => ({
	script: endpoint.script,
	method: endpoint.method,
	api: endpoint.api,
	query,
	body,
});

describe('requestOptions', () => {
	it('builds a read as a GET of its script with the api and query, and no body', () => {
		const report = findEndpoint('report', 'skill_1')!;
		const request = requestOptions(BASE, callTo(report, { skill_id: 'all', date_ini: '20261101000000' }), TIMEOUT);
		expect(request).toMatchObject({
			method: 'GET',
			url: 'https://wv9901.wolkvox.com/api/v2/reports_manager.php',
			qs: { api: 'skill_1', skill_id: 'all', date_ini: '20261101000000' },
			headers: { Accept: 'application/json' },
			timeout: TIMEOUT,
		});
		expect(request.body).toBeUndefined();
		expect(request.headers).not.toHaveProperty('Content-Type');
	});

	it('sends GET when a call declares no method', () => {
		expect(requestOptions(BASE, { script: 'billing', api: 'ivr_calls' }, TIMEOUT).method).toBe('GET');
	});

	it('builds a POST with one JSON object as its body', () => {
		const agent = { agent_dni: '0010203', agent_name: 'Phoenix Jones', agent_pass: 'Password0123*' };
		const request = requestOptions(BASE, callTo(CREATE_AGENT, undefined, agent), TIMEOUT);
		expect(request).toMatchObject({
			method: 'POST',
			url: 'https://wv9901.wolkvox.com/api/v2/configuration.php',
			qs: { api: 'create_agent' },
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		});
		expect(JSON.parse(request.body as string)).toEqual(agent);
	});

	it('builds a POST with a list of records as its body, beside its query parameters', () => {
		const records = [
			{ customer_name: 'Austin', customer_id: '100000000', telephone: '573000000010' },
			{ customer_name: 'Mia', customer_id: '100000001', telephone: '573000000020' },
		];
		const request = requestOptions(BASE, callTo(ADD_RECORD, { type_campaign: 'predictive', campaign_id: '20455' }, records), TIMEOUT);
		expect(request).toMatchObject({
			method: 'POST',
			url: 'https://wv9901.wolkvox.com/api/v2/campaign.php',
			qs: { api: 'add_record', type_campaign: 'predictive', campaign_id: '20455' },
			headers: { 'Content-Type': 'application/json' },
		});
		expect(typeof request.body).toBe('string');
		expect(JSON.parse(request.body as string)).toEqual(records);
	});

	it('sends an empty object as {} rather than dropping it', () => {
		const request = requestOptions(BASE, { script: 'campaign', method: 'PUT', api: 'start', body: {} }, TIMEOUT);
		expect([request.method, request.body]).toEqual(['PUT', '{}']);
	});
});
