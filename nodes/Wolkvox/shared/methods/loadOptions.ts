import type { ILoadOptionsFunctions, INodePropertyOptions, ResourceMapperFields } from 'n8n-workflow';

import { findEndpoint, findOperation, findResource, LISTS } from '../catalog';
import type { AccountList, Endpoint, ListName } from '../catalog';
import { fieldNames } from '../pipeline/selectFields';
import { connect, getRows } from '../transport/request';
import { templateInfo, templateLabel } from '../writes/templates';

/** The Fields dropdown: the chosen endpoint's fields, from the catalog (no request, no token spent). */
export const FIELDS_METHOD = 'getFields';

/** The endpoint the node's current Resource and selector (or Operation) name, in the editor. */
function currentEndpoint(ctx: ILoadOptionsFunctions): Endpoint | undefined {
	const value = String(ctx.getCurrentNodeParameter('resource') ?? '');
	const resource = findResource(value);
	if (!resource) return findOperation(value, String(ctx.getCurrentNodeParameter('operation') ?? ''));
	return findEndpoint(resource.value, String(ctx.getCurrentNodeParameter(resource.selector.name) ?? ''));
}

async function getFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const endpoint = currentEndpoint(this);
	const typed = this.getCurrentNodeParameter('simplify') !== false;
	return (endpoint ? fieldNames(endpoint, typed) : []).map((name) => ({ name, value: name }));
}

/** The Record Fields resource mapper's method: the record fields a records write maps items to, from the catalog (no request). */
export const RECORD_FIELDS_METHOD = 'getRecordFields';

async function getRecordFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const body = currentEndpoint(this)?.body;
	const fields = body?.shape === 'records' ? body.fields : [];
	return {
		fields: fields.map((field) => ({
			id: field.name,
			displayName: field.name,
			required: field.required === true,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: 'string',
			...(field.options ? { options: field.options.map(({ name, value }) => ({ name, value })) } : {}),
		})),
	};
}

export const resourceMapping = { [RECORD_FIELDS_METHOD]: getRecordFields };

/** The dropdown method for a list, with or without the "All …" entry Wolkvox accepts as `all`. */
export function loadOptionsMethodName(list: ListName, withAll: boolean): string {
	return `get${list.charAt(0).toUpperCase()}${list.slice(1)}${withAll ? 'OrAll' : ''}`;
}

function loader(list: AccountList, withAll: boolean) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const connection = await connect(this, 0);
		const rows = await getRows(this, connection, { script: 'information', api: list.api }, { itemIndex: 0 });
		const options = rows
			.map((row) => {
				const id = String(row[list.id] ?? '').trim();
				const name = String(row[list.name] ?? '').trim();
				const detail = [id, ...(list.detail ? [String(row[list.detail] ?? '').trim()] : [])].filter(Boolean).join(', ');
				return { name: name && name !== id ? `${name} (${detail})` : detail, value: id };
			})
			.filter((option) => option.value !== '')
			.sort((a, b) => a.name.localeCompare(b.name));
		return withAll ? [{ name: `All ${list.noun}`, value: 'all' }, ...options] : options;
	};
}

/** The Template dropdown of a WhatsApp send: the chosen connector's templates (list_templates). */
export const TEMPLATES_METHOD = 'getTemplates';

async function getTemplates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const connector = String(this.getCurrentNodeParameter('connector_id') ?? '').trim();
	// No connector yet, or one from an expression the editor cannot resolve: nothing to list.
	if (connector === '' || connector.startsWith('=')) return [];
	const list = findOperation('whatsapp', 'list_templates')!;
	const connection = await connect(this, 0);
	const rows = await getRows(this, connection, { script: list.script, api: list.api, query: { connector_id: connector }, rowsKey: list.rowsKey }, { itemIndex: 0 });
	return rows
		.map(templateInfo)
		.filter((t) => t.name !== '')
		.map((t) => ({ name: templateLabel(t), value: t.name, description: t.status === 'APPROVED' ? undefined : 'Not approved: it cannot be sent yet' }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** One loader per account list, and its variant with "All …" (getSkills, getSkillsOrAll, …), and the fields. */
export const loadOptions = {
	...Object.fromEntries(
		(Object.keys(LISTS) as ListName[]).flatMap((name) => [
			[loadOptionsMethodName(name, false), loader(LISTS[name], false)],
			[loadOptionsMethodName(name, true), loader(LISTS[name], true)],
		]),
	),
	[FIELDS_METHOD]: getFields,
	[TEMPLATES_METHOD]: getTemplates,
};
