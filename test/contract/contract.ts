/**
 * The saved-workflow contract of the released nodes: what a workflow saved today refers to and must
 * still find tomorrow. n8n saves node and credential type names, node versions, parameter names and
 * values (never a value left at its default, so defaults are contract too), and later nodes read the
 * output fields. The nodes and the credential are found through package.json, as n8n finds them.
 */
import fs from 'node:fs';
import path from 'node:path';

import { NodeHelpers } from 'n8n-workflow';
import type { DisplayCondition, ICredentialType, INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeType, NodeParameterValue } from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '../..');

export interface PropertyContract {
	name: string;
	type: string;
	default: unknown;
	/** Option values, for options / multiOptions. */
	values?: string[];
	/** `displayOptions.show` as written: where a saved value is read. */
	show?: Record<string, unknown[]>;
	/** Sub-parameters of a collection or fixedCollection. */
	children?: PropertyContract[];
}

export interface Contract {
	nodes: Record<string, { version: number | number[]; credentials: string[]; properties: PropertyContract[] }>;
	credentials: Record<string, { properties: PropertyContract[] }>;
	/** `resource/api` → the output field names of that endpoint with Simplify on. */
	outputs: Record<string, string[]>;
}

function isCollection(option: INodePropertyOptions | INodeProperties | INodePropertyCollection): option is INodePropertyCollection {
	return 'values' in option && Array.isArray(option.values);
}

function propertyContract(property: INodeProperties): PropertyContract {
	const contract: PropertyContract = { name: property.name, type: property.type, default: property.default ?? null };
	const options = property.options ?? [];
	if (property.type === 'options' || property.type === 'multiOptions') {
		contract.values = (options as INodePropertyOptions[]).map((o) => String(o.value));
	} else if (property.type === 'collection') {
		contract.children = (options as INodeProperties[]).map(propertyContract);
	} else if (property.type === 'fixedCollection') {
		contract.children = (options as INodePropertyCollection[]).filter(isCollection).map((group) => ({
			name: group.name,
			type: 'group',
			default: null,
			children: group.values.map(propertyContract),
		}));
	}
	const show = property.displayOptions?.show;
	if (show) contract.show = show as Record<string, unknown[]>;
	return contract;
}

/** `dist/x/Y.node.js` → the class in `x/Y.node.ts`. */
function load<T>(distPath: string): T {
	const source = path.join(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	// A plain require: the files to load are only known from package.json at run time.
	const module = jest.requireActual<Record<string, new () => T>>(source);
	const classes = Object.values(module).filter((value) => typeof value === 'function');
	if (classes.length !== 1) throw new Error(`${source}: expected one exported class, found ${classes.length}`);
	return new classes[0]();
}

export function currentContract(outputs: Record<string, string[]>): Contract {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const contract: Contract = { nodes: {}, credentials: {}, outputs };
	for (const file of pkg.n8n.nodes) {
		const { description } = load<INodeType>(file);
		contract.nodes[description.name] = {
			version: description.version,
			credentials: (description.credentials ?? []).map((c) => c.name),
			properties: description.properties.map(propertyContract),
		};
	}
	for (const file of pkg.n8n.credentials) {
		const credential = load<ICredentialType>(file);
		contract.credentials[credential.name] = { properties: credential.properties.map(propertyContract) };
	}
	return contract;
}

const includes = (outer: unknown[] = [], inner: unknown[] = []) => inner.every((value) => outer.includes(value));

/**
 * Whether a `@version` condition added since the release shows the property on every released
 * version: a saved node has one of those, so a property kept for them (a version 1 default beside
 * a version 2 one) is where it was, and one shown only to later versions is not.
 */
function coversVersions(condition: unknown[], versions: number[]): boolean {
	const conditions = condition as Array<NodeParameterValue | DisplayCondition>;
	return versions.every((version) => NodeHelpers.checkConditions(conditions, [version]));
}

/**
 * Whether `now` still honours `then`: same name, type and default; every option value kept; shown
 * wherever it was shown (its conditions may widen, never narrow); every sub-parameter kept.
 */
function honours(now: PropertyContract, then: PropertyContract, versions: number[]): boolean {
	if (now.name !== then.name || now.type !== then.type) return false;
	if (JSON.stringify(now.default) !== JSON.stringify(then.default)) return false;
	if (!includes(now.values, then.values)) return false;
	const nowShow = now.show ?? {};
	const thenShow = then.show ?? {};
	const widened = (key: string) =>
		key in thenShow ? includes(nowShow[key], thenShow[key]) : key === '@version' && coversVersions(nowShow[key], versions);
	if (!Object.keys(nowShow).every(widened)) return false;
	return (then.children ?? []).every((child) => (now.children ?? []).some((c) => honours(c, child, versions)));
}

const versionsOf = (v: number | number[]) => (Array.isArray(v) ? v : [v]);

/** What `now` breaks of `then`, one line each; empty when every saved workflow still works. */
export function breaches(then: Contract, now: Contract): string[] {
	const found: string[] = [];
	for (const [kind, thenSet, nowSet] of [
		['node', then.nodes, now.nodes],
		['credential', then.credentials, now.credentials],
	] as const) {
		for (const [name, was] of Object.entries(thenSet)) {
			const is = (nowSet as Record<string, typeof was>)[name];
			if (!is) {
				found.push(`${kind} ${name} is gone`);
				continue;
			}
			// The credential has no version: its properties are checked as one version's.
			const released = 'version' in was ? versionsOf(was.version as number | number[]) : [1];
			if ('version' in was && 'version' in is) {
				if (!includes(versionsOf(is.version as number | number[]), released)) {
					found.push(`${kind} ${name}: version ${JSON.stringify(was.version)} is gone`);
				}
				const credentialsOf = (node: object) => (node as { credentials: string[] }).credentials;
				if (!includes(credentialsOf(is), credentialsOf(was))) found.push(`${kind} ${name}: a credential is gone`);
			}
			for (const property of was.properties) {
				if (!is.properties.some((p) => honours(p, property, released))) {
					found.push(`${kind} ${name}: parameter ${property.name} ${JSON.stringify({ ...property, children: undefined })} changed or is gone`);
				}
			}
		}
	}
	for (const [key, fields] of Object.entries(then.outputs)) {
		const is = now.outputs[key];
		if (!is) found.push(`output of ${key} is gone`);
		else for (const field of fields) if (!is.includes(field)) found.push(`output of ${key}: field ${field} is gone`);
	}
	return found;
}
