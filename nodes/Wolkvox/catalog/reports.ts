import type { Endpoint } from './types';

/** Report families as Wolkvox's Reports Manager groups them; the UI lists reports by family. */
export const REPORT_FAMILIES: Array<{ value: string; name: string; description: string }> = [
	{ value: 'diagram', name: 'Diagrams (IVR and Traffic)', description: 'IVR and traffic diagrams' },
];

export const REPORTS: Endpoint[] = [
	{
		family: 'reports_manager',
		api: 'diagram_1_2',
		reportFamily: 'diagram',
		name: 'IVR Calls and Minutes by Hour',
		description: 'Calls handled by the IVR and minutes consumed, one row per hour (seed 004)',
		dateRange: true,
		fields: [
			// The English seed documents `date`; the collection's example names it `day`.
			{ name: 'date', type: 'hour', aliases: ['day'] },
			{ name: 'calls', type: 'number' },
			{ name: 'ivr_minutes', type: 'number' },
		],
	},
];
