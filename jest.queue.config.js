/**
 * The queue-mode test (test/queue): the built package in n8n 2.41.1's queue mode, a main instance and
 * two workers on their own Redis and PostgreSQL. Run with `npm run test:queue` (builds first).
 * Its files are test/queue/*.queue.test.ts; the unit-test config (jest.config.js) ignores the folder.
 * @type {import('jest').Config}
 */
module.exports = {
	...require('./jest.base.config'),
	roots: ['<rootDir>/test/queue'],
	testMatch: ['**/*.queue.test.ts'],
	// Installs Debian's redis-server and postgresql with apt-get when missing (root only).
	globalSetup: '<rootDir>/tools/queue/global-setup.js',
	// A cold n8n cache installs n8n first (minutes); the hooks carry their own timeouts.
	testTimeout: 5 * 60_000,
};
