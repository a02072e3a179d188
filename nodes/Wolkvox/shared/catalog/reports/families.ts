/**
 * Report families as Wolkvox's Reports Manager groups them (the collection's "Reportes" subfolders);
 * the UI lists reports by family. `value` is the API-name prefix of the family's reports.
 */
export const REPORT_FAMILIES: Array<{ value: string; name: string; description: string }> = [
	{ value: 'agent', name: 'Agents', description: 'Agent states, times, events, transfers and preview time' },
	{ value: 'skill', name: 'Skills (Queues and Service Level)', description: 'Inbound calls, service level, abandonment and workforce per skill' },
	{ value: 'cdr', name: 'Call Detail Records (CDR)', description: 'Call, message, email, NLP and cobrowsing detail records' },
	{ value: 'act', name: 'Activity Codes (Dispositions)', description: 'How calls were coded with activity codes, by agent, skill and code' },
	{
		value: 'diagram',
		name: 'IVR and Self-Service (Diagrams)',
		description: 'IVR calls and menu options, smart wait, smart surveys, ASR, TTS, NLP and chatbot routing',
	},
	{ value: 'quality', name: 'Quality Evaluations', description: 'Quality evaluation results by agent, attribute and analyst' },
	{ value: 'campaign', name: 'Outbound Campaigns', description: 'Dialer results, preview calls, answering-machine detection and WhatsApp campaigns' },
	{ value: 'chat', name: 'Chats and Interactions', description: 'Chats, email and social interactions, transfers and click-to-WhatsApp' },
	{ value: 'speech', name: 'Speech and Text Analytics', description: 'Speech analytics per call and agent, and on-demand text analytics' },
	{ value: 'wizard', name: 'Agent Copilot (Mr. Wizard)', description: 'Questions agents asked the wvx Copilot assistant and how they rated its answers' },
];
