import type { Param } from './types';

/** Parameters several endpoints take alike: one definition, and one node property for all of them. */
export const SKILL_ID: Param = {
	displayName: 'Skill ID',
	name: 'skill_id',
	description: 'The skill (agent group), or all for every skill',
	required: true,
	type: 'string',
	default: 'all',
	acceptsAll: true,
	list: 'skills',
};

export const SERVICES_TIME: Param = {
	displayName: 'Custom Service Level Seconds',
	name: 'services_time',
	description:
		'Optional threshold in seconds for an extra service level column; e.g. 40 adds service_level_40seg to each row',
	type: 'string',
	default: '',
};
