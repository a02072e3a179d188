import { days, durations, numbers, percents, report, text, timestamps } from '../builders';
import { SERVICES_TIME, SKILL_ID } from '../params';
import type { Endpoint, Field } from '../types';

// Reports Manager, collection folder "Reportes > Skills" (skill_*). Every report takes `skill_id`
// (a skill's ID or `all`). The collection's examples are blank: types follow the field tables —
// service levels and abandonment are percentages ("xx %" per public clients), ASA/ATA and the wait
// before abandoning/answering are documented as seconds, AHT/ATT/ACW/wait_time are inferred "HH:MM:SS".

const CALL_TOTALS = numbers('inbound_calls', 'answer_calls', 'abandon_calls');

const SERVICE_LEVELS = percents('service_level_10seg', 'service_level_20seg', 'service_level_30seg');

/** The fields of skill_4, skill_4_1 and skill_4_2: one table, `hour` at a different granularity. */
const INTERVAL_FIELDS: Field[] = [
	...text('skill_id'),
	// The interval's start: hour of day or HH:MM, never YYYYMMDDHH (see each entry).
	...text('hour'),
	...CALL_TOTALS,
	...SERVICE_LEVELS,
	...numbers('asa'),
	...percents('abandon'),
	...durations('aht'),
	...numbers('ata'),
	// In the field tables, not in the example bodies.
	...durations('att', 'acw'),
];

