// Jest globalSetup of the queue-mode test (jest.queue.config.js): make sure Debian's redis-server and
// postgresql are installed (tools/queue/ensure-services.sh, apt-get only when one is missing).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
	const r = spawnSync('bash', [path.join(__dirname, 'ensure-services.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
	if (r.status !== 0) throw new Error(`tools/queue/ensure-services.sh could not install redis-server and postgresql (exit ${r.status})`);
};
