import { report, text, timestamps } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > wvx Copilot" (wizard_*): the agent assistant formerly
// called Mr. Wizard. The examples are blank. (wizard_1 and wizard_3's collection URLs lack the "wv"
// host prefix; the API is the same reports_manager.php.)

export const WIZARD_REPORTS: Endpoint[] = [
	report('wizard_1', 'Copilot Questions and Answers', {
		description: 'One row per question an agent asked wvx Copilot: agent, interaction, question, answer and date',
		fields: [...text('agent_id', 'conn_id', 'question', 'answer'), ...timestamps('date')],
	}),
	report('wizard_2', 'Copilot Answers Rated Positive', {
		description: 'One row per wvx Copilot answer an agent rated positive: agent, question, answer and date',
		fields: [...text('agent_id', 'question', 'answer'), ...timestamps('date')],
	}),
	report('wizard_3', 'Copilot Answers Rated Negative', {
		description: "One row per wvx Copilot answer an agent rated negative: agent, question, answer, the agent's explanation and date",
		fields: [
			...text('agent_id', 'question', 'answer'),
			// Sic: "explation".
			...text('explation'),
			...timestamps('date'),
		],
	}),
];
