import { baseUrlOf, ServerError } from '../../nodes/Wolkvox/shared/transport/server';
import { TEST_BASE_URL_EXPRESSION } from '../../credentials/WolkvoxApi.credentials';

const ACCEPTED: Array<[string, string]> = [
	['9901', 'https://wv9901.wolkvox.com'],
	[' 9901 ', 'https://wv9901.wolkvox.com'],
	['wv9901', 'https://wv9901.wolkvox.com'],
	['WV9901', 'https://wv9901.wolkvox.com'],
	['wv9901.wolkvox.com', 'https://wv9901.wolkvox.com'],
	['https://wolkvox.example.com/', 'https://wolkvox.example.com'],
	['https://gateway.example.com/wolkvox/api/v2', 'https://gateway.example.com/wolkvox'],
	['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
	['http://localhost:8787/', 'http://localhost:8787'],
];

const REFUSED = ['', 'abc', 'wv', 'evil.com', 'wv9901.evil.com', 'http://wolkvox.example.com', 'ftp://x', 'https://x/?a=1'];

/** Evaluates the credential test's base-URL expression the way n8n would, with $credentials. */
function credentialTestBaseUrl(server: string, timezone = 'America/Bogota'): string {
	const body = TEST_BASE_URL_EXPRESSION.replace(/^=\{\{/, '').replace(/\}\}$/, '');
	return new Function('$credentials', `return ${body};`)({ server, timezone }) as string;
}

describe('baseUrlOf: the credential server', () => {
	it.each(ACCEPTED)('accepts %p', (server, url) => {
		expect(baseUrlOf(server)).toBe(url);
	});

	it.each(REFUSED)('refuses %p, naming the accepted forms', (server) => {
		expect(() => baseUrlOf(server)).toThrow(ServerError);
		expect(() => baseUrlOf(server)).toThrow(/server number \(9901\).*wv9901.*wv9901\.wolkvox\.com.*https:\/\//);
	});
});

describe('baseUrlOf: what a refusal quotes', () => {
	it.each(['https://wv9901.wolkvox.com/?token=s3cr3t-value', 'https://me:s3cr3t-value@wv9901.wolkvox.com', 'https://wv9901.wolkvox.com/#s3cr3t-value', 'http://remote.example.com/?token=s3cr3t-value'])(
		'never the query, fragment or user of %p, which may hold a secret',
		(server) => {
			expect(() => baseUrlOf(server)).toThrow(ServerError);
			expect(() => baseUrlOf(server)).not.toThrow(/s3cr3t/);
		},
	);
});

describe('the credential test reaches the same server', () => {
	it.each(ACCEPTED.filter(([server]) => !server.includes('?')))('%p', (server, url) => {
		expect(credentialTestBaseUrl(server)).toBe(url);
	});

	it.each(['', 'abc', 'evil.com', 'http://wolkvox.example.com'])('refuses %p', (server) => {
		expect(() => credentialTestBaseUrl(server)).toThrow(/server number/);
	});
});

describe('the credential test names the fix', () => {
	// n8n's expression engine passes on only errors named ExpressionError; any other shows as ERR_INVALID_URL.
	const refusal = (server: string, timezone?: string) => {
		try {
			credentialTestBaseUrl(server, timezone);
		} catch (error) {
			return error as Error;
		}
		throw new Error('not refused');
	};

	it('a Server in none of the accepted forms: every form, in an error n8n shows', () => {
		const error = refusal('wolkvox');
		expect(error.name).toBe('ExpressionError');
		expect(error.message).toMatch(/server number \(9901\).*wv9901.*wv9901\.wolkvox\.com.*https:\/\//);
	});

	it.each(['GMT-5', 'UTC-5', '-05:00', 'bogota'])('a Time Zone such as %p, which every run would refuse', (zone) => {
		const error = refusal('9901', zone);
		expect(error.name).toBe('ExpressionError');
		expect(error.message).toContain(`Time Zone "${zone}" is not an IANA time zone name`);
	});

	it.each(['America/Bogota', 'America/Lima', 'UTC', 'Etc/GMT+5'])('any IANA name such as %p passes', (zone) => {
		expect(credentialTestBaseUrl('9901', zone)).toBe('https://wv9901.wolkvox.com');
	});
});
