// The e2e suites (test/e2e): the built package in real n8n processes against the Wolkvox simulator.
// Run with `npm run test:e2e` (builds first, --runInBand: each n8n takes both cores while it starts).
//
// The n8n versions come from tools/n8n/install.mjs (PINNED_N8N_VERSIONS), the one place they are
// listed. Jest gathers tests synchronously, so the async config reads them here and hands them to
// the suites as a global. N8N_E2E_VERSIONS=1.123.81 (comma-separated) narrows a run while iterating.

/** @returns {Promise<import('jest').Config>} */
module.exports = async () => {
	const { PINNED_N8N_VERSIONS } = await import('./tools/n8n/install.mjs');
	const pinned = Object.values(PINNED_N8N_VERSIONS);
	const only = (process.env.N8N_E2E_VERSIONS ?? '').split(',').map((v) => v.trim()).filter(Boolean);
	const unknown = only.filter((v) => !pinned.includes(v));
	if (unknown.length) throw new Error(`N8N_E2E_VERSIONS: ${unknown.join(', ')} not pinned (pinned: ${pinned.join(', ')})`);
	return {
		...require('./jest.base.config'),
		roots: ['<rootDir>/test/e2e'],
		testMatch: ['**/*.test.ts'],
		// First runs install n8n (minutes); cached runs start n8n a few times per version (~10 s each).
		testTimeout: 45 * 60_000,
		slowTestThreshold: 120,
		globals: { __N8N_E2E_VERSIONS__: only.length ? only : pinned },
	};
};
