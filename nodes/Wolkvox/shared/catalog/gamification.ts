import { days, durations, lookupIn, numbers, percents, text } from './builders';
import type { Endpoint } from './types';

const lookup = lookupIn('gamification');

// `gamification.php?api=agents_kpi` — the collection's "Gamification" folder.

export const GAMIFICATION: Endpoint[] = [
	lookup('agents_kpi', 'Get Agent KPIs', {
		action: 'Get agent KPI rows',
		description: "Each agent's gamification standing over a date range: points, hits, calls, AHT, ACW, occupancy and login time per day (days nested under each agent)",
		dateRange: true,
		// Nested: each row is {agent_id, agent_name, agent_dni, stats: [{date, points, …}]}; the fields
		// below are one flattened row per element of `stats`, as for agent_5 (see docs/catalog-notes.md).
		fields: [
			...text('agent_id', 'agent_name', 'agent_dni'),
			// YYYYMMDD in the example ("20230130").
			...days('date'),
			...numbers('points', 'hits', 'calls'),
			...durations('aht_time', 'acw_time'),
			...percents('occupancy'),
			...durations('login_time'),
		],
	}),
];