export const SKILL_REPORTS: Endpoint[] = [
	report('skill_1', 'Calls and Service Level by Skill', {
		description: 'Per skill: inbound, answered and abandoned calls, service levels, abandonment, ASA and ATA, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID, SERVICES_TIME],
		fields: [
			...text('skill_name', 'skill_id'), ...CALL_TOTALS, ...SERVICE_LEVELS, ...percents('abandon'),
			...numbers('asa', 'ata'),
		],
	}),
	report('skill_2', 'Abandoned Calls Detail', {
		description: 'One row per inbound call abandoned before an agent answered: skill, call, date, caller, channel and seconds waited',
		params: [SKILL_ID],
		fields: [
			...text('skill_name', 'skill_id', 'conn_id'),
			...timestamps('date'),
			...text('result', 'ani'),
			// Seconds waited before hanging up.
			...numbers('abandon_time'),
			...text('type_interaction', 'customer_id'),
		],
	}),
	report('skill_3', 'Calls and Service Level by Day', {
		description: 'Per skill and day: inbound, answered and abandoned calls, service levels, wait time, abandonment, ASA, ATA and AHT',
		params: [SKILL_ID],
		fields: [
			...text('skill_name'),
			// The field table says `date`; a public client reads this report's day as `day`.
			{ name: 'date', type: 'date', aliases: ['day'] },
			...CALL_TOTALS,
			...SERVICE_LEVELS,
			...durations('wait_time'),
			...percents('abandon'),
			...numbers('asa', 'ata'),
			...durations('aht'),
		],
	}),
	report('skill_4', 'Calls and Service Level by Hour', {
		description: 'Per skill and hour of day: inbound, answered and abandoned calls, service levels, abandonment, ASA, ATA, AHT, ATT and ACW (no date column)',
		params: [SKILL_ID],
		// `hour` is the hour of day (a public client casts it to an integer), not YYYYMMDDHH.
		fields: INTERVAL_FIELDS,
	}),
	report('skill_4_1', 'Calls and Service Level by 30 Minutes', {
		description: 'Per skill and half hour: inbound, answered and abandoned calls, service levels, abandonment, ASA, ATA, AHT, ATT and ACW',
		params: [SKILL_ID],
		// `hour` is the start of the half hour; its format is undocumented.
		fields: INTERVAL_FIELDS,
	}),
	report('skill_4_2', 'Calls and Service Level by 10 Minutes', {
		description: 'Per skill and 10-minute interval: inbound, answered and abandoned calls, service levels, abandonment, ASA, ATA, AHT, ATT and ACW',
		params: [SKILL_ID],
		// `hour` is the start of the 10-minute interval; its format is undocumented.
		fields: INTERVAL_FIELDS,
	}),
	report('skill_5', 'Workforce Needed by Hour', {
		description: 'Per skill and hour of day: inbound calls, unique callers, AHT and the number of agents needed',
		params: [SKILL_ID],
		fields: [
			...text('skill_id'),
			// Hour of day (a public client casts it to an integer).
			...text('hour'),
			...numbers('inbound_calls', 'inbound_calls_unique_customers'),
			...durations('aht'),
			...numbers('agents_needed'),
		],
	}),
	report('skill_6', 'Calls and Service Level by DNIS', {
		description: 'Per dialed number (DNIS): inbound, answered and abandoned calls, service levels, abandonment, ASA and ATA, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID],
		fields: [...text('dnis'), ...CALL_TOTALS, ...SERVICE_LEVELS, ...percents('abandon'), ...numbers('asa', 'ata')],
	}),
	report('skill_7', 'Calls and Service Level by Skill, Day and Hour', {
		description: 'Per skill, day and hour: inbound, answered and abandoned calls, service levels, wait time, abandonment, AHT, ASA and ATA',
		params: [SKILL_ID],
		fields: [
			// Documented as "year-month-day-hour" but the hour has its own column (inferred: the day).
			...days('date'),
			...text('skill_id', 'skill_name', 'hour'),
			...CALL_TOTALS,
			...SERVICE_LEVELS,
			...durations('wait_time'),
			...percents('abandon'),
			...durations('aht'),
			...numbers('asa', 'ata'),
		],
	}),
	report('skill_8', 'Answered Calls by Wait Interval', {
		description: 'Per skill: answered calls counted by how long the caller waited, in 10-second bands, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID],
		fields: [
			...text('skill_id', 'skill_name'),
			...numbers('answer_calls', 'answer_0seg_10seg', 'answer_11seg_20seg', 'answer_21seg_30seg'),
			...numbers('answer_31seg_40seg', 'answer_41seg_50seg'),
			// Sic: "anwers".
			...numbers('anwers_greater_than_51seg'),
		],
	}),
	report('skill_9', 'Abandoned Calls by Wait Interval', {
		description: 'Per skill: abandoned calls counted by how long the caller waited before hanging up, in 10-second bands, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID],
		// The example body's names (abandon_*); the field table repeats skill_8's answer_* names.
		fields: [
			...text('skill_id', 'skill_name'),
			...numbers('abandon_calls'),
			{ name: 'abandon_0seg_10seg', type: 'number', aliases: ['answer_0seg_10seg'] },
			// Sic: "20_seg".
			{ name: 'abandon_11seg_20_seg', type: 'number', aliases: ['answer_11seg_20seg'] },
			{ name: 'abandon_21seg_30seg', type: 'number', aliases: ['answer_21seg_30seg'] },
			{ name: 'abandon_31seg_40seg', type: 'number', aliases: ['answer_31seg_40seg'] },
			{ name: 'abandon_41seg_50seg', type: 'number', aliases: ['answer_41seg_50seg'] },
			{ name: 'abandon_greater_than_51seg', type: 'number', aliases: ['anwers_greater_than_51seg'] },
		],
	}),
	report('skill_10', 'Answered Calls Detail', {
		description: 'One row per inbound call answered by an agent: skill, call, date, caller, agent, channel and seconds until answered',
		params: [SKILL_ID],
		fields: [
			...text('conn_id', 'skill_id', 'skill_name'),
			...timestamps('date'),
			...text('result', 'ani'),
			// Seconds until answered (the report's description says seconds).
			// Documented only as the time to answer; seconds or HH:MM:SS, both read.
			...durations('answer_time'),
			...text('agent_id', 'type_interaction'),
		],
	}),
	report('skill_11', 'Interactions and Service Level by Channel', {
		description: 'Per channel (email, WhatsApp, Facebook, …): incoming, answered and abandoned interactions, service levels, abandonment, ASA and ATA, aggregated over the whole range',
		totals: true,
		params: [SKILL_ID],
		fields: [
			...text('type_interaction'), ...CALL_TOTALS, ...SERVICE_LEVELS, ...percents('abandon'), ...numbers('asa', 'ata'),
		],
	}),
];
