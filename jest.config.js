/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// The e2e and queue suites drive real n8n processes: `npm run test:e2e`, `npm run test:queue`.
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/queue/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	// Fails the run when a test prints a test token (test/secrets.json).
	reporters: ['default', '<rootDir>/test/reporters/noSecrets.js'],
};
