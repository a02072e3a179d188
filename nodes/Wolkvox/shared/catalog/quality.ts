import { lookupIn, percents, text } from './builders';
import type { Endpoint } from './types';

const lookup = lookupIn('quality');

// `quality.php?api=quality_matrix` — the collection's "Quality" folder: the configuration of the
// quality module now, no dates.

export const QUALITY: Endpoint[] = [
	lookup('quality_matrix', 'Get Quality Matrix', {
		action: 'Get quality matrix rows',
		description: "Every attribute of every survey of the quality matrix: survey, category, attribute, error type (CE critical, NCE non-critical) and the attribute's weight in the survey",
		dateRange: false,
		// `data` is one object keyed by survey name, each a list of attributes: one row per attribute,
		// the survey's name as `survey`.
		keyedBy: 'survey',
		fields: [...text('survey', 'category', 'attribute', 'error_type'), ...percents('percent')],
	}),
];
