/**
 * What every jest config of this repository shares; each suite's config (jest.config.js for the
 * unit tests, jest.e2e/queue/ui.config.js) spreads it and adds only where its tests are and what
 * they need to start.
 * @type {import('jest').Config}
 */
module.exports = {
	testEnvironment: 'node',
	// ts-jest's preset would only add this same transform. tsconfig.json has isolatedModules:
	// ts-jest transpiles file by file, and `npm run lint` (tsc --noEmit) type-checks.
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	// Fails the run when a test prints a test token (test/secrets.json).
	reporters: ['default', '<rootDir>/test/reporters/noSecrets.js'],
};
