import type { INodeProperties } from 'n8n-workflow';

import { optionOf } from '../../shared/catalog';
import type { ActionResource, BodyField, Endpoint } from '../../shared/catalog';
import { byDisplayName, byName } from '../../shared/description';
import { loadOptionsMethodName, RECORD_FIELDS_METHOD, TEMPLATES_METHOD } from '../../shared/methods/loadOptions';
import { DEFAULT_TIMEOUT_MS } from '../../shared/transport/request';
import { BATCHED_VALUE, isAdditional, RECORD_FIELDS, ROW_OPTION } from '../../shared/writes/bodyParameters';
import { BINARY_PROPERTY, FILE_NAME } from './files';

/**
 * The parameters of the writes, derived from the catalog: where each body field is set in the
 * editor, and the one place input.ts reads it from.
 */

const EXPRESSION_HINT = 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.';

/** One body field as a node parameter (without displayOptions); `more` is said after its description. */
function fieldProperty(field: BodyField, more = ''): INodeProperties {
	const description = more ? `${field.description}. ${more}` : field.description;
	const base = { displayName: field.displayName, name: field.name, description };
	if (field.type === 'object') {
		return { ...base, type: 'collection', placeholder: `Add ${field.displayName}`, default: {}, options: (field.fields ?? []).map((f) => fieldProperty(f)).sort(byDisplayName) };
	}
	if (field.type === 'rows') {
		return {
			...base,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: `Add ${field.displayName}`,
			default: {},
			options: [{ displayName: field.displayName, name: ROW_OPTION, values: (field.fields ?? []).map((f) => fieldProperty(f)) }],
		};
	}
	if (field.type === 'json') return { ...base, type: 'json', default: '' };
	if (field.options) {
		return { ...base, type: 'options', options: [...field.options].sort(byName), default: field.default ?? field.options[0].value };
	}
	if (field.list === 'templates') {
		return {
			...base,
			displayName: `${field.displayName} Name or ID`,
			type: 'options',
			typeOptions: { loadOptionsMethod: TEMPLATES_METHOD, loadOptionsDependsOn: ['connector_id'] },
			default: '',
			description: `${description.replace(/\.$/, '')}: the list shows each template's status, language and number of variables. ${EXPRESSION_HINT}`,
		};
	}
	if (field.list) {
		return {
			...base,
			displayName: `${field.displayName.replace(/ IDs?$/, '')} Name or ID`,
			type: 'options',
			typeOptions: { loadOptionsMethod: loadOptionsMethodName(field.list, false) },
			default: '',
			description: `${description.replace(/\.$/, '')}. ${EXPRESSION_HINT}`,
		};
	}
	return { ...base, type: 'string', default: '' };
}

/** Where an upload's file comes from, and the name it is stored under. */
function fileProperties(maxFiles: number, maxBytes: number): INodeProperties[] {
	return [
		{
			displayName: 'Input Binary Field',
			name: BINARY_PROPERTY,
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the input binary field containing the file to be uploaded',
			description: `Each input item is one file. Items that upload to the same Path go in one call, up to ${maxFiles} files or ${maxBytes / 1024 / 1024} MB per call.`,
		},
		{
			displayName: 'File Name',
			name: FILE_NAME,
			type: 'string',
			default: '',
			placeholder: 'e.g. invoice.pdf',
			description: "The name to store the file under; the binary file's own name when empty",
		},
	];
}

/** Merges equal properties shown for several operations into one. */
function merged(entries: Array<{ property: INodeProperties; operation: string }>, resource: string): INodeProperties[] {
	const byShape = new Map<string, { property: INodeProperties; operations: string[] }>();
	for (const { property, operation } of entries) {
		const shape = JSON.stringify(property);
		const entry = byShape.get(shape) ?? { property, operations: [] };
		entry.operations.push(operation);
		byShape.set(shape, entry);
	}
	return [...byShape.values()].map(({ property, operations }) => ({
		...property,
		displayOptions: { show: { resource: [resource], operation: operations } },
	}));
}

const writes = (resource: ActionResource) => resource.endpoints.filter((e) => e.write);

