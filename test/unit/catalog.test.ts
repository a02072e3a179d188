/** What the catalog's builders derive: the script, method and caps of each kind of endpoint, and a report's family. */
import { REPORT_FAMILIES, RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
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
});
