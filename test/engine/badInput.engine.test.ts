/**
 * The bad-input suite: credential and parameter values a user (or an expression) can get wrong.
 * Each one is refused with an error that says how to fix it, before anything is sent: the
 * simulator sees zero requests (every Wolkvox call costs one token of the daily quota, docs/wolkvox-api.md#daily-token-quota).
 * Edge values that are valid are shown to work, with the request they make.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { startSimulator } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';
import { runNode } from './harness';

const TOKEN = 'sim-token-badinput-8c20f7';
const NOW = new Date('2026-11-23T15:30:00Z');

let sim: Simulator;
beforeAll(async () => {
	sim = await startSimulator({ token: TOKEN, seed: 3, now: () => NOW });
});
afterAll(async () => {
	await sim.close();
});
beforeEach(() => sim.reset());

async function run(parameters: INodeParameters, credentials: IDataObject = {}) {
	return await runNode({
		node: new Wolkvox(),
		// Version 1, as saved workflows have it: Return All on, every row (the limit has its own tests).
		typeVersion: 1,
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1, ...credentials } },
		parameters,
	});
}

const billing = (extra: INodeParameters = {}): INodeParameters => ({ resource: 'billing', operation: 'getUsage', product: 'ivr_calls', ...extra });
const report = (startDate: unknown, endDate: unknown, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'report',
	operation: 'get',
	reportFamily: 'diagram',
	report: 'diagram_1_2',
	startDate: startDate as string,
	endDate: endDate as string,
	...extra,
});
const skillReport = (skillId: string): INodeParameters => ({
	resource: 'report',
	operation: 'get',
	reportFamily: 'skill',
	report: 'skill_2',
	skill_id: skillId,
	startDate: '2026-11-20T00:00:00',
	endDate: '2026-11-20T23:59:59',
});

const SERVER_FORMS = /Use the server number \(9901\), its name \(wv9901\), its host \(wv9901\.wolkvox\.com\) or a full base URL/;

interface BadCase {
	parameters?: INodeParameters;
	credentials?: IDataObject;
	/** The message, whole or in part. */
	message: RegExp;
	/** How to fix it: in the message or its description. */
	fix: RegExp;
}

