import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { WolkvoxTrigger } from '../../nodes/Wolkvox/WolkvoxTrigger.node';
import { toEndWall } from '../../nodes/Wolkvox/shared/dates';
import { RESOURCES } from '../../nodes/Wolkvox/shared/catalog';

/** Evaluates a subtitle expression as n8n's canvas does, with `$parameter`. */
function subtitle(expression: string, parameters: Record<string, unknown>): string {
	const body = expression.replace(/^=\{\{/, '').replace(/\}\}$/, '');
	return new Function('$parameter', `return ${body};`)(parameters) as string;
}

describe('canvas subtitles show display names', () => {
	const action = new Wolkvox().description.subtitle as string;
	const trigger = new WolkvoxTrigger().description.subtitle as string;

	it.each(RESOURCES.map((r) => [r.value, r]))('%s: its name and the chosen endpoint’s', (_, resource) => {
		const endpoint = resource.endpoints[0];
		expect(subtitle(action, { resource: resource.value, operation: resource.operation.value, [resource.selector.name]: endpoint.api })).toBe(
			`${resource.name}: ${endpoint.name}`,
		);
	});

	it('a value from an expression is shown as it is', () => {
		expect(subtitle(action, { resource: 'billing', operation: 'getUsage', product: '={{ $json.product }}' })).toBe('Billing: ={{ $json.product }}');
	});

	it('the trigger: its event, and the watched report by name', () => {
		expect(subtitle(trigger, { event: 'newReportRows', report: 'agent_2' })).toBe('New Rows: Agent Events (One Agent)');
		expect(subtitle(trigger, { event: 'usageThresholdCrossed' })).toBe('Usage Threshold Crossed');
	});
});

describe("the nodes panel's one Wolkvox entry", () => {
	// n8n merges a node and its "…Trigger" into one entry and shows the trigger's description for it.
	it('the trigger’s description speaks for both nodes', () => {
		const text = new WolkvoxTrigger().description.description;
		expect(text).toMatch(/Read billing usage, reports, real-time views and account information/);
		expect(text).toMatch(/start a workflow/);
		expect(new Wolkvox().description.description).toBe(text);
	});
});

describe('toEndWall: the last second an End Date means', () => {
	const zone = 'America/Bogota';
	it.each(['2026-11-26T00:00:00', '2026-11-26', '2026-11-26T00:00:00.000'])('%p, the picker’s form at midnight: the whole day', (value) => {
		expect(toEndWall(value, zone)).toEqual({ year: 2026, month: 11, day: 26, hour: 23, minute: 59, second: 59 });
	});
	it.each(['2026-11-26T00:00:00-05:00', '20261126000000', '2026-11-26T05:00:00Z'])('%p names midnight itself', (value) => {
		expect(toEndWall(value, zone)).toEqual({ year: 2026, month: 11, day: 26, hour: 0, minute: 0, second: 0 });
	});
	it('any other time is kept', () => {
		expect(toEndWall('2026-11-26T10:00:00', zone)).toEqual({ year: 2026, month: 11, day: 26, hour: 10, minute: 0, second: 0 });
	});
});
