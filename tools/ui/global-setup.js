// Jest globalSetup of the UI test (jest.ui.config.js): make sure Debian's Chromium is installed
// (tools/ui/ensure-chromium.sh, apt-get only when /usr/bin/chromium is missing) before any test runs.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

module.exports = async function globalSetup() {
	const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (fs.existsSync(chromium)) return;
	const t0 = Date.now();
	const r = spawnSync('bash', [path.join(__dirname, 'ensure-chromium.sh')], {
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, CHROMIUM_PATH: chromium },
	});
	if (r.status !== 0 || !fs.existsSync(chromium)) {
		throw new Error(`Chromium is missing at ${chromium} and tools/ui/ensure-chromium.sh could not install it (exit ${r.status})`);
	}
	process.stderr.write(`[ui] chromium installed in ${Math.round((Date.now() - t0) / 1000)} s\n`);
};
