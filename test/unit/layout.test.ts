/**
 * The house's import directions, read from the import statements of every source file in the
 * repository: the published nodes depend on n8n-workflow and themselves only, shared code never
 * reaches up into what uses it, dev tools never lean on tests, and jest stays inside test/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
/** Generated, installed or version-control folders; dot-folders are skipped too. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'coverage']);
const SOURCE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;

interface Import {
	/** Repository-relative, with `/` separators. */
	file: string;
	specifier: string;
	line: number;
}

/** Every source file under `dir`, repository-relative. */
function sourceFiles(dir = ''): string[] {
	return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const file = dir ? `${dir}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return entry.name.startsWith('.') || NOT_SOURCE.has(entry.name) ? [] : sourceFiles(file);
		return SOURCE_FILE.test(entry.name) ? [file] : [];
	});
}

/** Static imports, re-exports, `import type`, `require()` and `import()` with a literal path; comments and strings are not imports. */
function importsOf(file: string, source: string): Import[] {
	return ts.preProcessFile(source, true, true).importedFiles.map(({ fileName, pos }) => ({
		file,
		specifier: fileName,
		line: source.slice(0, pos).split('\n').length,
	}));
}

/** The repository-relative path a relative specifier points to (extension as written); undefined for a package. */
function target({ file, specifier }: Import): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

const under = (file: string | undefined, folder: string) => file !== undefined && file.startsWith(`${folder}/`);

/** Each rule says why an import breaks it, or nothing when the import is allowed. */
const RULES: Array<(imp: Import) => string | undefined> = [
	(imp) => (under(imp.file, 'tools') && under(target(imp), 'test') ? 'tools/ never imports test/' : undefined),
	(imp) => {
		const top = imp.file.split('/')[0];
		if (top !== 'nodes' && top !== 'credentials') return undefined;
		if (imp.specifier === 'n8n-workflow' || under(target(imp), top)) return undefined;
		return `${top}/ imports only n8n-workflow and files inside ${top}/`;
	},
	(imp) => {
		const shared = /^nodes\/([^/]+)\/shared\//.exec(imp.file);
		const to = target(imp);
		if (!shared || to === undefined) return undefined;
		const service = `nodes/${shared[1]}`;
		const upward = under(to, `${service}/actions`) || under(to, `${service}/trigger`) || /\.node(\.ts)?$/.test(to);
		return upward ? 'shared/ never imports actions/, trigger/ or a node (*.node.ts): they use it, not the reverse' : undefined;
	},
	(imp) => {
		const from = /^nodes\/([^/]+)\/(actions|trigger)\//.exec(imp.file);
		if (!from) return undefined;
		const other = from[2] === 'actions' ? 'trigger' : 'actions';
		return under(target(imp), `nodes/${from[1]}/${other}`) ? `${from[2]}/ never imports ${other}/: what both need lives in shared/` : undefined;
	},
	(imp) =>
		!under(imp.file, 'test') && /^(@jest\/|@types\/jest$|(ts-)?jest($|[-/]))/.test(imp.specifier)
			? 'only files under test/ import jest'
			: undefined,
	(imp) =>
		imp.specifier.startsWith('n8n-core/') && imp.file !== 'test/engine/n8nCore.ts'
			? "n8n-core's internals are reached only through test/engine/n8nCore.ts"
			: undefined,
];

function violations(imports: Import[]): string[] {
	return imports.flatMap((imp) =>
		RULES.map((rule) => rule(imp))
			.filter((reason): reason is string => reason !== undefined)
			.map((reason) => `${imp.file}:${imp.line} imports '${imp.specifier}': ${reason}`),
	);
}

const at = (file: string, specifier: string): Import => ({ file, specifier, line: 1 });

describe('layout', () => {
	const files = sourceFiles();
	const imports = files.flatMap((file) => importsOf(file, readFileSync(path.join(ROOT, file), 'utf8')));

	it('reads the imports of the nodes, the credential, the tools and the tests', () => {
		for (const folder of ['nodes', 'credentials', 'tools', 'test']) {
			expect(imports.filter((imp) => under(imp.file, folder)).length).toBeGreaterThan(0);
		}
		expect(files).toContain('test/unit/layout.test.ts');
		expect(files.some((file) => file.startsWith('node_modules/') || file.startsWith('dist/'))).toBe(false);
	});

	it('keeps every import in the direction of the house', () => {
		expect(violations(imports)).toEqual([]);
	});

	it('reads every form of import, with its line, and not the ones in comments or strings', () => {
		const source = [
			"import a from 'a';",
			"import type { B } from './b';",
			"export * from '../c';",
			"const d = require('d');",
			"void import('./e');",
			"// import f from 'f';",
			"const g = \"import g from 'g'\";",
		].join('\n');
		expect(importsOf('tools/x.ts', source)).toEqual([
			at('tools/x.ts', 'a'),
			{ ...at('tools/x.ts', './b'), line: 2 },
			{ ...at('tools/x.ts', '../c'), line: 3 },
			{ ...at('tools/x.ts', 'd'), line: 4 },
			{ ...at('tools/x.ts', './e'), line: 5 },
		]);
	});

	it.each([
		['tools/simulator/server.ts', '../../test/secrets', 'tools/ never imports test/'],
		['nodes/Wolkvox/shared/dates.ts', 'node:crypto', 'nodes/ imports only n8n-workflow and files inside nodes/'],
		['nodes/Wolkvox/shared/dates.ts', '../../../tools/lib/table', 'nodes/ imports only n8n-workflow and files inside nodes/'],
		['credentials/WolkvoxApi.credentials.ts', '../nodes/Wolkvox/shared/dates', 'credentials/ imports only n8n-workflow and files inside credentials/'],
		['nodes/Wolkvox/shared/pipeline/plan.ts', '../../actions/router', 'shared/ never imports actions/'],
		['nodes/Wolkvox/shared/catalog/index.ts', '../../trigger/pollUsage', 'shared/ never imports'],
		['nodes/Wolkvox/shared/description.ts', '../Wolkvox.node', 'shared/ never imports'],
		['nodes/Wolkvox/actions/router.ts', '../trigger/pollReports', 'actions/ never imports trigger/'],
		['nodes/Wolkvox/trigger/pollUsage.ts', '../actions/description', 'trigger/ never imports actions/'],
		['tools/bench/index.ts', '@jest/globals', 'only files under test/ import jest'],
		['jest.config.js', 'ts-jest', 'only files under test/ import jest'],
		['test/engine/harness.ts', 'n8n-core/dist/nodes-loader/constants', 'only through test/engine/n8nCore.ts'],
	])('names %s importing %s', (file, specifier, reason) => {
		const [found] = violations([at(file, specifier)]);
		expect(found).toContain(`${file}:1 imports '${specifier}': `);
		expect(found).toContain(reason);
	});

	it.each([
		['nodes/Wolkvox/Wolkvox.node.ts', './actions/router'],
		['nodes/Wolkvox/WolkvoxTrigger.node.ts', './trigger/pollUsage'],
		['nodes/Wolkvox/actions/router.ts', '../shared/pipeline/plan'],
		['nodes/Wolkvox/trigger/pollUsage.ts', 'n8n-workflow'],
		['credentials/WolkvoxApi.credentials.ts', 'n8n-workflow'],
		['test/unit/dates.test.ts', '../../nodes/Wolkvox/shared/dates'],
		['test/unit/readme.test.ts', '../../tools/catalog-table'],
		['test/engine/n8nCore.ts', 'n8n-core/dist/execution-engine/ssh-clients-manager'],
		['tools/simulator/server.ts', 'node:http'],
	])('lets %s import %s', (file, specifier) => {
		expect(violations([at(file, specifier)])).toEqual([]);
	});
});
