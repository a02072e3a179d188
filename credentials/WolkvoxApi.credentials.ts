import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * The credential test's base URL, as an n8n expression. It mirrors `baseUrlOf` in
 * nodes/Wolkvox/shared/transport/server.ts and the zone check of `connect` (a test keeps them in step):
 * expressions cannot import code. n8n's expression engine swallows a thrown error unless it is named
 * ExpressionError, and the test would then show only ERR_INVALID_URL; so named, its message is what
 * the test shows (n8n 2.x's default engine).
 */
export const TEST_BASE_URL_EXPRESSION =
	'={{ (() => {' +
	" const fail = (message) => { const error = new Error(message); error.name = 'ExpressionError'; throw error; };" +
	" const z = String($credentials.timezone || 'America/Bogota').trim();" +
	" if (typeof Intl !== 'undefined') { try { new Intl.DateTimeFormat('en-US', { timeZone: z }); } catch (e) { fail('Time Zone \"' + z + '\" is not an IANA time zone name: use one such as America/Bogota (GMT-5), America/Mexico_City or UTC'); } }" +
	" const s = String($credentials.server || '').trim();" +
	" if (/^(wv)?\\d+$/i.test(s)) return 'https://wv' + s.replace(/^wv/i, '') + '.wolkvox.com';" +
	" if (/^wv\\d+\\.wolkvox\\.com\\.?$/i.test(s)) return 'https://' + s.toLowerCase().replace(/\\.$/, '');" +
	" if (/^https:\\/\\//i.test(s) || /^http:\\/\\/(localhost|127(\\.\\d{1,3}){3}|\\[::1\\])(:\\d+)?(\\/|$)/i.test(s)) return s.replace(/\\/+$/, '').replace(/\\/api\\/v2$/i, '');" +
	" fail('Server must be the server number (9901), its name (wv9901), its host (wv9901.wolkvox.com) or a full base URL (https://…; http:// only for localhost)');" +
	' })() }}';

export class WolkvoxApi implements ICredentialType {
	name = 'wolkvoxApi';

	displayName = 'Wolkvox API';

	icon: Icon = { light: 'file:../nodes/Wolkvox/wolkvox.svg', dark: 'file:../nodes/Wolkvox/wolkvox.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-wolkvox';

	properties: INodeProperties[] = [
		{
			displayName: 'Server',
			name: 'server',
			type: 'string',
			default: '',
			required: true,
			placeholder: '9901',
			description:
				"Your operation's Wolkvox server: its number (9901), name (wv9901) or host (wv9901.wolkvox.com), or a full base URL such as https://wolkvox-proxy.example.com",
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'API token generated in wolkvox Manager; sent only as the wolkvox-token header',
		},
		{
			displayName: 'Time Zone',
			name: 'timezone',
			type: 'string',
			default: 'America/Bogota',
			placeholder: 'America/Bogota',
			description:
				"The operation's time zone, as an IANA name (America/Bogota, not GMT-5). Report dates are sent and read in it; Colombian servers use America/Bogota. The credential test checks it.",
		},
		{
			displayName: 'Max Simultaneous Requests',
			name: 'maxConcurrentRequests',
			type: 'number',
			default: 1,
			typeOptions: { minValue: 1, maxValue: 2 },
			description:
				'How many requests this token may have in flight at once from this n8n (in queue mode: from each worker). Wolkvox refuses more than 2; keep 1 if another system or a second worker uses the same token.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'wolkvox-token': '={{$credentials.token}}',
			},
		},
	};

	// token_info is the cheapest call there is (one token) and says whether the token is accepted.
	test: ICredentialTestRequest = {
		request: {
			baseURL: TEST_BASE_URL_EXPRESSION,
			url: '/api/v2/information.php',
			qs: { api: 'token_info' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The server answered, but rejected the token (or its daily quota is used up). Check the token generated in wolkvox Manager.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'The server answered, but the wolkvox-token header did not reach it (a proxy may drop it).',
				},
			},
		],
	};
}
