/**
 * The unit, engine, simulator and contract tests: `npm test`. The e2e, queue and ui suites drive real
 * n8n processes and have their own configs: `npm run test:e2e`, `npm run test:queue`, `npm run test:ui`.
 * @type {import('jest').Config}
 */
module.exports = {
	...require('./jest.base.config'),
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/queue/', '/test/ui/'],
};
