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
function credentialTestBaseUrl(server: string): string {
	const body = TEST_BASE_URL_EXPRESSION.replace(/^=\{\{/, '').replace(/\}\}$/, '');
	return new Function('$credentials', `return ${body};`)({ server }) as string;
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
