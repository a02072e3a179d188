// The published tarball must hold the built package and nothing else, and no runtime dependencies.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
const files = pack.files.map((f) => f.path).sort();
const stray = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
if (stray.length) problems.push(`files outside dist/: ${stray.join(', ')}`);
for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	if (!files.includes(entry)) problems.push(`n8n entry ${entry} is not in the tarball (did the build run?)`);
}
for (const required of ['README.md', 'LICENSE', 'dist/nodes/Wolkvox/Wolkvox.node.json', 'dist/nodes/Wolkvox/wolkvox.svg', 'dist/nodes/Wolkvox/wolkvox.dark.svg', 'dist/nodes/Wolkvox/WolkvoxTrigger.node.json']) {
	if (!files.includes(required)) problems.push(`${required} is missing`);
}
if (Object.keys(pkg.dependencies ?? {}).length) problems.push(`runtime dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
if (files.some((f) => /\/test\/|simulator|\.test\./.test(f))) problems.push('test code is in the tarball');
if (problems.length) {
	console.error(`npm pack check failed:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(`npm pack check: ${files.length} files (${(pack.size / 1024).toFixed(1)} KiB), dist/ + package.json + README.md + LICENSE, no runtime dependencies`);
