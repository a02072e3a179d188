import { report } from '../builders';
import { SERVICES_TIME, SKILL_ID } from '../params';
import type { Endpoint, Field } from '../types';

// Reports Manager, collection folder "Reportes > Skills" (skill_*). Every report takes `skill_id`
// (a skill's ID or `all`). The collection's examples are blank: types follow the field tables —
// service levels and abandonment are percentages ("xx %" per public clients), ASA/ATA and the wait
// before abandoning/answering are documented as seconds, AHT/ATT/ACW/wait_time are inferred "HH:MM:SS".

const CALL_TOTALS: Field[] = [
	{ name: 'inbound_calls', type: 'number' },
	{ name: 'answer_calls', type: 'number' },
	{ name: 'abandon_calls', type: 'number' },
];

const SERVICE_LEVELS: Field[] = [
	{ name: 'service_level_10seg', type: 'percent' },
	{ name: 'service_level_20seg', type: 'percent' },
	{ name: 'service_level_30seg', type: 'percent' },
];

/** The fields of skill_4, skill_4_1 and skill_4_2: one table, `hour` at a different granularity. */
const INTERVAL_FIELDS: Field[] = [
	{ name: 'skill_id', type: 'text' },
	// The interval's start: hour of day or HH:MM, never YYYYMMDDHH (see each entry).
	{ name: 'hour', type: 'text' },
	...CALL_TOTALS,
	...SERVICE_LEVELS,
	{ name: 'asa', type: 'number' },
	{ name: 'abandon', type: 'percent' },
	{ name: 'aht', type: 'duration' },
	{ name: 'ata', type: 'number' },
	// In the field tables, not in the example bodies.
	{ name: 'att', type: 'duration' },
	{ name: 'acw', type: 'duration' },
];

