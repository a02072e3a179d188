/**
 * A jest reporter that fails the run when a test's console output or failure messages show one of
 * the test tokens (test/secrets.json): the secrets guarantee holds for what tests print as well.
 * Used by jest.config.js, jest.e2e.config.js, jest.queue.config.js and jest.ui.config.js.
 */
const { tokens } = require('../secrets.json');

const MIN_SECRET_LENGTH = 6;
const secrets = tokens.filter((t) => t.trim().length >= MIN_SECRET_LENGTH);

class NoSecretsReporter {
	constructor() {
		this.leaks = [];
	}

	onTestResult(_test, result) {
		const texts = [
			...(result.console ?? []).map((entry) => entry.message),
			result.failureMessage ?? '',
			result.testExecError ? String(result.testExecError.message) + String(result.testExecError.stack) : '',
			...result.testResults.flatMap((t) => t.failureMessages ?? []),
		];
		for (const secret of secrets) {
			if (texts.some((text) => text.includes(secret))) {
				this.leaks.push(`${result.testFilePath}: output shows the token ${secret.slice(0, 3)}…`);
			}
		}
	}

	onRunComplete() {
		if (this.leaks.length) {
			process.stderr.write(`\nSecret leak in test output:\n${this.leaks.map((l) => `  ${l}`).join('\n')}\n`);
		}
	}

	getLastError() {
		return this.leaks.length ? new Error(`Secret leak in test output (${this.leaks.length})`) : undefined;
	}
}

module.exports = NoSecretsReporter;
