import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { findOperation } from '../../shared/catalog';
import type { Endpoint } from '../../shared/catalog';
import { flagParameter } from '../../shared/parameters';
import { getRows } from '../../shared/transport/request';
import type { Connection } from '../../shared/transport/request';
import type { ItemWrite } from '../../shared/writes/batches';
import { refuse } from '../../shared/writes/bodyParameters';
import { templateInfo, templateProblem } from '../../shared/writes/templates';
import type { TemplateInfo } from '../../shared/writes/templates';
import type { WriteUnit } from './input';

/**
 * The connectors' templates read in one run of the node, kept for the run: n8n's Retry On Fail runs
 * the node again with the same execute data, and the list need not be read again. A failed read is
 * not kept.
 */
const byRun = new WeakMap<object, Map<string, Promise<TemplateInfo[]>>>();

function runCache(ctx: IExecuteFunctions): Map<string, Promise<TemplateInfo[]>> {
	const run = ctx.getExecuteData() as object | undefined;
	if (!run) return new Map();
	let cache = byRun.get(run);
	if (!cache) {
		cache = new Map();
		byRun.set(run, cache);
	}
	return cache;
}

/**
 * Template sends checked before any is sent (Options → Check Template): each connector's templates
 * are read once per run, and an item whose template is unknown, unapproved or given the wrong number
 * of variables is refused. A failed lookup refuses its connector's items: nothing is sent blind.
 */
export async function checkTemplates(
	ctx: IExecuteFunctions,
	connection: Connection,
	endpoint: Endpoint,
	writes: Array<ItemWrite<WriteUnit>>,
	timeout: number,
): Promise<Map<number, Error>> {
	const spec = endpoint.write!.template!;
	const refused = new Map<number, Error>();
	const checked = writes.filter((w) => flagParameter(ctx, 'options.checkTemplate', w.itemIndex, 'Check Template', true));
	const list = findOperation('whatsapp', 'list_templates')!;
	const separator = endpoint.body!.fields.find((f) => f.name === spec.variables)?.joinWith ?? ',';
	const byConnector = runCache(ctx);
	for (const { itemIndex, unit } of checked) {
		const body = unit.own as IDataObject;
		const connector = String(body[spec.connector] ?? '');
		let templates = byConnector.get(connector);
		if (!templates) {
			const rows = getRows(ctx, connection, { script: list.script, method: list.method, api: list.api, query: { connector_id: connector }, rowsKey: list.rowsKey }, { itemIndex, timeout });
			templates = rows.then((found) => found.map(templateInfo));
			byConnector.set(connector, templates);
			templates.catch(() => byConnector.delete(connector));
		}
		try {
			const variables = String(body[spec.variables] ?? '');
			const given = variables === '' ? 0 : variables.split(separator).length;
			const problem = templateProblem(await templates, String(body[spec.template] ?? ''), given, connector);
			if (problem) {
				refused.set(
					itemIndex,
					refuse(ctx, itemIndex, endpoint, `item ${itemIndex + 1}: ${problem}`, "Get Templates lists the connector's templates, their status and variables. Nothing was sent for this item; Options → Check Template turns this check off."),
				);
			}
		} catch (error) {
			refused.set(itemIndex, error as Error);
		}
	}
	return refused;
}
