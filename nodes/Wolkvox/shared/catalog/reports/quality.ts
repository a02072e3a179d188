import { numbers, percents, report, text, timestamps } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > Quality" (quality_*): quality evaluations.
// Precision and accuracy are documented as percentages; the examples are blank.

export const QUALITY_REPORTS: Endpoint[] = [
	report('quality_1', 'Quality Results by Agent', {
		description: 'Per agent: evaluations, critical-error precision (per unit and per opportunity) and average score, aggregated over the whole range',
		totals: true,
		fields: [
			...text('agent_id', 'agent_name'), ...numbers('evaluations'),
			...percents('precision_unit_critical_error', 'precision_opportunity_critical_error', 'accuracy'),
		],
	}),
	report('quality_2', 'Quality Evaluations Detail', {
		description: 'One row per evaluated interaction: agent, comments, precision, score, date, evaluation form, activity code, channel, feedback and skill',
		fields: [
			...text('conn_id', 'agent_id', 'agent_name', 'comments'),
			...percents('precision_unit_critical_error'),
			// Sic: no "critical" here, unlike quality_1 and quality_5.
			...percents('precision_opportunity_error', 'accuracy'),
			...timestamps('date'),
			...text('survey', 'cod_act', 'channel', 'feedback', 'skill_id'),
		],
	}),
	report('quality_3', 'Quality Evaluation Detail by Attribute', {
		description: 'One row per evaluated attribute of an interaction: agent, attribute, error type, met or not, date, form, category, analyst (or QAi_Bot), channel and AI comment',
		fields: [
			...text('conn_id', 'agent_id', 'agent_name', 'attribute'),
			// CE (critical) or NCE (non-critical).
			...text('type_error'),
			// The key really is "yes/no"; its value is yes or no.
			...text('yes/no'),
			...timestamps('date'),
			...text('survey', 'category', 'quality_analyst', 'channel', 'ai_comment'),
		],
	}),
	report('quality_4', 'Quality Results by Attribute', {
		description: 'Per evaluation attribute: times met and not met, compliance percentage, form and category, aggregated over the whole range',
		totals: true,
		fields: [...text('attribute'), ...numbers('yes', 'no'), ...percents('percent'), ...text('survey', 'category')],
	}),
	report('quality_5', 'Quality Results by Analyst', {
		description: 'Per quality analyst: evaluations made, critical-error precision and average score given, aggregated over the whole range',
		totals: true,
		fields: [
			...text('quality_analyst'), ...numbers('evaluations'),
			...percents('precision_unit_critical_error', 'precision_opportunity_critical_error', 'accuracy'),
		],
	}),
];
