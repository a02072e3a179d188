import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { loadOptions } from './shared/methods/loadOptions';
import { pollSource, textParameter } from './shared/parameters';
import { EVENTS, properties } from './trigger/description';
import { pollReports } from './trigger/pollReports';
import { pollUsage } from './trigger/pollUsage';

export class WolkvoxTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Wolkvox Trigger',
		name: 'wolkvoxTrigger',
		icon: { light: 'file:wolkvox.svg', dark: 'file:wolkvox.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] === "newReportRows" ? "New rows: " + $parameter["report"] : "Usage threshold" }}',
		description: 'Starts a workflow when new Wolkvox report rows appear or a product usage crosses a threshold',
		defaults: { name: 'Wolkvox Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wolkvoxApi', required: true }],
		properties,
	};

	methods = { loadOptions };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = textParameter(pollSource(this), 'event', 0, 'Event', EVENTS.newReportRows);
		return event === EVENTS.usageThresholdCrossed ? await pollUsage(this) : await pollReports(this);
	}
}
