import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { findEndpoint, findResource, LISTS } from '../catalog';
import type { AccountList, ListName } from '../catalog';
import { fieldNames } from '../pipeline/selectFields';
import { connect, getRows } from '../transport/request';

/** The Fields dropdown: the chosen endpoint's fields, from the catalog (no request, no token spent). */
export const FIELDS_METHOD = 'getFields';

async function getFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const resource = findResource(String(this.getCurrentNodeParameter('resource') ?? ''));
	if (!resource) return [];
	const endpoint = findEndpoint(resource.value, String(this.getCurrentNodeParameter(resource.selector.name) ?? ''));
	const typed = this.getCurrentNodeParameter('simplify') !== false;
	return (endpoint ? fieldNames(endpoint, typed) : []).map((name) => ({ name, value: name }));
}

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
				return { name: name && name !== id ? `${name} (${id})` : id, value: id };
			})
			.filter((option) => option.value !== '')
			.sort((a, b) => a.name.localeCompare(b.name));
		return withAll ? [{ name: `All ${list.noun}`, value: 'all' }, ...options] : options;
	};
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
};
