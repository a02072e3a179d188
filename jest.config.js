/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// The e2e suites drive real n8n processes; they run through `npm run test:e2e`, not here.
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	// Fails the run when a test prints a test token (test/secrets.json).
	reporters: ['default', '<rootDir>/test/reporters/noSecrets.js'],
};
