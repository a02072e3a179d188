import type { INodeProperties } from 'n8n-workflow';

import { findResource } from '../shared/catalog';
import type { Resource } from '../shared/catalog';
import { paramProperties, selectorProperties, simplifyProperty } from '../shared/description';
import { TIMED_REPORTS } from './rowTime';

/** The trigger's parameters. Names and option values are saved in workflows: never rename them. */

export const EVENTS = {
	newReportRows: 'newReportRows',
	usageThresholdCrossed: 'usageThresholdCrossed',
} as const;

export const DEFAULT_OVERLAP_MINUTES = 60;
export const DEFAULT_MAX_CALLS = 10;
export const DEFAULT_TIME_BUDGET_SECONDS = 60;

const onRows = { event: [EVENTS.newReportRows] };
const onUsage = { event: [EVENTS.usageThresholdCrossed] };

const billing = findResource('billing') as Resource;

export const properties: INodeProperties[] = [
	// n8n puts Poll Times first, so this notice sits right under it, where its default is chosen.
	{
		displayName:
			"Every poll spends Wolkvox tokens from the operation's daily quota, and Every Minute (n8n's default) is 1,440 polls a day: publishing is refused when the polls alone would spend the quota. Wolkvox suggests every 5 minutes or more: choose Every X, Value 5, Unit Minutes.",
		name: 'pollTimesNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'New Report Rows',
				value: EVENTS.newReportRows,
				description: 'Rows of a report that appeared since the last poll, each once',
			},
			{
				name: 'Usage Threshold Crossed',
				value: EVENTS.usageThresholdCrossed,
				description: "A product's usage this month reached a threshold (once per month)",
			},
		],
		default: 'newReportRows',
	},
	...selectorProperties(TIMED_REPORTS, onRows),
	...paramProperties(TIMED_REPORTS, onRows),
	{
		displayName: 'Overlap (Minutes)',
		name: 'overlapMinutes',
		type: 'number',
		typeOptions: { minValue: 0 },
		displayOptions: { show: onRows },
		default: DEFAULT_OVERLAP_MINUTES,
		description:
			'How far back each poll reads again, for rows Wolkvox shows late. Rows already emitted are recognised by their content and not emitted again. Hourly and daily rows are emitted once their hour or day has been over for this long, with their final values.',
	},
	{
		displayName: 'Start From',
		name: 'startFrom',
		type: 'dateTime',
		displayOptions: { show: onRows },
		default: '',
		description:
			"Emit rows from this moment on when the trigger first runs (in the credential's time zone unless it carries an offset). Empty: from the moment it is activated.",
	},
	{ ...simplifyProperty, displayOptions: { show: onRows } },
	{
		displayName: 'Thresholds',
		name: 'thresholds',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Threshold',
		displayOptions: { show: onUsage },
		default: {},
		options: [
			{
				displayName: 'Threshold',
				name: 'values',
				values: [
					{
						displayName: 'Product',
						name: 'product',
						type: 'options',
						options: billing.endpoints
							.map((e) => ({ name: e.name, value: e.api, description: `${e.description} (API: ${e.api})` }))
							.sort((a, b) => a.name.localeCompare(b.name)),
						default: 'ivr_calls',
						description: 'The Wolkvox product whose monthly usage is watched',
					},
					{
						displayName: 'Threshold',
						name: 'threshold',
						type: 'number',
						typeOptions: { minValue: 0 },
						// 0 is the saved default; the trigger refuses it, as it would fire at once.
						default: 0,
						description: "Fire once this month's usage is at or above this number (required: above 0)",
					},
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		displayOptions: { show: onRows },
		default: {},
		options: [
			{
				displayName: 'Max Calls per Poll',
				name: 'maxCalls',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_MAX_CALLS,
				description:
					'Most 31-day windows one poll reads when catching up after a pause; the rest is read by the next polls',
			},
			{
				displayName: 'Time Budget (Seconds)',
				name: 'timeBudget',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_TIME_BUDGET_SECONDS,
				description: 'A poll starts no new window after this long; the rest is read by the next polls',
			},
		],
	},
];
