/**
 * The browser test of the n8n editor with this node: `npm run test:ui` (builds first).
 * Its file is test/ui/*.spec.ts, so the unit-test config (jest.config.js, `*.test.ts`) never runs it.
 * @type {import('jest').Config}
 */
module.exports = {
	...require('./jest.base.config'),
	roots: ['<rootDir>/test/ui'],
	testMatch: ['**/*.spec.ts'],
	// Installs Debian's chromium with apt-get when /usr/bin/chromium is missing (root only).
	globalSetup: '<rootDir>/tools/ui/global-setup.js',
	// A cold n8n cache installs n8n first (minutes); the hooks carry their own longer timeouts.
	testTimeout: 5 * 60_000,
};
