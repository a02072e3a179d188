// The built node descriptions written out as TypeScript object literals. n8n's node-parameter lint
// rules only look at object literals in the source, and our properties are generated from the
// catalog, so the source shows them nothing to check; the rendered file shows them every parameter
// as n8n receives it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * TypeScript source for a value. Keys are bare identifiers wherever possible: the rules recognise a
 * parameter by its `displayName`, `name`, `type` and `default` identifier keys.
 */
export function toLiteral(value, indent = '') {
	const inner = `${indent}\t`;
	if (value === null || typeof value === 'boolean' || typeof value === 'number') return String(value);
	if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		return `[\n${value.map((v) => `${inner}${toLiteral(v, inner)},\n`).join('')}${indent}]`;
	}
	if (typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return '{}';
		const key = (k) => (IDENTIFIER.test(k) ? k : `'${k}'`);
		return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${toLiteral(v, inner)},\n`).join('')}${indent}}`;
	}
	throw new Error(`a description holds a ${typeof value}: descriptions must be plain data`);
}

/**
 * A node file as n8n's rules expect one: the class with its description as a literal. Connection
 * types are written as `NodeConnectionTypes.<Name>`, as the source writes them; the built value is
 * the string those constants stand for.
 */
export function renderNodeFile(className, description, connectionTypes) {
	const constantOf = new Map(Object.entries(connectionTypes).map(([name, value]) => [value, name]));
	const connections = (list) => `[${list.map((t) => (constantOf.has(t) ? `NodeConnectionTypes.${constantOf.get(t)}` : toLiteral(t))).join(', ')}]`;
	const body = toLiteral(description, '\t')
		.replace(/^\t\tinputs: \[[^\]]*\],?$/m, `\t\tinputs: ${connections(description.inputs ?? [])},`)
		.replace(/^\t\toutputs: \[[^\]]*\],?$/m, `\t\toutputs: ${connections(description.outputs ?? [])},`);
	return [
		"import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';",
		'',
		`export class ${className} implements INodeType {`,
		`\tdescription: INodeTypeDescription = ${body};`,
		'}',
		'',
	].join('\n');
}

/**
 * Renders every node of the built package (package.json `n8n.nodes`) into outDir, at the path of its
 * source file (`dist/nodes/X/Y.node.js` → `nodes/X/Y.node.ts`), with the node's icon files beside it.
 * @returns {string[]} the rendered files, relative to outDir
 */
export function renderBuiltNodes(packageRoot, outDir) {
	const packageDir = path.resolve(packageRoot);
	const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	const requireFromPackage = createRequire(path.join(packageDir, 'package.json'));
	const { NodeConnectionTypes } = requireFromPackage('n8n-workflow');
	const written = [];
	for (const entry of pkg.n8n.nodes) {
		const built = path.join(packageDir, entry);
		if (!fs.existsSync(built)) throw new Error(`${entry} is not built: run npm run build first`);
		const classes = Object.entries(requireFromPackage(built)).filter(([, v]) => typeof v === 'function');
		if (classes.length !== 1) throw new Error(`${entry} exports ${classes.length} classes, expected one`);
		const [[className, NodeClass]] = classes;
		const { description } = new NodeClass();
		// The literal must say exactly what n8n receives, or the lint would pass on something else.
		const readBack = new Function(`return ${toLiteral(description)};`)();
		if (!isDeepStrictEqual(readBack, JSON.parse(JSON.stringify(description)))) throw new Error(`${entry}: the rendered description differs from the built one`);
		const rel = entry.replace(/^dist\//, '').replace(/\.js$/, '.ts');
		const target = path.join(outDir, rel);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, renderNodeFile(className, description, NodeConnectionTypes));
		const icons = typeof description.icon === 'string' ? [description.icon] : Object.values(description.icon ?? {});
		for (const icon of icons.filter((i) => i.startsWith('file:'))) {
			const file = icon.slice('file:'.length);
			fs.copyFileSync(path.join(path.dirname(built), file), path.join(path.dirname(target), file));
		}
		written.push(rel);
	}
	return written;
}
