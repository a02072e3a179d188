/** How the nodes show in the editor: canvas subtitles with display names, one nodes-panel entry. */
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { WolkvoxTrigger } from '../../nodes/Wolkvox/WolkvoxTrigger.node';
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
