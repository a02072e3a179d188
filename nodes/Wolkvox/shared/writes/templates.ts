import type { IDataObject } from 'n8n-workflow';

/**
 * WhatsApp templates as list_templates answers them (docs/wolkvox-api.md#messaging): what a send is
 * checked against, and what the Template dropdown shows. Pure.
 */

export interface TemplateInfo {
	name: string;
	/** APPROVED, PENDING, REJECTED (Meta's review). */
	status: string;
	language: string;
	/** The distinct {{n}} placeholders of its body: the values a send must give. */
	variables: number;
}

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** The distinct {{n}} of a text. */
function placeholders(text: string): Set<string> {
	return new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));
}

/** Its body text: the BODY component's, or Wolkvox's own `plantilla` copy of it. */
function bodyText(row: IDataObject): string {
	const components = Array.isArray(row.components) ? (row.components as IDataObject[]) : [];
	const body = components.find((c) => String(c?.type ?? '').toUpperCase() === 'BODY');
	if (body && typeof body.text === 'string') return body.text;
	return typeof row.plantilla === 'string' ? row.plantilla : '';
}

export function templateInfo(row: IDataObject): TemplateInfo {
	const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
	return {
		// Wolkvox Manager's own alias when Meta's name is missing.
		name: text(row.name) || text(row.templateName),
		status: text(row.status).toUpperCase(),
		language: text(row.language),
		variables: placeholders(bodyText(row)).size,
	};
}

/** The dropdown's entry: `welcome_back (APPROVED, es, 2 variables)`. */
export function templateLabel(t: TemplateInfo): string {
	const variables = `${t.variables} variable${t.variables === 1 ? '' : 's'}`;
	return `${t.name} (${[t.status || 'no status', t.language, variables].filter(Boolean).join(', ')})`;
}

/** Why a send of `name` with `given` variables would fail, or undefined when it can be sent. */
export function templateProblem(templates: TemplateInfo[], name: string, given: number, connector: string): string | undefined {
	const found = templates.filter((t) => t.name === name);
	if (found.length === 0) {
		const known = templates.map((t) => t.name).slice(0, 20).join(', ');
		return `the template "${name}" is not one of connector ${connector}'s${known ? ` (${known})` : ' (it has none)'}`;
	}
	// A name can exist in several languages: one approved with the right count is enough.
	if (!found.some((t) => t.status === 'APPROVED')) return `the template "${name}" is ${found[0].status || 'not approved'}, not APPROVED: Meta must approve it first`;
	const approved = found.filter((t) => t.status === 'APPROVED');
	if (!approved.some((t) => t.variables === given)) {
		const wanted = [...new Set(approved.map((t) => t.variables))].join(' or ');
		return `the template "${name}" takes ${wanted} variable${wanted === '1' ? '' : 's'}, and ${given} ${given === 1 ? 'was' : 'were'} given`;
	}
	return undefined;
}
