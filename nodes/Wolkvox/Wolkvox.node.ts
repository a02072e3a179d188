import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from './actions/router';
import { properties } from './actions/description';
import { loadOptions, resourceMapping } from './shared/methods/loadOptions';
import { actionSubtitle, WOLKVOX_DESCRIPTION } from './shared/description';

export class Wolkvox implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Wolkvox',
		name: 'wolkvox',
		icon: { light: 'file:wolkvox.svg', dark: 'file:wolkvox.dark.svg' },
		group: ['input'],
		// 2: Return All defaults to false (n8n's default) in nodes added from now on; see limitProperties.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: actionSubtitle(),
		description: WOLKVOX_DESCRIPTION,
		defaults: { name: 'Wolkvox' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wolkvoxApi', required: true }],
		properties,
	};

	methods = { loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this);
	}
}
