#!/usr/bin/env node
// Proves the tooling on real n8n: makes a throw-away community package `n8n-nodes-probe`
// (an Echo node + a credential), then per version: install (cached), import a credential,
// import + execute Manual Trigger -> Echo (with the credential) -> Echo, check the items.
//   node tools/n8n/selftest.mjs [VERSION ...]     (default: every pinned version)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PINNED_N8N_VERSIONS, ensureN8n } from './install.mjs';
import { createN8nHome, executeWorkflow, importCredentials, importWorkflow, nodeOutput } from './run.mjs';

const ECHO = `'use strict';
const { NodeConnectionTypes } = require('n8n-workflow');
const MAIN = (NodeConnectionTypes && NodeConnectionTypes.Main) || 'main';
class Echo {
  constructor() {
    this.description = {
      displayName: 'Echo', name: 'echo', group: ['transform'], version: 1, description: 'Echoes a message',
      defaults: { name: 'Echo' }, inputs: [MAIN], outputs: [MAIN],
      credentials: [{ name: 'probeApi', required: false, displayOptions: { show: { useCredential: [true] } } }],
      properties: [
        { displayName: 'Message', name: 'message', type: 'string', default: 'hello' },
        { displayName: 'Use Credential', name: 'useCredential', type: 'boolean', default: false },
      ],
    };
  }
  async execute() {
    const out = [];
    for (const [i] of this.getInputData().entries()) {
      const json = { message: this.getNodeParameter('message', i), workflowPkg: require.resolve('n8n-workflow') };
      if (this.getNodeParameter('useCredential', i)) json.token = (await this.getCredentials('probeApi')).token;
      out.push({ json, pairedItem: { item: i } });
    }
    return [out];
  }
}
exports.Echo = Echo;
`;
const CRED = `'use strict';
class ProbeApi {
  constructor() {
    this.name = 'probeApi'; this.displayName = 'Probe API';
    this.properties = [{ displayName: 'Token', name: 'token', type: 'string', typeOptions: { password: true }, default: '' }];
  }
}
exports.ProbeApi = ProbeApi;
`;

function makeProbePackage() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-probe-'));
	fs.mkdirSync(path.join(dir, 'dist'));
	fs.writeFileSync(path.join(dir, 'dist/Echo.node.js'), ECHO);
	fs.writeFileSync(path.join(dir, 'dist/ProbeApi.credentials.js'), CRED);
	const pkg = {
		name: 'n8n-nodes-probe',
		version: '0.0.1',
		keywords: ['n8n-community-node-package'],
		n8n: { n8nNodesApiVersion: 1, nodes: ['dist/Echo.node.js'], credentials: ['dist/ProbeApi.credentials.js'] },
		peerDependencies: { 'n8n-workflow': '*' },
	};
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
	return dir;
}

const WORKFLOW = {
	name: 'selftest',
	nodes: [
		{ id: 'n1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: 'n2', name: 'Echo', type: 'n8n-nodes-probe.echo', typeVersion: 1, position: [200, 0],
			parameters: { message: '={{ "hi " + (40 + 2) }}', useCredential: true },
			credentials: { probeApi: { id: 'probeCred0000001', name: 'Probe' } },
		},
		{ id: 'n3', name: 'Echo again', type: 'n8n-nodes-probe.echo', typeVersion: 1, position: [400, 0], parameters: { message: '={{ $json.message }}!' } },
	],
	connections: {
		Start: { main: [[{ node: 'Echo', type: 'main', index: 0 }]] },
		Echo: { main: [[{ node: 'Echo again', type: 'main', index: 0 }]] },
	},
};

const versions = process.argv.slice(2).length ? process.argv.slice(2) : Object.values(PINNED_N8N_VERSIONS);
const pkgDir = makeProbePackage();
let failed = 0;
for (const version of versions) {
	const t = {};
	let t0 = Date.now();
	const lap = (k) => ((t[k] = (Date.now() - t0) / 1000), (t0 = Date.now()));
	let home;
	try {
		const inst = await ensureN8n(version);
		lap('install');
		home = await createN8nHome({ version, packageDir: pkgDir });
		await importCredentials(home, [{ id: 'probeCred0000001', name: 'Probe', type: 'probeApi', data: { token: 's3cret' } }]);
		lap('importCredentials');
		const id = await importWorkflow(home, WORKFLOW);
		lap('importWorkflow');
		const result = await executeWorkflow(home, id);
		lap('executeWorkflow');
		const a = nodeOutput(result, 'Echo');
		const b = nodeOutput(result, 'Echo again');
		const ok =
			a[0]?.message === 'hi 42' && a[0]?.token === 's3cret' && b[0]?.message === 'hi 42!' &&
			a[0].workflowPkg.startsWith(inst.dir);
		if (!ok) throw new Error(`unexpected items: ${JSON.stringify({ a, b })}`);
		console.log(`ok   n8n ${version} on node ${inst.nodeVersion}: ${JSON.stringify(t)}`);
	} catch (e) {
		failed++;
		console.log(`FAIL n8n ${version}: ${e.message}`);
	} finally {
		await home?.cleanup();
	}
}
fs.rmSync(pkgDir, { recursive: true, force: true });
console.log(`${versions.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
