import { report } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > Quality" (quality_*): quality evaluations.
// Precision and accuracy are documented as percentages; the examples are blank.

export const QUALITY_REPORTS: Endpoint[] = [
	report({
		api: 'quality_1',
		name: 'Quality Results by Agent',
		description: 'Per agent: evaluations, critical-error precision (per unit and per opportunity) and average score, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'evaluations', type: 'number' },
			{ name: 'precision_unit_critical_error', type: 'percent' },
			{ name: 'precision_opportunity_critical_error', type: 'percent' },
			{ name: 'accuracy', type: 'percent' },
		],
	}),
	report({
		api: 'quality_2',
		name: 'Quality Evaluations Detail',
		description: 'One row per evaluated interaction: agent, comments, precision, score, date, evaluation form, activity code, channel, feedback and skill',
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'comments', type: 'text' },
			{ name: 'precision_unit_critical_error', type: 'percent' },
			// Sic: no "critical" here, unlike quality_1 and quality_5.
			{ name: 'precision_opportunity_error', type: 'percent' },
			{ name: 'accuracy', type: 'percent' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'survey', type: 'text' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'feedback', type: 'text' },
			{ name: 'skill_id', type: 'text' },
		],
	}),
	report({
		api: 'quality_3',
		name: 'Quality Evaluation Detail by Attribute',
		description: 'One row per evaluated attribute of an interaction: agent, attribute, error type, met or not, date, form, category, analyst (or QAi_Bot), channel and AI comment',
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'attribute', type: 'text' },
			// CE (critical) or NCE (non-critical).
			{ name: 'type_error', type: 'text' },
			// The key really is "yes/no"; its value is yes or no.
			{ name: 'yes/no', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'survey', type: 'text' },
			{ name: 'category', type: 'text' },
			{ name: 'quality_analyst', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'ai_comment', type: 'text' },
		],
	}),
	report({
		api: 'quality_4',
		name: 'Quality Results by Attribute',
		description: 'Per evaluation attribute: times met and not met, compliance percentage, form and category, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'attribute', type: 'text' },
			{ name: 'yes', type: 'number' },
			{ name: 'no', type: 'number' },
			{ name: 'percent', type: 'percent' },
			{ name: 'survey', type: 'text' },
			{ name: 'category', type: 'text' },
		],
	}),
	report({
		api: 'quality_5',
		name: 'Quality Results by Analyst',
		description: 'Per quality analyst: evaluations made, critical-error precision and average score given, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'quality_analyst', type: 'text' },
			{ name: 'evaluations', type: 'number' },
			{ name: 'precision_unit_critical_error', type: 'percent' },
			{ name: 'precision_opportunity_critical_error', type: 'percent' },
			{ name: 'accuracy', type: 'percent' },
		],
	}),
];
