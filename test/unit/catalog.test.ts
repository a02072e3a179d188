/** What the catalog's builders derive: the script, method and caps of each kind of endpoint, and a report's family. */
import { ACTION_RESOURCES, findOperation, optionOf, REPORT_FAMILIES, RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import { LIMITS } from '../../nodes/Wolkvox/shared/limits';

const SCRIPT_OF: Record<string, string> = { billing: 'billing', report: 'reports_manager', realTime: 'real_time', information: 'information' };

describe('catalog builders', () => {
	it.each(RESOURCES.map((r) => [r.value, r] as const))('%s: every endpoint a GET of its script under the documented caps', (value, resource) => {
		const declared = new Set(resource.endpoints.map((e) => `${e.script} ${e.method} ${e.limits.rowsPerDownload} ${e.limits.recordsPerUpload}`));
		expect([...declared]).toEqual([`${SCRIPT_OF[value]} GET ${LIMITS.rowsPerDownload} ${LIMITS.recordsPerUpload}`]);
		expect(resource.endpoints.every((e) => e.body === undefined)).toBe(true);
	});

	it('puts each report in the family its API name starts with, always dated', () => {
		const families = new Set(REPORT_FAMILIES.map((f) => f.value));
		const reports = RESOURCES.find((r) => r.value === 'report')!.endpoints;
		expect(reports).toHaveLength(104);
		expect(reports.filter((e) => !e.reportFamily || !families.has(e.reportFamily) || !e.api.startsWith(`${e.reportFamily}_`) || !e.dateRange).map((e) => e.api)).toEqual([]);
	});

	it('dates only the information datasets that take dates, and no billing product or real-time view', () => {
		const dated = RESOURCES.flatMap((r) => r.endpoints.filter((e) => e.dateRange && r.value !== 'report').map((e) => e.api));
		expect(dated).toEqual(['audit_log', 'get_notification']);
	});

	const READ_ONLY: Record<string, string> = { customer: 'customer', gamification: 'gamification', quality: 'quality', speechAnalytics: 'speech_analytics' };

	it.each(Object.entries(READ_ONLY))('%s: its reads are GETs of %s.php under the documented caps, each an operation named by what it gets', (value, script) => {
		const resource = ACTION_RESOURCES.find((r) => r.value === value)!;
		expect(resource.endpoints.length).toBeGreaterThan(0);
		expect(findOperation(value, resource.defaultOperation)).toBeDefined();
		// Speech Analytics also holds speech_on_demand, the configuration.php write that asks for an analysis (messagingCatalog.test.ts).
		for (const e of resource.endpoints.filter((x) => !x.write)) {
			expect([e.api, e.script, e.method, e.limits.rowsPerDownload, e.body, e.write, optionOf(e)]).toEqual([e.api, script, 'GET', LIMITS.rowsPerDownload, undefined, undefined, e.api]);
			// "Get Agent Detail" / "Get agent detail rows": Title Case name, sentence-case action without articles.
			expect(e.name).toMatch(/^Get( [A-Z][A-Za-z]*| per)+$/);
			expect(e.action).toMatch(/^Get [a-z][a-z A-Z]* rows$/);
			expect(e.action).not.toMatch(/\b(a|an|the)\b/);
		}
	});
});
