/**
 * The SMS and WhatsApp operations and speech on demand as the catalog states them: the agreed
 * saved-workflow names, sends that go one per item at most once, the one destructive operation, and
 * each operation one Wolkvox documents, with that method.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { INodeProperties } from 'n8n-workflow';

import { findActionResource, optionOf } from '../../nodes/Wolkvox/shared/catalog';
import type { BodyField, Endpoint } from '../../nodes/Wolkvox/shared/catalog';
import { SPEECH_ON_DEMAND } from '../../nodes/Wolkvox/shared/catalog/speechOnDemand';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';

const sms = findActionResource('sms')!;
const whatsapp = findActionResource('whatsapp')!;
const all: Endpoint[] = [...sms.endpoints, ...whatsapp.endpoints, SPEECH_ON_DEMAND];
const field = (e: Endpoint, name: string): BodyField | undefined => e.body?.fields.find((f) => f.name === name);
const { properties } = new Wolkvox().description;

describe('the messaging resources', () => {
	it('hold the agreed operations, their defaults first', () => {
		expect([sms.value, sms.name, sms.defaultOperation, sms.endpoints.map(optionOf)]).toEqual(['sms', 'SMS', 'send_sms', ['send_sms']]);
		expect([whatsapp.value, whatsapp.name, whatsapp.defaultOperation]).toEqual(['whatsapp', 'WhatsApp', 'send_template_official']);
		expect(whatsapp.endpoints.map(optionOf)).toEqual([
			'send_template_official', 'send_message_official', 'send_message_mobil', 'upload_media', 'list_templates', 'sync_templates', 'create_template',
			'create_utility_template', 'create_auth_template', 'edit_template', 'delete_template', 'codify_chat', 'conversations_today_by_customer', 'agent_chat',
		]);
		expect(whatsapp.endpoints[0].api).toBe(whatsapp.defaultOperation);
	});

	it('read where they read: list_templates and agent_chat as GETs, the conversation as a POST with a body', () => {
		const reads = whatsapp.endpoints.filter((e) => !e.write).map((e) => [e.api, e.method, e.body ? 'body' : 'query']);
		expect(reads).toEqual([
			['list_templates', 'GET', 'query'],
			['conversations_today_by_customer', 'POST', 'body'],
			['agent_chat', 'GET', 'query'],
		]);
	});

	it.each(all.map((e) => [e.api, e] as const))('%s: a single-call write sent at most once, or a read; names as the editor shows them', (_api, e) => {
		expect(e.name).toMatch(/^[A-Z][A-Za-z0-9]*( [A-Z0-9][A-Za-z0-9]*)*( \(Permanent\))?$/);
		expect(e.action).toMatch(/^[A-Z][a-z]+( [a-z0-9-]+)*$|^Send SMS$/);
		expect(e.description).not.toMatch(/\. [A-Z]/);
		if (e.write) {
			expect(e.write.batching).toEqual({ kind: 'single' });
			expect(e.write.outcome).toMatch(/^(sent|[a-z]+ed)$/);
			expect(e.dateRange).toBe(false);
		}
	});

	it('has one destructive operation, named so', () => {
		expect(all.filter((e) => e.write?.destructive).map((e) => [e.api, e.name])).toEqual([['delete_template', 'Delete Template (Permanent)']]);
		expect(properties.some((p) => p.name === 'destructiveNotice' && p.displayOptions?.show?.operation?.includes('delete_template'))).toBe(true);
	});

	it('checks phone numbers and requires the message of every send', () => {
		for (const e of all.filter((x) => /^send_/.test(x.api))) {
			expect([e.api, field(e, 'telephone')?.format, field(e, 'telephone')?.required]).toEqual([e.api, 'telephone', true]);
			if (e.api !== 'send_template_official') expect([e.api, field(e, 'message')?.required]).toEqual([e.api, true]);
		}
	});

	it('checks template sends against the body fields that name connector, template and variables', () => {
		const send = whatsapp.endpoints[0];
		const spec = send.write!.template!;
		expect([field(send, spec.connector)?.list, field(send, spec.template)?.list, field(send, spec.variables)?.joinWith]).toEqual(['connectors', 'templates', ',']);
		expect(field(send, 'url_params')).toEqual(expect.objectContaining({ type: 'rows', fields: [expect.objectContaining({ name: 'index', format: 'integer' }), expect.objectContaining({ name: 'text' })] }));
		expect(all.filter((e) => e.write?.template).map((e) => e.api)).toEqual(['send_template_official']);
	});

	it('fixes the category of each template creation', () => {
		expect(['create_template', 'create_utility_template', 'create_auth_template'].map((api) => whatsapp.endpoints.find((e) => e.api === api)!.body!.fixed)).toEqual([
			{ category: 'MARKETING' },
			{ category: 'UTILITY' },
			{ category: 'AUTHENTICATION' },
		]);
	});

	it('exports speech on demand as a configuration.php PUT, for the Speech Analytics resource', () => {
		expect([SPEECH_ON_DEMAND.script, SPEECH_ON_DEMAND.method, SPEECH_ON_DEMAND.api, SPEECH_ON_DEMAND.body!.fields.map((f) => f.name)]).toEqual([
			'configuration', 'PUT', 'speech_on_demand', ['conn_id', 'agent_id', 'date_ini', 'date_end'],
		]);
		expect(all.filter((e) => e === SPEECH_ON_DEMAND)).toHaveLength(1);
	});
});

describe('the editor', () => {
	const shown = (name: string, operation: string) =>
		properties.filter((p) => p.name === name && p.displayOptions?.show?.resource?.includes('whatsapp') && p.displayOptions.show.operation?.includes(operation));

	it('picks the connector and the template from dropdowns, the template reloading with the connector', () => {
		const [connector] = shown('connector_id', 'send_template_official');
		const [template] = shown('template_name', 'send_template_official');
		expect([connector.displayName, connector.typeOptions?.loadOptionsMethod]).toEqual(['Connector Name or ID', 'getConnectors']);
		expect([template.displayName, template.typeOptions]).toEqual(['Template Name or ID', { loadOptionsMethod: 'getTemplates', loadOptionsDependsOn: ['connector_id'] }]);
		expect(Object.keys(new Wolkvox().methods.loadOptions)).toEqual(expect.arrayContaining(['getConnectors', 'getTemplates']));
	});

	it('offers Check Template, on by default, only for template sends', () => {
		const options = properties.filter((p) => p.name === 'options' && (p.options as INodeProperties[] | undefined)?.some((o) => o.name === 'checkTemplate'));
		expect(options.map((p) => p.displayOptions?.show)).toEqual([{ resource: ['whatsapp'], operation: ['send_template_official'] }]);
		expect((options[0].options as INodeProperties[]).find((o) => o.name === 'checkTemplate')?.default).toBe(true);
	});

	it('takes the components of a template as JSON', () => {
		expect(shown('components', 'create_template').map((p) => p.type)).toEqual(['json']);
	});
});

describe('the operations and Wolkvox documentation', () => {
	const collection = readFileSync(join(__dirname, '../../docs/postman/wolkvox-apis-es.postman_collection.json'), 'utf8');
	it.each(all.map((e) => [e.api, e] as const))('%s is in the collection with its method and every body field', (_api, e) => {
		const at = collection.indexOf(`${e.script}.php?api=${e.api}`);
		expect(at).toBeGreaterThan(0);
		const request = collection.slice(Math.max(0, collection.lastIndexOf('"method"', at)), at);
		expect(request).toMatch(new RegExp(`"method": "${e.method}"`));
		for (const f of e.body?.fields ?? []) expect([e.api, collection.includes(`| ${f.name} |`) || collection.includes(`\\"${f.name}\\"`)]).toEqual([e.api, true]);
	});
});
