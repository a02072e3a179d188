/**
 * The secrets guarantee (README, "Errors and what they mean"): no token ever appears in what a run
 * shows or logs. The harness checks every engine run with it, the e2e session every n8n output, and
 * test/reporters/noSecrets.js every test's console output and failure messages.
 */
import secrets from './secrets.json';

/** The tokens of the test suites (test/secrets.json), for checks that do not know which one ran. */
export const TEST_TOKENS: readonly string[] = secrets.tokens;

/** Shorter values (a blank or a one-letter test token) would match by chance. */
const MIN_SECRET_LENGTH = 6;

/** The secrets among `secrets` that `text` contains. */
export function secretsIn(text: string, secrets: readonly string[] = TEST_TOKENS): string[] {
	return [...new Set(secrets.map((s) => s.trim()))].filter((s) => s.length >= MIN_SECRET_LENGTH && text.includes(s));
}

/** Throws, naming where and never the secret itself, when `text` contains one of `secrets`. */
export function assertNoSecrets(text: string, where: string, secrets: readonly string[] = TEST_TOKENS): void {
	const found = secretsIn(text, secrets);
	if (found.length) {
		const masked = found.map((s) => `${s.slice(0, 3)}…(${s.length} chars)`).join(', ');
		throw new Error(`Secret leak: ${where} contains a token (${masked})`);
	}
}
