// @ts-check
// `npm run lint`: the rules n8n's community-package scanner (@n8n/scan-community-package) applies, on
// the files it lints, plus the baseline of @n8n/node-cli's config for the rest of the repository. The
// scanner runs with inline config off, so disable comments are refused here too.
// Not eslint.config.mjs: that file is n8n-node's default (strict mode), which lints every .ts with
// n8n Cloud's rules, tests and dev tools included (see tools/checks/n8n-node-lint.mjs).
import js from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const community = n8nCommunityNodesPlugin.configs.recommended;

/** What the scanner lints in the source checkout. */
const SHIPPED = ['package.json', '{nodes,credentials}/**/*.{js,ts,json}'];

export default defineConfig(
	globalIgnores(['dist/', 'node_modules/', 'coverage/', '.artifacts/']),
	{ linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' } },

	{ files: ['**/*.{js,mjs,cjs,ts,mts,cts}'], extends: [js.configs.recommended] },
	{
		files: ['**/*.{ts,mts,cts}'],
		extends: [tseslint.configs.recommended],
		// Parameters an interface imposes but an implementation does not use are named `_x`.
		rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
	},

	// Dev-only code, never published.
	{ files: ['tools/**', 'test/**', '*.{js,mjs,cjs,ts}'], languageOptions: { globals: { ...globals.node } } },
	{ files: ['**/*.{js,cjs}'], languageOptions: { sourceType: 'commonjs' } },
	{ files: ['test/**'], languageOptions: { globals: { ...globals.jest } } },

	// The published package: the scanner's rules on the scanner's files.
	{
		files: SHIPPED,
		plugins: { ...community.plugins, 'n8n-nodes-base': n8nNodesBase },
		languageOptions: { parser: tseslint.parser },
		rules: { ...community.rules, 'no-console': 'error' },
	},
	{ files: ['package.json'], rules: { ...n8nNodesBase.configs.community.rules } },
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Both rules are turned off by n8n's own node-cli config: they misfire on valid credentials.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Turned off by n8n's node-cli config: they predate NodeConnectionTypes and typeOptions.maxValue.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
);
