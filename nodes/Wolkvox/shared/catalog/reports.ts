import type { Endpoint } from './types';
import { ACT_REPORTS } from './reports/act';
import { AGENT_REPORTS } from './reports/agent';
import { CAMPAIGN_REPORTS } from './reports/campaign';
import { CDR_REPORTS } from './reports/cdr';
import { CHAT_REPORTS } from './reports/chat';
import { DIAGRAM_REPORTS } from './reports/diagram';
import { QUALITY_REPORTS } from './reports/quality';
import { SKILL_REPORTS } from './reports/skill';
import { SPEECH_REPORTS } from './reports/speech';
import { WIZARD_REPORTS } from './reports/wizard';

export { REPORT_FAMILIES } from './reports/families';

/** Every Reports Manager report, family by family in the order of Wolkvox's Reports Manager. */
export const REPORTS: Endpoint[] = [
	...AGENT_REPORTS,
	...SKILL_REPORTS,
	...CDR_REPORTS,
	...ACT_REPORTS,
	...DIAGRAM_REPORTS,
	...QUALITY_REPORTS,
	...CAMPAIGN_REPORTS,
	...CHAT_REPORTS,
	...SPEECH_REPORTS,
	...WIZARD_REPORTS,
];
