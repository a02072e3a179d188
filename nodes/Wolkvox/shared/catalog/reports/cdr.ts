import { report } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > CDR" (cdr_*). The collection's examples are blank;
// dates documented as "year-month-day-hour" are typed as `YYYY-MM-DD HH:MM:SS` timestamps, the
// format every non-blank Wolkvox example and public client shows.

export const CDR_REPORTS: Endpoint[] = [
	report({
		api: 'cdr_1',
		name: 'Call Detail Records',
		description: 'One row per call: agent, date, destination, phone, duration, cost, activity codes, call type, campaign, skill, customer and who hung up',
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'destiny', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'cost', type: 'number' },
			{ name: 'time_seg', type: 'number' },
			{ name: 'time_min', type: 'number' },
			{ name: 'cod_act', type: 'text' },
			{ name: 'description_cod_act', type: 'text' },
			{ name: 'cod_act_2', type: 'text' },
			{ name: 'description_cod_act_2', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'hang_up', type: 'text' },
			{ name: 'campaign_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
			{ name: 'skill_id', type: 'text' },
			{ name: 'skill_name', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'comment', type: 'text' },
		],
	}),
	report({
		api: 'cdr_2',
		name: 'Calls and Phone Cost by Agent',
		description: 'Per agent: number of calls and their total cost, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [
			{ name: 'calls', type: 'number' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'cost', type: 'number' },
		],
	}),
	report({
		api: 'cdr_3',
		name: 'SMS and WhatsApp Messages Sent',
		description: 'One row per outbound SMS or WhatsApp message: agent, date, destination, phone, text, channel, customer and interaction ID',
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'destiny', type: 'text' },
			{ name: 'telephone', type: 'text' },
			{ name: 'message', type: 'text' },
			{ name: 'channel', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
		],
	}),
	report({
		api: 'cdr_4',
		name: 'Call Duration Distribution',
		description: 'Calls, minutes, cost and share of calls per duration band (0-5 s, 6-20 s, 21-60 s, 61-120 s, over 121 s), aggregated over the whole range',
		totals: true,
		// `data` is an object keyed by band ("0_5_seg", "6_20_seg", "21_60_seg", "61_120_seg",
		// "greater_than_121"), each {calls, minutes, cost, percentage}: one row per band, the key as
		// `interval` (the field table calls it INTERVAL). See docs/catalog-notes.md.
		keyedBy: 'interval',
		fields: [
			{ name: 'interval', type: 'text', aliases: ['INTERVAL'] },
			{ name: 'calls', type: 'number' },
			{ name: 'minutes', type: 'number' },
			{ name: 'cost', type: 'number' },
			{ name: 'percentage', type: 'percent' },
		],
	}),
	report({
		api: 'cdr_5',
		name: 'Unconnected Calls Detail',
		description: 'One row per call that did not connect: agent, date, destination, phone, ring time, result (busy, no answer, …), call type, campaign and customer',
		fields: [
			{ name: 'agent_name', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'destiny', type: 'text' },
			{ name: 'telephone', type: 'text' },
			// Documented as seconds; one public client's test fixture shows "00:00:20" (see docs/catalog-notes.md).
			{ name: 'ring_time', type: 'number' },
			{ name: 'result', type: 'text' },
			{ name: 'type_interaction', type: 'text' },
			{ name: 'customer_id', type: 'text' },
			{ name: 'campaign_id', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			{ name: 'conn_id', type: 'text' },
		],
	}),
	report({
		api: 'cdr_6',
		name: 'Unconnected Calls by Result',
		description: 'Number of outbound calls that did not connect, per result (cancelled, channel unavailable, congestion, no answer, busy), aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'result', type: 'text' },
			{ name: 'count', type: 'number' },
		],
	}),
	report({
		api: 'cdr_7',
		name: 'NLP Usage Detail',
		description: 'One row per use of an NLP / AI component: component type, channel, characters sent and received, and date',
		fields: [
			{ name: 'type_nlp', type: 'text' },
			{ name: 'nlp_channel', type: 'text' },
			{ name: 'chars_send', type: 'number' },
			{ name: 'chars_answer', type: 'number' },
			{ name: 'total_chars', type: 'number' },
			{ name: 'date', type: 'timestamp' },
		],
	}),
	report({
		api: 'cdr_8',
		name: 'NLP Usage by Type',
		description: 'Per NLP / AI component type: number of uses and characters sent and received, aggregated over the whole range',
		totals: true,
		fields: [
			{ name: 'type_nlp', type: 'text' },
			{ name: 'nlp_amount', type: 'number' },
			{ name: 'chars_send', type: 'number' },
			{ name: 'chars_answer', type: 'number' },
			{ name: 'total_chars', type: 'number' },
		],
	}),
	report({
		api: 'cdr_9',
		name: 'Emails Sent by Flows and Campaigns',
		description: 'One row per email sent by a routing point\'s "Send email" component or a campaign strategy: sender, recipient, subject, body and date',
		fields: [
			{ name: 'channel', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'from', type: 'text' },
			{ name: 'to', type: 'text' },
			{ name: 'subject', type: 'text' },
			{ name: 'body', type: 'text' },
		],
	}),
	report({
		api: 'cdr_10',
		name: 'Cobrowsing Sessions',
		description: 'One row per cobrowsing session given by an agent: agent, start, end, duration and who hung up first',
		fields: [
			{ name: 'agent_id', type: 'text' },
			{ name: 'agent_name', type: 'text' },
			// In the example body, not in the field table.
			{ name: 'date_ini', type: 'timestamp' },
			{ name: 'date_end', type: 'timestamp' },
			{ name: 'time', type: 'duration' },
			{ name: 'hung_up', type: 'text' },
		],
	}),
	report({
		api: 'cdr_11',
		name: 'Customers Released from Law 2300',
		description: "One row per customer released from Colombia's Law 2300 contact protection: company NIT, agent, operation, date and the phone or ID released",
		fields: [
			{ name: 'protected_nit', type: 'text' },
			{ name: 'agent_id', type: 'text' },
			// The field table says agent_name; the example body says name_agent.
			{ name: 'agent_name', type: 'text', aliases: ['name_agent'] },
			{ name: 'operation', type: 'text' },
			{ name: 'date', type: 'timestamp' },
			{ name: 'item', type: 'text' },
			{ name: 'value', type: 'text' },
		],
	}),
];
