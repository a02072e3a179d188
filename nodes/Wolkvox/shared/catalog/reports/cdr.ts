import { durations, numbers, percents, report, text, timestamps } from '../builders';
import type { Endpoint } from '../types';

// Reports Manager, collection folder "Reportes > CDR" (cdr_*). The collection's examples are blank;
// dates documented as "year-month-day-hour" are typed as `YYYY-MM-DD HH:MM:SS` timestamps, the
// format every non-blank Wolkvox example and public client shows.

export const CDR_REPORTS: Endpoint[] = [
	report('cdr_1', 'Call Detail Records', {
		description: 'One row per call: agent, date, destination, phone, duration, cost, activity codes, call type, campaign, skill, customer and who hung up',
		fields: [
			...text('agent_name'), ...timestamps('date'), ...text('destiny', 'telephone'),
			...numbers('cost', 'time_seg', 'time_min'),
			...text('cod_act', 'description_cod_act', 'cod_act_2', 'description_cod_act_2'),
			...text('type_interaction', 'customer_id', 'hang_up', 'campaign_id', 'conn_id', 'skill_id'),
			...text('skill_name', 'agent_id', 'comment'),
		],
	}),
	report('cdr_2', 'Calls and Phone Cost by Agent', {
		description: 'Per agent: number of calls and their total cost, aggregated over the whole range (no per-day rows)',
		totals: true,
		fields: [...numbers('calls'), ...text('agent_name'), ...numbers('cost')],
	}),
	report('cdr_3', 'SMS and WhatsApp Messages Sent', {
		description: 'One row per outbound SMS or WhatsApp message: agent, date, destination, phone, text, channel, customer and interaction ID',
		fields: [
			...text('agent_id', 'agent_name'), ...timestamps('date'),
			...text('destiny', 'telephone', 'message', 'channel', 'customer_id', 'conn_id'),
		],
	}),
	report('cdr_4', 'Call Duration Distribution', {
		description: 'Calls, minutes, cost and share of calls per duration band (0-5 s, 6-20 s, 21-60 s, 61-120 s, over 121 s), aggregated over the whole range',
		totals: true,
		// `data` is an object keyed by band ("0_5_seg", "6_20_seg", "21_60_seg", "61_120_seg",
		// "greater_than_121"), each {calls, minutes, cost, percentage}: one row per band, the key as
		// `interval` (the field table calls it INTERVAL). See docs/catalog-notes.md.
		keyedBy: 'interval',
		fields: [
			{ name: 'interval', type: 'text', aliases: ['INTERVAL'] }, ...numbers('calls', 'minutes', 'cost'),
			...percents('percentage'),
		],
	}),
	report('cdr_5', 'Unconnected Calls Detail', {
		description: 'One row per call that did not connect: agent, date, destination, phone, ring time, result (busy, no answer, …), call type, campaign and customer',
		fields: [
			...text('agent_name'),
			...timestamps('date'),
			...text('destiny', 'telephone'),
			// Documented as seconds; one public client's test fixture shows "00:00:20" (see docs/catalog-notes.md).
			...numbers('ring_time'),
			...text('result', 'type_interaction', 'customer_id', 'campaign_id', 'agent_id', 'conn_id'),
		],
	}),
	report('cdr_6', 'Unconnected Calls by Result', {
		description: 'Number of outbound calls that did not connect, per result (cancelled, channel unavailable, congestion, no answer, busy), aggregated over the whole range',
		totals: true,
		fields: [...text('result'), ...numbers('count')],
	}),
	report('cdr_7', 'NLP Usage Detail', {
		description: 'One row per use of an NLP / AI component: component type, channel, characters sent and received, and date',
		fields: [
			...text('type_nlp', 'nlp_channel'), ...numbers('chars_send', 'chars_answer', 'total_chars'), ...timestamps('date'),
		],
	}),
	report('cdr_8', 'NLP Usage by Type', {
		description: 'Per NLP / AI component type: number of uses and characters sent and received, aggregated over the whole range',
		totals: true,
		fields: [...text('type_nlp'), ...numbers('nlp_amount', 'chars_send', 'chars_answer', 'total_chars')],
	}),
	report('cdr_9', 'Emails Sent by Flows and Campaigns', {
		description: 'One row per email sent by a routing point\'s "Send email" component or a campaign strategy: sender, recipient, subject, body and date',
		fields: [...text('channel'), ...timestamps('date'), ...text('from', 'to', 'subject', 'body')],
	}),
	report('cdr_10', 'Cobrowsing Sessions', {
		description: 'One row per cobrowsing session given by an agent: agent, start, end, duration and who hung up first',
		fields: [
			...text('agent_id', 'agent_name'),
			// In the example body, not in the field table.
			...timestamps('date_ini', 'date_end'),
			...durations('time'),
			...text('hung_up'),
		],
	}),
	report('cdr_11', 'Customers Released From Law 2300', {
		description: "One row per customer released from Colombia's Law 2300 contact protection: company NIT, agent, operation, date and the phone or ID released",
		fields: [
			...text('protected_nit', 'agent_id'),
			// The field table says agent_name; the example body says name_agent.
			{ name: 'agent_name', type: 'text', aliases: ['name_agent'] },
			...text('operation'),
			...timestamps('date'),
			...text('item', 'value'),
		],
	}),
];