export const SKILL_REPORTS: Endpoint[] = [
	report({
		api: 'skill_1',
		name: 'Calls and Service Level by Skill',
		description: 'Per skill: inbound, answered and abandoned calls, service levels, abandonment, ASA and ATA, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID, SERVICES_TIME],
		fields: [
			{ name: 'skill_name', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			...CALL_TOTALS,
			...SERVICE_LEVELS,
			{ name: 'abandon', type: 'percent' },
			{ name: 'asa', type: 'number' },
			{ name: 'ata', type: 'number' },
		],
	}),
	report({
		api: 'skill_2',
		name: 'Abandoned Calls Detail',
		description: 'One row per inbound call abandoned before an agent answered: skill, call, date, caller, channel and seconds waited',
		params: [SKILL_ID],
		fields: [
			{ name: 'skill_name', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'result', type: 'text' },
			{ name: 'ani', type: 'text' },
			// Seconds waited before hanging up.
			{ name: 'abandon_time', type: 'number' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'customer_id', type: 'text' },
		],
	}),
	report({
		api: 'skill_3',
		name: 'Calls and Service Level by Day',
		description: 'Per skill and day: inbound, answered and abandoned calls, service levels, wait time, abandonment, ASA, ATA and AHT',
		params: [SKILL_ID],
		fields: [
			{ name: 'skill_name', type: 'text' },
			// The field table says `date`; a public client reads this report's day as `day`.
			{ name: 'date', type: 'date', aliases: ['day'] },
			...CALL_TOTALS,
			...SERVICE_LEVELS,
			{ name: 'wait_time', type: 'duration' },
			{ name: 'abandon', type: 'percent' },
			{ name: 'asa', type: 'number' },
			{ name: 'ata', type: 'number' },
			{ name: 'aht', type: 'duration' },
		],
	}),
	report({
		api: 'skill_4',
		name: 'Calls and Service Level by Hour',
		description: 'Per skill and hour of day: inbound, answered and abandoned calls, service levels, abandonment, ASA, ATA, AHT, ATT and ACW (no date column)',
		params: [SKILL_ID],
		// `hour` is the hour of day (a public client casts it to an integer), not YYYYMMDDHH.
		fields: INTERVAL_FIELDS,
	}),
	report({
		api: 'skill_4_1',
		name: 'Calls and Service Level by 30 Minutes',
		description: 'Per skill and half hour: inbound, answered and abandoned calls, service levels, abandonment, ASA, ATA, AHT, ATT and ACW',
		params: [SKILL_ID],
		// `hour` is the start of the half hour; its format is undocumented.
		fields: INTERVAL_FIELDS,
	}),
	report({
		api: 'skill_4_2',
		name: 'Calls and Service Level by 10 Minutes',
		description: 'Per skill and 10-minute interval: inbound, answered and abandoned calls, service levels, abandonment, ASA, ATA, AHT, ATT and ACW',
		params: [SKILL_ID],
		// `hour` is the start of the 10-minute interval; its format is undocumented.
		fields: INTERVAL_FIELDS,
	}),
	report({
		api: 'skill_5',
		name: 'Workforce Needed by Hour',
		description: 'Per skill and hour of day: inbound calls, unique callers, AHT and the number of agents needed',
		params: [SKILL_ID],
		fields: [
			{ name: 'skill_id', type: 'text' },
			// Hour of day (a public client casts it to an integer).
			{ name: 'hour', type: 'text' },
			{ name: 'inbound_calls', type: 'number' },
			{ name: 'inbound_calls_unique_customers', type: 'number' },
			{ name: 'aht', type: 'duration' },
			{ name: 'agents_needed', type: 'number' },
		],
	}),
	report({
		api: 'skill_6',
		name: 'Calls and Service Level by DNIS',
		description: 'Per dialed number (DNIS): inbound, answered and abandoned calls, service levels, abandonment, ASA and ATA, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID],
		fields: [
			{ name: 'dnis', type: 'text' },
			...CALL_TOTALS,
			...SERVICE_LEVELS,
			{ name: 'abandon', type: 'percent' },
			{ name: 'asa', type: 'number' },
			{ name: 'ata', type: 'number' },
		],
	}),
	report({
		api: 'skill_7',
		name: 'Calls and Service Level by Skill, Day and Hour',
		description: 'Per skill, day and hour: inbound, answered and abandoned calls, service levels, wait time, abandonment, AHT, ASA and ATA',
		params: [SKILL_ID],
		fields: [
			// Documented as "year-month-day-hour" but the hour has its own column (inferred: the day).
			{ name: 'date', type: 'date' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'hour', type: 'text' },
			...CALL_TOTALS,
			...SERVICE_LEVELS,
			{ name: 'wait_time', type: 'duration' },
			{ name: 'abandon', type: 'percent' },
			{ name: 'aht', type: 'duration' },
			{ name: 'asa', type: 'number' },
			{ name: 'ata', type: 'number' },
		],
	}),
	report({
		api: 'skill_8',
		name: 'Answered Calls by Wait Interval',
		description: 'Per skill: answered calls counted by how long the caller waited, in 10-second bands, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID],
		fields: [
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'answer_calls', type: 'number' },
			{ name: 'answer_0seg_10seg', type: 'number' },
			{ name: 'answer_11seg_20seg', type: 'number' },
			{ name: 'answer_21seg_30seg', type: 'number' },
			{ name: 'answer_31seg_40seg', type: 'number' },
			{ name: 'answer_41seg_50seg', type: 'number' },
			// Sic: "anwers".
			{ name: 'anwers_greater_than_51seg', type: 'number' },
		],
	}),
	report({
		api: 'skill_9',
		name: 'Abandoned Calls by Wait Interval',
		description: 'Per skill: abandoned calls counted by how long the caller waited before hanging up, in 10-second bands, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID],
		// The example body's names (abandon_*); the field table repeats skill_8's answer_* names.
		fields: [
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'abandon_calls', type: 'number' },
			{ name: 'abandon_0seg_10seg', type: 'number', aliases: ['answer_0seg_10seg'] },
			// Sic: "20_seg".
			{ name: 'abandon_11seg_20_seg', type: 'number', aliases: ['answer_11seg_20seg'] },
			{ name: 'abandon_21seg_30seg', type: 'number', aliases: ['answer_21seg_30seg'] },
			{ name: 'abandon_31seg_40seg', type: 'number', aliases: ['answer_31seg_40seg'] },
			{ name: 'abandon_41seg_50seg', type: 'number', aliases: ['answer_41seg_50seg'] },
			{ name: 'abandon_greater_than_51seg', type: 'number', aliases: ['anwers_greater_than_51seg'] },
		],
	}),
	report({
		api: 'skill_10',
		name: 'Answered Calls Detail',
		description: 'One row per inbound call answered by an agent: skill, call, date, caller, agent, channel and seconds until answered',
		params: [SKILL_ID],
		fields: [
			{ name: 'conn_id', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'result', type: 'text' },
			{ name: 'ani', type: 'text' },
			// Seconds until answered (the report's description says seconds).
			// Documented only as the time to answer; seconds or HH:MM:SS, both read.
			{ name: 'answer_time', type: 'duration' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
		],
	}),
	report({
		api: 'skill_11',
		name: 'Interactions and Service Level by Channel',
		description: 'Per channel (email, WhatsApp, Facebook, …): incoming, answered and abandoned interactions, service levels, abandonment, ASA and ATA, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID],
		fields: [
			{ name: 'type_interaction', type: 'text' },
			...CALL_TOTALS,
			...SERVICE_LEVELS,
			{ name: 'abandon', type: 'percent' },
			{ name: 'asa', type: 'number' },
			{ name: 'ata', type: 'number' },
		],
	}),
];