/** What each body needs in the editor: the record mapper, the item's value, the fields. */
export function bodyProperties(resource: ActionResource): INodeProperties[] {
	const entries: Array<{ property: INodeProperties; operation: string }> = [];
	const additional: INodeProperties[] = [];
	// Writes, and the reads that take a body (set like a one-call write's).
	for (const endpoint of resource.endpoints.filter((e) => e.write || e.body)) {
		const operation = optionOf(endpoint);
		const batching = endpoint.write?.batching ?? { kind: 'single' };
		const fields = endpoint.body?.fields ?? [];
		if (endpoint.write?.destructive) {
			entries.push({
				operation,
				property: {
					displayName: `${endpoint.name} cannot be undone: ${endpoint.description.replace(/\.$/, '')}. Only the IDs given are affected.`,
					name: 'destructiveNotice',
					type: 'notice',
					default: '',
				},
			});
		}
		if (batching.kind === 'records') {
			entries.push({
				operation,
				property: {
					displayName: 'Record Fields',
					name: RECORD_FIELDS,
					type: 'resourceMapper',
					noDataExpression: true,
					default: { mappingMode: 'autoMapInputData', value: null },
					required: true,
					typeOptions: {
						loadOptionsDependsOn: ['resource', 'operation'],
						resourceMapper: {
							resourceMapperMethod: RECORD_FIELDS_METHOD,
							mode: 'add',
							fieldWords: { singular: 'field', plural: 'fields' },
							addAllFields: false,
							multiKeyMatch: false,
							supportAutoMap: true,
						},
					},
					description: 'Each input item is one record: its keys that are Wolkvox record fields are sent (Map Automatically), or the fields defined here',
				},
			});
			continue;
		}
		if (batching.kind === 'files') entries.push(...fileProperties(batching.maxFiles, batching.maxBytes).map((property) => ({ operation, property })));
		for (const field of fields) {
			const own = batching.kind === 'values' && field.name === batching.field;
			if (!own && isAdditional(field)) continue;
			const more = own ? 'Items that send the same other parameters go in one call, up to 10,000 per call.' : '';
			const property = fieldProperty(field, more);
			entries.push({ operation, property: own ? { ...property, name: BATCHED_VALUE(field) } : property });
		}
		const optional = fields.filter((f) => isAdditional(f) && !(batching.kind === 'values' && f.name === batching.field));
		if (optional.length > 0) {
			additional.push({
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: { show: { resource: [resource.value], operation: [operation] } },
				options: optional.map((f) => fieldProperty(f)).sort(byDisplayName),
			});
		}
	}
	return [...merged(entries, resource.value), ...additional];
}

/** The writes' Options: the timeout, and for records the unknown-fields switch. */
export function writeOptionsProperties(resource: ActionResource): INodeProperties[] {
	const timeout: INodeProperties = {
		displayName: 'Timeout',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1000 },
		default: DEFAULT_TIMEOUT_MS,
		description:
			'How long to wait for each Wolkvox answer, in milliseconds. A write whose answer does not come in time is not sent again: its outcome is unknown.',
	};
	const ignoreUnknownFields: INodeProperties = {
		displayName: 'Ignore Unknown Fields',
		name: 'ignoreUnknownFields',
		type: 'boolean',
		default: false,
		description: 'Whether to leave out item keys that are not Wolkvox record fields (such as row_number), instead of refusing the item',
	};
	const option = (options: INodeProperties[], endpoints: Endpoint[]): INodeProperties => ({
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { resource: [resource.value], operation: endpoints.map(optionOf) } },
		options,
	});
	const checkTemplate: INodeProperties = {
		displayName: 'Check Template',
		name: 'checkTemplate',
		type: 'boolean',
		default: true,
		description:
			"Whether to check each item against the connector's templates first (one Get Templates call per connector): an unknown or unapproved template, or the wrong number of variables, is refused with nothing sent",
	};
	const records = writes(resource).filter((e) => e.write!.batching.kind === 'records');
	const templates = writes(resource).filter((e) => e.write!.template);
	const others = writes(resource).filter((e) => e.write!.batching.kind !== 'records' && !e.write!.template);
	return [
		...(records.length > 0 ? [option([ignoreUnknownFields, timeout], records)] : []),
		...(templates.length > 0 ? [option([checkTemplate, timeout], templates)] : []),
		...(others.length > 0 ? [option([timeout], others)] : []),
	];
}
