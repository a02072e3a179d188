import { report } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > wvx Copilot" (wizard_*): the agent assistant formerly
// called Mr. Wizard. The examples are blank. (wizard_1 and wizard_3's collection URLs lack the "wv"
// host prefix; the API is the same reports_manager.php.)

export const WIZARD_REPORTS: Endpoint[] = [
	report({
		api: 'wizard_1',
		name: 'Copilot Questions and Answers',
		description: 'One row per question an agent asked wvx Copilot: agent, interaction, question, answer and date',
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'question', type: 'text' },
			{ name: 'answer', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	report({
		api: 'wizard_2',
		name: 'Copilot Answers Rated Positive',
		description: 'One row per wvx Copilot answer an agent rated positive: agent, question, answer and date',
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'question', type: 'text' },
			{ name: 'answer', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	report({
		api: 'wizard_3',
		name: 'Copilot Answers Rated Negative',
		description: "One row per wvx Copilot answer an agent rated negative: agent, question, answer, the agent's explanation and date",
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'question', type: 'text' },
			{ name: 'answer', type: 'text' },
			// Sic: "explation".
			{ name: 'explation', type: 'text' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
];
