import { assertNoSecrets, secretsIn, TEST_TOKENS } from '../secrets';

// The reporter is plain CommonJS so that jest can load it from its config.
const NoSecretsReporter = jest.requireActual<new () => {
	onTestResult(test: unknown, result: object): void;
	getLastError(): Error | undefined;
}>('../reporters/noSecrets.js');

const TOKEN = TEST_TOKENS[0];

describe('the secrets check', () => {
	it('finds a token in text, ignoring values too short to be one', () => {
		expect(secretsIn(`header wolkvox-token: ${TOKEN}`)).toEqual([TOKEN]);
		expect(secretsIn('nothing here')).toEqual([]);
		expect(secretsIn('a b c', ['a', '  '])).toEqual([]);
	});

	it('throws naming where, never the token itself', () => {
		expect(() => assertNoSecrets(`x ${TOKEN} y`, 'the output')).toThrow(/Secret leak: the output contains a token/);
		expect(() => assertNoSecrets(`x ${TOKEN} y`, 'the output')).not.toThrow(TOKEN);
		expect(() => assertNoSecrets('clean', 'the output')).not.toThrow();
	});

	it('the jest reporter fails a run whose console output or failures show a token', () => {
		const result = (message: string, failure = '') => ({
			testFilePath: 'x.test.ts',
			console: [{ message }],
			failureMessage: failure,
			testResults: [{ failureMessages: failure ? [failure] : [] }],
		});
		const clean = new NoSecretsReporter();
		clean.onTestResult({}, result('all good'));
		expect(clean.getLastError()).toBeUndefined();
		const leaking = new NoSecretsReporter();
		leaking.onTestResult({}, result('all good', `Expected "${TOKEN}"`));
		expect(leaking.getLastError()?.message).toMatch(/Secret leak in test output \(1\)/);
	});
});