const BAD: Record<string, BadCase> = {
	// Credential: Server.
	'server empty': { credentials: { server: '' }, message: /^Wolkvox API credential: Server is empty\./, fix: SERVER_FORMS },
	'server only spaces': { credentials: { server: '   ' }, message: /^Wolkvox API credential: Server is empty\./, fix: SERVER_FORMS },
	'server http:// to a remote host': { credentials: { server: 'http://wv9901.wolkvox.com' }, message: /uses http:\/\/ on a remote host/, fix: /Use https:\/\//, },
	'server http:// to another domain': { credentials: { server: 'http://wolkvox.example.com/api' }, message: /uses http:\/\/ on a remote host/, fix: /Use https:\/\// },
	'server host of another domain': { credentials: { server: 'wv9901.example.com' }, message: /Server "wv9901\.example\.com" is not valid/, fix: SERVER_FORMS },
	'server host with a typo in the domain': { credentials: { server: 'wv9901.wolkvox.co' }, message: /is not valid/, fix: SERVER_FORMS },
	'server host with a port, no scheme': { credentials: { server: 'wv9901.wolkvox.com:8443' }, message: /is not valid/, fix: SERVER_FORMS },
	'server host with a path, no scheme': { credentials: { server: 'wv9901.wolkvox.com/api/v2' }, message: /is not valid/, fix: SERVER_FORMS },
	'server URL with an impossible port': { credentials: { server: 'https://wv9901.wolkvox.com:99999' }, message: /is not a valid URL/, fix: SERVER_FORMS },
	'server URL with no host': { credentials: { server: 'https://' }, message: /is not a valid URL/, fix: SERVER_FORMS },
	'server with another scheme': { credentials: { server: 'ftp://wv9901.wolkvox.com' }, message: /is not valid/, fix: SERVER_FORMS },
	'server number in full-width (unicode) digits': { credentials: { server: 'wv９９０１' }, message: /is not valid/, fix: SERVER_FORMS },
	'server with a unicode letter in the domain': { credentials: { server: 'wv9901.wolkvöx.com' }, message: /is not valid/, fix: SERVER_FORMS },
	'server with spaces inside': { credentials: { server: 'wv 9901' }, message: /is not valid/, fix: SERVER_FORMS },
	'server URL with a query (holding the token)': {
		credentials: { server: `https://wv9901.wolkvox.com/?token=${TOKEN}` },
		message: /must be a base URL without query, fragment or user/,
		fix: SERVER_FORMS,
	},
	'the token pasted into Server': { credentials: { server: TOKEN }, message: /^Wolkvox API credential: Server "\*\*\*" is not valid/, fix: SERVER_FORMS },
	'server URL with user and password': { credentials: { server: 'https://me:secret-pass@wv9901.wolkvox.com' }, message: /without query, fragment or user/, fix: SERVER_FORMS },
	// Credential: Token, Time Zone, Max Simultaneous Requests.
	'token empty': { credentials: { token: '' }, message: /^Wolkvox API credential: Token is empty/, fix: /Paste the API token generated in wolkvox Manager/ },
	'token only spaces': { credentials: { token: '   ' }, message: /Token is empty/, fix: /Paste the API token/ },
	'token with a line break': { credentials: { token: `${TOKEN}\n` }, message: /Token contains a line break/, fix: /Copy it again from wolkvox Manager/ },
	'token with a non-ASCII character': { credentials: { token: `${TOKEN}é` }, message: /non-ASCII character/, fix: /Copy it again/ },
	'time zone unknown': { credentials: { timezone: 'Mars/Olympus' }, message: /Unknown time zone "Mars\/Olympus"/, fix: /use an IANA name such as America\/Bogota/ },
	'time zone as an offset': { credentials: { timezone: 'GMT-5 hours' }, message: /Unknown time zone/, fix: /IANA name/ },
	'max simultaneous requests 3': { credentials: { maxConcurrentRequests: 3 }, message: /Max Simultaneous Requests must be 1 or 2 .* not 3/, fix: /1 or 2/ },
	'max simultaneous requests 0': { credentials: { maxConcurrentRequests: 0 }, message: /must be 1 or 2 .* not 0/, fix: /1 or 2/ },
	// Dates.
	'start date empty': { parameters: report('', '2026-11-20T00:00:00'), message: /^Start Date is empty/, fix: /give a date such as 2026-11-01T00:00:00/ },
	'start date only spaces': { parameters: report('  ', '2026-11-20T00:00:00'), message: /^Start Date is empty/, fix: /give a date/ },
	'end date empty': { parameters: report('2026-11-20T00:00:00', ''), message: /^End Date is empty/, fix: /give a date/ },
	'end date empty, from an expression': { parameters: report('2026-11-20T00:00:00', '={{ "" }}'), message: /^End Date is empty/, fix: /give a date/ },
	'start date unparseable': { parameters: report('last tuesday', '2026-11-20T00:00:00'), message: /Start Date "last tuesday" is not a date/, fix: /use ISO 8601 .* or Wolkvox's YYYYmmddHHiiss/ },
	'start date in day/month/year': { parameters: report('20/11/2026', '2026-11-21T00:00:00'), message: /is not a date/, fix: /ISO 8601/ },
	'start after end': { parameters: report('2026-11-20T00:00:00', '2026-11-19T23:59:59'), message: /Start date 20261120000000 is after end date 20261119235959/, fix: /./ },
	'29 February in a common year': { parameters: report('2026-02-29T00:00:00', '2026-03-01T00:00:00'), message: /Start Date "2026-02-29T00:00:00" is not a date/, fix: /ISO 8601/ },
	'29 February in a common year, 14 digits': { parameters: report('20260228000000', '20260229000000'), message: /End Date "20260229000000" is not a date/, fix: /YYYYmmddHHiiss/ },
	'31 November': { parameters: report('2026-11-01T00:00:00', '2026-11-31T00:00:00'), message: /End Date "2026-11-31T00:00:00" is not a date/, fix: /ISO 8601/ },
	'hour 24': { parameters: report('2026-11-20T24:00:00', '2026-11-21T01:00:00'), message: /is not a date/, fix: /ISO 8601/ },
	// Wrong types from expressions.
	'start date a number': { parameters: report('={{ 1732000000000 }}', '2026-11-20T00:00:00'), message: /Start Date is the number 1732000000000, not a date/, fix: /DateTime\.fromMillis/ },
	'start date a list': { parameters: report('={{ ["2026-11-20"] }}', '2026-11-20T00:00:00'), message: /Start Date is a list, not a date/, fix: /give a text date/ },
	'start date an object': { parameters: report('={{ { date: "2026-11-20" } }}', '2026-11-20T00:00:00'), message: /^Start Date is an object, not a date/, fix: /give a text date/ },
	'start date null': { parameters: report('={{ null }}', '2026-11-20T00:00:00'), message: /^Start Date is empty/, fix: /give a date/ },
	'start date a boolean': { parameters: report('={{ true }}', '2026-11-20T00:00:00'), message: /Start Date is a boolean, not a date/, fix: /give a text date/ },
	'product unknown, from an expression': { parameters: billing({ product: '={{ "ivr_callz" }}' }), message: /^Unknown product "ivr_callz"$/, fix: /Use one of the Wolkvox API names: .*ivr_calls/ },
	'product a number': { parameters: billing({ product: '={{ 19 }}' }), message: /^Unknown product "19"$/, fix: /Use one of the Wolkvox API names/ },
	'product an object': { parameters: billing({ product: '={{ { api: "ivr_calls" } }}' }), message: /^Product must be text or a number, not an object$/, fix: /Check the expression of Product/ },
	'product a list': { parameters: billing({ product: '={{ ["ivr_calls"] }}' }), message: /^Product must be text or a number, not a list$/, fix: /Check the expression/ },
	'product null': { parameters: billing({ product: '={{ null }}' }), message: /^Unknown product ""$/, fix: /Use one of the Wolkvox API names/ },
	'report unknown, from an expression': { parameters: report('2026-11-20T00:00:00', '2026-11-20T10:00:00', { report: '={{ "diagram_99" }}' }), message: /^Unknown report "diagram_99"$/, fix: /diagram_1_2/ },
	'view unknown, from an expression': { parameters: { resource: 'realTime', operation: 'get', view: '={{ "agentz" }}' }, message: /^Unknown view "agentz"$/, fix: /agents/ },
	'dataset unknown, from an expression': { parameters: { resource: 'information', operation: 'get', dataset: '={{ "token" }}' }, message: /^Unknown dataset "token"$/, fix: /token_info/ },
	'resource unknown': { parameters: { resource: 'invoices', operation: 'get' }, message: /^Unknown resource "invoices"$/, fix: /Use one of: billing, report/ },
	'operation not of the resource': { parameters: { resource: 'billing', operation: 'get', product: 'ivr_calls' }, message: /Unsupported operation "get" for resource "billing"/, fix: /Use the operation getUsage/ },
	'period unknown, from an expression': { parameters: report('', '', { period: '={{ "lastWeek" }}' }), message: /^Unknown period "lastWeek"$/, fix: /Use custom or one of: today, yesterday/ },
	'period a list': { parameters: report('', '', { period: '={{ ["today"] }}' }), message: /^Period must be text or a number, not a list$/, fix: /Check the expression of Period/ },
	'skill ID an object': { parameters: skillReport('={{ { id: 101 } }}'), message: /^Skill Name or ID must be text or a number, not an object$/, fix: /Check the expression of Skill Name or ID/ },
	'skill ID null': { parameters: skillReport('={{ null }}'), message: /^Skill Name or ID is required by Abandoned Calls Detail$/, fix: /all for every skill/ },
	'skill ID only spaces': { parameters: skillReport('   '), message: /^Skill Name or ID is required by Abandoned Calls Detail$/, fix: /all for every skill/ },
	'simplify not a boolean': { parameters: billing({ simplify: '={{ "no" }}' }), message: /^Simplify must be true or false, not "no"$/, fix: /make its expression give true or false/ },
	'timeout not a number': { parameters: billing({ options: { timeout: '={{ "abc" }}' } }), message: /^Timeout must be a whole number of at least 1000, not "abc"$/, fix: /leave it out for the default \(65000\)/ },
	'timeout 0': { parameters: billing({ options: { timeout: 0 } }), message: /^Timeout must be a whole number of at least 1000, not 0$/, fix: /Set Timeout to 1000 or more/ },
	'flag not a boolean': {
		parameters: { resource: 'report', operation: 'get', reportFamily: 'chat', report: 'chat_4', startDate: '2026-11-20T00:00:00', endDate: '2026-11-20T10:00:00', include_attachments: '={{ "maybe" }}' },
		message: /must be true or false, not "maybe"/,
		fix: /true or false/,
	},
};

describe('Bad input: a clear error that says how to fix it, and no request sent', () => {
	it('covers at least 30 cases', () => {
		expect(Object.keys(BAD).length).toBeGreaterThanOrEqual(30);
	});

	it.each(Object.entries(BAD))('%s', async (_label, { parameters, credentials, message, fix }) => {
		const { error, items } = await run(parameters ?? billing(), credentials);
		expect(items).toEqual([]);
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(message);
		expect(`${error?.message} ${error?.description ?? ''}`).toMatch(fix);
		expect(sim.stats.requests).toBe(0);
	});
});

describe('Valid edge values: accepted, with exactly the requests they mean', () => {
	const sent = () => sim.stats.log.filter((e) => e.path.startsWith('/api/')).map((e) => [e.query.date_ini, e.query.date_end]);

	it.each([
		['the server URL with spaces, a trailing slash and /api/v2', (url: string) => `  ${url}/api/v2/  `],
		['the server as http://localhost', (url: string) => url.replace('127.0.0.1', 'localhost')],
	])('%s', async (_label, server) => {
		const { error, items } = await run(billing(), { server: server(sim.url) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(sim.stats.requests).toBe(1);
	});

	it('exactly 31 whole days: one window', async () => {
		const { error } = await run(report('2026-09-01T00:00:00', '2026-10-01T23:59:59'));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['20260901000000', '20261001235959']]);
	});

	it('31 days and one second: a second window of one second', async () => {
		// Midnight itself, in Wolkvox's form (the picker's form would mean the whole day).
		const { error } = await run(report('2026-09-01T00:00:00', '20261002000000'));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			['20260901000000', '20261001235959'],
			['20261002000000', '20261002000000'],
		]);
	});

	it('29 February of a leap year', async () => {
		const { error, items } = await run(report('2024-02-29T00:00:00', '2024-02-29T23:59:59'));
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		expect(sent()).toEqual([['20240229000000', '20240229235959']]);
	});

	it('a time a DST zone skips (Madrid, 29 March 02:30) is sent as the wall time asked', async () => {
		const { error } = await run(report('2026-03-29T02:30:00', '2026-03-29T03:30:00'), { timezone: 'Europe/Madrid' });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['20260329023000', '20260329033000']]);
	});

	it('the two instants a DST zone shows as 02:30 (Madrid, 25 October) both read as 02:30', async () => {
		const { error } = await run(report('2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'), { timezone: 'Europe/Madrid' });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['20261025023000', '20261025023000']]);
	});

	it('the same instants in a zone without DST (Bogota) are an hour apart', async () => {
		const { error } = await run(report('2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['20261024193000', '20261024203000']]);
	});

	it('the report chosen by an expression, other reports\' required parameters left empty', async () => {
		const { error, items } = await run(report('2026-11-20T08:00:00', '2026-11-20T09:59:59', { report: '={{ "diagram_1_2" }}' }));
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		expect(sent()).toEqual([['20261120080000', '20261120095959']]);
	});

	it('the period chosen by an expression, the dates left empty', async () => {
		const { error } = await run(report('', '', { period: '={{ "yesterday" }}' }));
		expect(error).toBeUndefined();
		expect(sim.stats.requests).toBe(1);
	});

	it('a skill ID given as a number from an expression', async () => {
		const { error } = await run(skillReport('={{ 101 }}'));
		expect(error).toBeUndefined();
		expect(sim.stats.log.map((e) => e.query.skill_id)).toEqual(['101']);
	});

	it('Simplify given as the text "false" from an expression', async () => {
		const { error, items } = await run(billing({ simplify: '={{ "false" }}' }));
		expect(error).toBeUndefined();
		expect(typeof items[0].json.items).toBe('string');
	});
});
