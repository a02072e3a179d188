import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { loadOptions } from './shared/methods/loadOptions';
import { triggerSubtitle, WOLKVOX_DESCRIPTION } from './shared/description';
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
		subtitle: triggerSubtitle(),
		// n8n's nodes panel shows one Wolkvox entry for both nodes, with the trigger's description (it
		// merges a node and its "…Trigger" and keeps the trigger's text), so this one speaks for both.
		description: WOLKVOX_DESCRIPTION,
		defaults: { name: 'Wolkvox Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wolkvoxApi', required: true }],
		properties,
	};

	methods = { loadOptions };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = textParameter(pollSource(this), 'event', 0, 'Trigger On', EVENTS.newReportRows);
		return event === EVENTS.usageThresholdCrossed ? await pollUsage(this) : await pollReports(this);
	}
}
