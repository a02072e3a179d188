/**
 * Every write of the Campaign and Do Not Call resources, run by n8n-core's real WorkflowExecute
 * against the stateful simulator: the node's parameters → the request Wolkvox gets (method, path,
 * query, JSON body) → its effect on the operation's state → the items out (one per input item,
 * paired to it). The list of cases is checked against the catalog, so a new write needs its case.
 * Then the lookups: find_record, detail (dated) and campaign_15, with Simplify on and off.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { ACTION_RESOURCES, optionOf } from '../../nodes/Wolkvox/shared/catalog';
import type { Endpoint } from '../../nodes/Wolkvox/shared/catalog';
import { ACCOUNT, startSimulator } from '../../tools/simulator/server';
import type { Simulator, StateSnapshot } from '../../tools/simulator/server';
import { call, campaignOf, copiesOf, itemsOf, NOW, pairsOf, PREDICTIVE, PREVIEW, requestOf, runWrite, SEED, TOKEN } from './writeSetup';

/** The seeded state every test starts from (deterministic from the seed and the clock). */
let seeded: StateSnapshot;
beforeAll(async () => {
	const sim = await startSimulator({ token: TOKEN, seed: SEED, now: () => NOW });
	seeded = sim.state;
	await sim.close();
});

const recordsOf = (state: StateSnapshot, id: string) => campaignOf(state, id).records;
/** The customer IDs of a seeded campaign's first records. */
const customers = (id: string, n: number) => recordsOf(seeded, id).slice(0, n).map((r) => String(r.customer_id));
const opPath = (endpoint: Endpoint) => `/api/v2/${endpoint.script}.php`;

interface Case {
	resource: string;
	operation: string;
	/** What the test does, in a few words. */
	title: string;
	parameters: () => INodeParameters;
	items: () => INodeExecutionData[];
	before?: (sim: Simulator) => Promise<void>;
	/** The requests Wolkvox gets, without method and path (the catalog's) and without `api`. */
	requests: () => Array<{ query: Record<string, string>; body?: unknown }>;
	/** Each output item besides `outcome` (the catalog's word unless `outcome` is given). */
	out: () => IDataObject[];
	outcome?: string;
	/** The effect on the state. */
	effect: (before: StateSnapshot, after: StateSnapshot) => void;
}

const EDIT_BODY = { campaign_name: 'Renovación 2026', start_time: '07:30:00', end_time: '19:00:00', camp_dial_order: 'zigzag', optional_labels: { opt2: 'Ciudad' } };
const lawEntry = { nit: '900123456', telephone: '573001112233', customer_id: '1032456789' };

const CASES: Case[] = [
	{
		resource: 'speechAnalytics',
		operation: 'speech_on_demand',
		title: 'a call sent for analysis, its range in the operation’s wall time',
		parameters: () => ({
			resource: 'speechAnalytics',
			operation: 'speech_on_demand',
			conn_id: '={{ $json.call }}',
			agent_id: ACCOUNT.agents[0].agent_id,
			additionalFields: { date_ini: '2026-11-20T08:00:00', date_end: '2026-11-20T18:00:00Z' },
		}),
		items: () => itemsOf([{ call: 'conn-77120' }]),
		requests: () => [
			{ query: {}, body: { conn_id: 'conn-77120', agent_id: ACCOUNT.agents[0].agent_id, date_ini: '20261120080000', date_end: '20261120130000' } },
		],
		out: () => [
			{
				sent: { conn_id: 'conn-77120', agent_id: ACCOUNT.agents[0].agent_id, date_ini: '20261120080000', date_end: '20261120130000' },
				code: 200,
				msg: 'Speech analytics record created successfully',
			},
		],
		effect: (before, after) => {
			expect(before.speechRequests).toEqual([]);
			expect(after.speechRequests).toEqual([{ conn_id: 'conn-77120', agent_id: ACCOUNT.agents[0].agent_id, date_ini: '20261120080000', date_end: '20261120130000' }]);
		},
	},
	{
		resource: 'campaign',
		operation: 'add_record',
		title: 'two leads to a preview campaign, phones cleaned, a recall date converted to the wall clock',
		parameters: () => ({ resource: 'campaign', operation: 'add_record', type_campaign: 'preview', campaign_id: PREVIEW }),
		items: () =>
			itemsOf([
				{ customer_name: 'Ana', customer_id: '1032456789', tel1: '+57 300 123 4567', email: 'ana@example.com', agent_id: '12462' },
				{ customer_name: 'Luis', customer_id: '79123456', tel1: '(601) 555-1234', tel2: 3104445566, recall_date: '2026-11-24T14:00:00Z', opt7: 'vip' },
			]),
		requests: () => [
			{
				query: { type_campaign: 'preview', campaign_id: PREVIEW },
				body: [
					{ customer_name: 'Ana', customer_id: '1032456789', tel1: '573001234567', email: 'ana@example.com', agent_id: '12462' },
					{ customer_name: 'Luis', customer_id: '79123456', tel1: '6015551234', tel2: '3104445566', recall_date: '20261124090000', opt7: 'vip' },
				],
			},
		],
		out: () => [
			{
				sent: { customer_name: 'Ana', customer_id: '1032456789', tel1: '573001234567', email: 'ana@example.com', agent_id: '12462' },
				code: 201,
				msg: 'All records has been added successfully',
				data: { total_registers: 2 },
				call: { number: 1, items: 2 },
			},
			{
				sent: { customer_name: 'Luis', customer_id: '79123456', tel1: '6015551234', tel2: '3104445566', recall_date: '20261124090000', opt7: 'vip' },
				code: 201,
				msg: 'All records has been added successfully',
				data: { total_registers: 2 },
				call: { number: 1, items: 2 },
			},
		],
		effect: (before, after) => {
			expect(recordsOf(after, PREVIEW)).toHaveLength(recordsOf(before, PREVIEW).length + 2);
			expect(copiesOf(after, PREVIEW, '1032456789')).toBe(1);
			expect(recordsOf(after, PREVIEW).find((r) => r.customer_id === '79123456')).toMatchObject({ tel1: '6015551234', recall_date: '20261124090000', result: '' });
		},
	},
	{
		resource: 'campaign',
		operation: 'add_record',
		title: 'records mapped field by field, with the campaign stopped by Campaign Status',
		parameters: () => ({
			resource: 'campaign',
			operation: 'add_record',
			type_campaign: 'predictive',
			campaign_id: PREDICTIVE,
			campaign_status: 'stop',
			recordFields: { mappingMode: 'defineBelow', value: { customer_id: '={{ $json.id }}', tel1: '={{ $json.phone }}' } },
		}),
		items: () => itemsOf([{ id: 'A-1', phone: '3001234567', row_number: 2 }]),
		requests: () => [{ query: { type_campaign: 'predictive', campaign_id: PREDICTIVE, campaign_status: 'stop' }, body: [{ customer_id: 'A-1', tel1: '3001234567' }] }],
		out: () => [
			{
				sent: { customer_id: 'A-1', tel1: '3001234567' },
				code: 201,
				msg: 'All records has been added successfully',
				data: { total_registers: 1 },
				call: { number: 1, items: 1 },
			},
		],
		effect: (before, after) => {
			expect(campaignOf(before, PREDICTIVE).status).toBe('Started');
			expect(campaignOf(after, PREDICTIVE).status).toBe('Stopped');
			expect(copiesOf(after, PREDICTIVE, 'A-1')).toBe(1);
		},
	},
	{
		resource: 'campaign',
		operation: 'remove_record',
		title: "two customers' records removed in one call, their IDs comma-joined",
		parameters: () => ({ resource: 'campaign', operation: 'remove_record', type_campaign: 'predictive', campaign_id: PREDICTIVE, customer_id: '={{ $json.id }}' }),
		items: () => itemsOf(customers(PREDICTIVE, 2).map((id) => ({ id }))),
		requests: () => [{ query: { type_campaign: 'predictive', campaign_id: PREDICTIVE }, body: { customer_id: customers(PREDICTIVE, 2).join(',') } }],
		out: () =>
			customers(PREDICTIVE, 2).map((id) => ({
				sent: { type_campaign: 'predictive', campaign_id: PREDICTIVE, customer_id: id },
				code: 202,
				msg: `customer_id ${customers(PREDICTIVE, 2).join(',')} has been deleted successfully`,
				call: { number: 1, items: 2 },
			})),
		effect: (before, after) => {
			const [a, b] = customers(PREDICTIVE, 2);
			expect(copiesOf(before, PREDICTIVE, a)).toBeGreaterThan(0);
			expect([copiesOf(after, PREDICTIVE, a), copiesOf(after, PREDICTIVE, b)]).toEqual([0, 0]);
			const removed = recordsOf(before, PREDICTIVE).filter((r) => r.customer_id === a || r.customer_id === b).length;
			expect(recordsOf(after, PREDICTIVE)).toHaveLength(recordsOf(before, PREDICTIVE).length - removed);
		},
	},
	{
		resource: 'campaign',
		operation: 'codify',
		title: 'two records coded, one call each',
		parameters: () => ({
			resource: 'campaign',
			operation: 'codify',
			type_campaign: 'predictive',
			campaign_id: PREDICTIVE,
			cod_act: 'VENTA',
			customer_id: '={{ $json.id }}',
			additionalFields: { comment: '={{ $json.note }}', cod_act_2: 'TITULAR' },
		}),
		items: () => itemsOf(customers(PREDICTIVE, 2).map((id, n) => ({ id, note: `nota ${n}` }))),
		requests: () =>
			customers(PREDICTIVE, 2).map((id, n) => ({
				query: { type_campaign: 'predictive', campaign_id: PREDICTIVE },
				body: { cod_act: 'VENTA', cod_act_2: 'TITULAR', comment: `nota ${n}`, customer_id: id },
			})),
		out: () =>
			customers(PREDICTIVE, 2).map((id, n) => ({
				sent: { type_campaign: 'predictive', campaign_id: PREDICTIVE, cod_act: 'VENTA', cod_act_2: 'TITULAR', comment: `nota ${n}`, customer_id: id },
				code: 202,
				msg: `customer_id ${id} has been coded`,
			})),
		effect: (_before, after) => {
			customers(PREDICTIVE, 2).forEach((id, n) => {
				expect(recordsOf(after, PREDICTIVE).find((r) => r.customer_id === id)).toMatchObject({ cod_act: 'VENTA', cod_act_2: 'TITULAR', comments: `nota ${n}` });
			});
		},
	},
	{
		resource: 'campaign',
		operation: 'recall',
		title: 'a call rescheduled on another number, the date read in the credential zone',
		parameters: () => ({
			resource: 'campaign',
			operation: 'recall',
			campaign_id: PREDICTIVE,
			recall_date: '2026-11-25T09:30:00',
			customer_id: customers(PREDICTIVE, 1)[0],
			additionalFields: { recall_telephone: '+57 310 000 1111' },
		}),
		items: () => itemsOf([{}]),
		requests: () => [{ query: { campaign_id: PREDICTIVE }, body: { recall_date: '20261125093000', recall_telephone: '573100001111', customer_id: customers(PREDICTIVE, 1)[0] } }],
		out: () => [
			{
				sent: { campaign_id: PREDICTIVE, recall_date: '20261125093000', recall_telephone: '573100001111', customer_id: customers(PREDICTIVE, 1)[0] },
				code: 202,
				msg: `customer_id ${customers(PREDICTIVE, 1)[0]} has been updated and will be call back on 20261125093000 to phone 573100001111`,
			},
		],
		effect: (before, after) => {
			const id = customers(PREDICTIVE, 1)[0];
			const was = recordsOf(before, PREDICTIVE).find((r) => r.customer_id === id)!;
			expect(recordsOf(after, PREDICTIVE).find((r) => r.customer_id === id)).toMatchObject({
				recall_date: '20261125093000',
				recall_telephone: '573100001111',
				recall_count: Number(was.recall_count) + 1,
			});
		},
	},
	{
		resource: 'campaign',
		operation: 'recall_records',
		title: "records with a dialer result marked CLEAN, Wolkvox's count typed",
		parameters: () => ({ resource: 'campaign', operation: 'recall_records', campaign_id: PREDICTIVE, field: 'Cod_Machine', value: busiest(PREDICTIVE).value }),
		items: () => itemsOf([{}]),
		requests: () => [{ query: { campaign_id: PREDICTIVE }, body: { field: 'Cod_Machine', value: busiest(PREDICTIVE).value } }],
		out: () => [
			{
				sent: { campaign_id: PREDICTIVE, field: 'Cod_Machine', value: busiest(PREDICTIVE).value },
				code: 200,
				msg: `${busiest(PREDICTIVE).count} record(s) have been marked for recall successfully`,
				data: {
					campaign_id: PREDICTIVE,
					field: 'Cod_Machine',
					value: busiest(PREDICTIVE).value,
					normalized_value: busiest(PREDICTIVE).result,
					affected_records: busiest(PREDICTIVE).count,
				},
			},
		],
		effect: (before, after) => {
			const { result, count } = busiest(PREDICTIVE);
			expect(count).toBeGreaterThan(0);
			expect(recordsOf(after, PREDICTIVE).filter((r) => r.result === result)).toHaveLength(0);
			expect(recordsOf(after, PREDICTIVE).filter((r) => r.result === 'CLEAN')).toHaveLength(count + recordsOf(before, PREDICTIVE).filter((r) => r.result === 'CLEAN').length);
		},
	},
	{
		resource: 'campaign',
		operation: 'speed',
		title: 'two campaigns, two speeds, one call each',
		parameters: () => ({ resource: 'campaign', operation: 'speed', campaign_id: '={{ $json.campaign }}', speed: '={{ $json.speed }}' }),
		items: () => itemsOf([{ campaign: PREDICTIVE, speed: 55 }, { campaign: '20452', speed: '0' }]),
		requests: () => [
			{ query: { campaign_id: PREDICTIVE }, body: { speed: '55' } },
			{ query: { campaign_id: '20452' }, body: { speed: '0' } },
		],
		out: () => [
			{ sent: { campaign_id: PREDICTIVE, speed: '55' }, code: 202, msg: `The speed of ${PREDICTIVE} campaign_id has been updated successfully` },
			{ sent: { campaign_id: '20452', speed: '0' }, code: 202, msg: 'The speed of 20452 campaign_id has been updated successfully' },
		],
		effect: (_before, after) => {
			expect([campaignOf(after, PREDICTIVE).speed, campaignOf(after, '20452').speed]).toEqual(['55', '0']);
		},
	},
	{
		resource: 'campaign',
		operation: 'start',
		title: 'two stopped campaigns started, no body',
		parameters: () => ({ resource: 'campaign', operation: 'start', campaign_id: '={{ $json.campaign }}' }),
		items: () => itemsOf([{ campaign: PREVIEW }, { campaign: '20455' }]),
		requests: () => [
			{ query: { campaign_id: PREVIEW }, body: undefined },
			{ query: { campaign_id: '20455' }, body: undefined },
		],
		out: () => [
			{ sent: { campaign_id: PREVIEW }, code: 202, msg: `The ${PREVIEW} campaign_id has been started successfully` },
			{ sent: { campaign_id: '20455' }, code: 202, msg: 'The 20455 campaign_id has been started successfully' },
		],
		effect: (before, after) => {
			expect([campaignOf(before, PREVIEW).status, campaignOf(before, '20455').status]).toEqual(['Stopped', 'Stopped']);
			expect([campaignOf(after, PREVIEW).status, campaignOf(after, '20455').status]).toEqual(['Started', 'Started']);
		},
	},
	{
		resource: 'campaign',
		operation: 'stop',
		title: 'a started campaign stopped',
		parameters: () => ({ resource: 'campaign', operation: 'stop', campaign_id: PREDICTIVE }),
		items: () => itemsOf([{}]),
		requests: () => [{ query: { campaign_id: PREDICTIVE }, body: undefined }],
		out: () => [{ sent: { campaign_id: PREDICTIVE }, code: 202, msg: `The ${PREDICTIVE} campaign_id has been stopped successfully` }],
		effect: (before, after) => {
			expect(campaignOf(before, PREDICTIVE).status).toBe('Started');
			expect(campaignOf(after, PREDICTIVE).status).toBe('Stopped');
		},
	},
	{
		resource: 'campaign',
		operation: 'create_campaign',
		title: 'a predictive campaign created, its dialing hours sent as hhiiss',
		parameters: () => ({
			resource: 'campaign',
			operation: 'create_campaign',
			type_campaign: 'predictive',
			campaign_name: 'Leads Web',
			skill_id: '202',
			additionalFields: { start_time: '08:00:00', end_time: '180000', amd: 'COL', opt1: 'Producto' },
		}),
		items: () => itemsOf([{}]),
		requests: () => [
			{
				query: { type_campaign: 'predictive' },
				body: { campaign_name: 'Leads Web', start_time: '080000', end_time: '180000', skill_id: '202', opt1: 'Producto', amd: 'COL' },
			},
		],
		out: () => [
			{
				sent: { type_campaign: 'predictive', campaign_name: 'Leads Web', start_time: '080000', end_time: '180000', skill_id: '202', opt1: 'Producto', amd: 'COL' },
				code: 201,
				msg: 'The 20456 campaign_id has been created successfully',
				data: { id_campaign: '20456', name_campaign: 'Leads Web' },
			},
		],
		effect: (before, after) => {
			expect(after.campaigns).toHaveLength(before.campaigns.length + 1);
			expect(campaignOf(after, '20456')).toMatchObject({ campaign_name: 'Leads Web', type_campaign: 'predictive', skill_id: '202', status: 'Stopped' });
		},
	},
	{
		resource: 'campaign',
		operation: 'edit_campaign',
		title: "a campaign's name, hours, dial order and optional field titles changed, the rest kept",
		parameters: () => ({
			resource: 'campaign',
			operation: 'edit_campaign',
			campaign_id: PREDICTIVE,
			additionalFields: { campaign_name: 'Renovación 2026', start_time: '073000', end_time: '19:00:00', camp_dial_order: 'zigzag' },
			optional_labels: { opt2: 'Ciudad' },
		}),
		items: () => itemsOf([{}]),
		requests: () => [{ query: { campaign_id: PREDICTIVE }, body: EDIT_BODY }],
		out: () => {
			const was = campaignOf(seeded, PREDICTIVE);
			return [
				{
					sent: { campaign_id: PREDICTIVE, ...EDIT_BODY },
					code: 200,
					msg: 'Campaign has been updated successfully',
					data: {
						campaign_id: PREDICTIVE,
						campaign_name: 'Renovación 2026',
						campaign_description: was.campaign_description,
						type_camp: 'Predictive',
						enable_edition: was.enable_edition,
						start_time: '07:30:00',
						end_time: '19:00:00',
						skill_id: was.skill_id,
						amd_conf: was.amd_conf,
						turbo_dial: was.turbo_dial,
						routing_recall: was.routing_recall,
						optional_labels: { opt2: 'Ciudad' },
					},
				},
			];
		},
		effect: (before, after) => {
			expect(campaignOf(after, PREDICTIVE)).toEqual({
				...campaignOf(before, PREDICTIVE),
				campaign_name: 'Renovación 2026',
				start_time: '07:30:00',
				end_time: '19:00:00',
				camp_dial_order: 'zigzag',
				optional_labels: { opt2: 'Ciudad' },
			});
		},
	},
	{
		resource: 'campaign',
		operation: 'campaign_filter',
		title: "a filter on the city, Wolkvox's counts typed",
		parameters: () => ({
			resource: 'campaign',
			operation: 'campaign_filter',
			type_campaign: 'predictive',
			campaign_id: PREDICTIVE,
			filter_active: 'yes',
			additionalFields: { connector: 'or' },
			filters: { values: [{ field: 'city', operator: 'equal', value: 'Medellín' }, { field: 'result', operator: 'is', value: 'empty' }] },
		}),
		items: () => itemsOf([{}]),
		requests: () => [
			{
				query: { type_campaign: 'predictive', campaign_id: PREDICTIVE },
				body: {
					filter_active: 'yes',
					connector: 'or',
					filters: [
						{ field: 'city', operator: '=', value: 'Medellín' },
						{ field: 'result', operator: 'is', value: 'empty' },
					],
				},
			},
		],
		out: () => [
			{
				sent: {
					type_campaign: 'predictive',
					campaign_id: PREDICTIVE,
					filter_active: 'yes',
					connector: 'or',
					filters: [
						{ field: 'city', operator: '=', value: 'Medellín' },
						{ field: 'result', operator: 'is', value: 'empty' },
					],
				},
				code: 200,
				msg: 'Campaign filter successfully updated',
				data: {
					total_records: recordsOf(seeded, PREDICTIVE).length,
					pending_records: recordsOf(seeded, PREDICTIVE).filter((r) => r.result === '').length,
					applied_filter: "city = 'Medellín' OR result is 'empty'",
				},
			},
		],
		effect: (_before, after) => {
			expect(campaignOf(after, PREDICTIVE).filter).toEqual({
				filter_active: 'yes',
				connector: 'or',
				filters: [
					{ field: 'city', operator: '=', value: 'Medellín' },
					{ field: 'result', operator: 'is', value: 'empty' },
				],
			});
		},
	},
	{
		resource: 'campaign',
		operation: 'clear_campaign',
		title: "only the records with one result cleared",
		parameters: () => ({ resource: 'campaign', operation: 'clear_campaign', type_campaign: 'predictive', campaign_id: PREDICTIVE, result: busiest(PREDICTIVE).param }),
		items: () => itemsOf([{}]),
		requests: () => [{ query: { type_campaign: 'predictive', campaign_id: PREDICTIVE, result: busiest(PREDICTIVE).param }, body: undefined }],
		out: () => [
			{
				sent: { type_campaign: 'predictive', campaign_id: PREDICTIVE, result: busiest(PREDICTIVE).param },
				code: 202,
				msg: `All records has been deleted of campaign_id ${PREDICTIVE} successfully`,
			},
		],
		effect: (before, after) => {
			const { result, count } = busiest(PREDICTIVE);
			expect(recordsOf(after, PREDICTIVE).filter((r) => r.result === result)).toHaveLength(0);
			expect(recordsOf(after, PREDICTIVE)).toHaveLength(recordsOf(before, PREDICTIVE).length - count);
		},
	},
	{
		resource: 'campaign',
		operation: 'delete_campaign',
		title: 'two preview campaigns deleted in one call',
		parameters: () => ({ resource: 'campaign', operation: 'delete_campaign', type_campaign: 'preview', campaign_ids: '={{ $json.campaign }}' }),
		items: () => itemsOf([{ campaign: PREVIEW }, { campaign: '20455' }]),
		requests: () => [{ query: { type_campaign: 'preview' }, body: { campaign_ids: [PREVIEW, '20455'] } }],
		out: () =>
			[PREVIEW, '20455'].map((id) => ({
				sent: { type_campaign: 'preview', campaign_ids: id },
				code: 200,
				msg: '2 campaigns deleted successfully. 0 operations failed.',
				call: { number: 1, items: 2 },
			})),
		effect: (before, after) => {
			expect(after.campaigns.map((c) => c.campaign_id)).toEqual(before.campaigns.map((c) => c.campaign_id).filter((id) => id !== PREVIEW && id !== '20455'));
		},
	},
	{
		resource: 'doNotCall',
		operation: 'configuration.add_dnc',
		title: 'two numbers added to both lists in one call (the default direction)',
		parameters: () => ({ resource: 'doNotCall', operation: 'configuration.add_dnc', telephones: '={{ $json.phone }}' }),
		items: () => itemsOf([{ phone: '+57 300 000 0001' }, { phone: 573000000002 }]),
		requests: () => [{ query: {}, body: { type_call: 'inbound/outbound', telephones: ['573000000001', '573000000002'] } }],
		out: () =>
			['573000000001', '573000000002'].map((telephone) => ({
				sent: { type_call: 'inbound/outbound', telephones: telephone },
				code: 201,
				msg: '2 telephones were added',
				call: { number: 1, items: 2 },
			})),
		effect: (_before, after) => {
			expect(after.dnc).toEqual(
				['573000000001', '573000000002'].flatMap((telephone) => [
					{ telephone, type: 'inbound', days_block: '', via: 'configuration' },
					{ telephone, type: 'outbound', days_block: '', via: 'configuration' },
				]),
			);
		},
	},
	{
		resource: 'doNotCall',
		operation: 'campaign.add_dnc',
		title: "numbers blocked for days, Wolkvox's totals typed",
		parameters: () => ({ resource: 'doNotCall', operation: 'campaign.add_dnc' }),
		items: () => itemsOf([{ telephone: '573000000010', days_block: 15 }, { telephone: '573000000020', days_block: '30' }]),
		requests: () => [{ query: {}, body: [{ telephone: '573000000010', days_block: '15' }, { telephone: '573000000020', days_block: '30' }] }],
		out: () =>
			[
				{ telephone: '573000000010', days_block: '15' },
				{ telephone: '573000000020', days_block: '30' },
			].map((sent) => ({ sent, code: 201, msg: '2 telephones were added', data: { total_added: 2, total_rejected: 0, total_sent: 2 }, call: { number: 1, items: 2 } })),
		effect: (_before, after) => {
			expect(after.dnc).toEqual([
				{ telephone: '573000000010', type: 'outbound', days_block: '15', via: 'campaign' },
				{ telephone: '573000000020', type: 'outbound', days_block: '30', via: 'campaign' },
			]);
		},
	},
	{
		resource: 'doNotCall',
		operation: 'remove_dnc',
		title: 'two numbers removed from the inbound list only',
		before: async (sim) => call(sim, 'POST', 'configuration', { api: 'add_dnc' }, { type_call: 'inbound/outbound', telephones: ['573000000001', '573000000002', '573000000003'] }),
		parameters: () => ({ resource: 'doNotCall', operation: 'remove_dnc', type: 'inbound', telephones: '={{ $json.phone }}' }),
		items: () => itemsOf([{ phone: '573000000001' }, { phone: '573000000002' }]),
		requests: () => [{ query: {}, body: { type: 'inbound', telephones: ['573000000001', '573000000002'] } }],
		out: () =>
			['573000000001', '573000000002'].map((telephone) => ({
				sent: { type: 'inbound', telephones: telephone },
				code: 202,
				msg: '2 telephones were deleted',
				call: { number: 1, items: 2 },
			})),
		effect: (before, after) => {
			expect(before.dnc).toHaveLength(6);
			expect(after.dnc.map((e) => `${e.telephone} ${e.type}`)).toEqual(['573000000001 outbound', '573000000002 outbound', '573000000003 inbound', '573000000003 outbound']);
		},
	},
	{
		resource: 'doNotCall',
		operation: 'block_predictive_dnc',
		title: "two customers of a predictive campaign marked do-not-call in one call",
		parameters: () => ({ resource: 'doNotCall', operation: 'block_predictive_dnc', id_campaing: PREDICTIVE, id_cliente: '={{ $json.id }}' }),
		items: () => itemsOf(customers(PREDICTIVE, 2).map((id) => ({ id }))),
		requests: () => [{ query: {}, body: { id_campaing: PREDICTIVE, id_cliente: customers(PREDICTIVE, 2) } }],
		out: () =>
			customers(PREDICTIVE, 2).map((id) => ({
				sent: { id_campaing: PREDICTIVE, id_cliente: id },
				code: 202,
				msg: `${marked(PREDICTIVE, customers(PREDICTIVE, 2))} records were successfully marked as DO-NOT-CALL in campaign ${PREDICTIVE}`,
				call: { number: 1, items: 2 },
			})),
		effect: (_before, after) => {
			const ids = customers(PREDICTIVE, 2);
			expect(after.predictiveDnc).toEqual(ids.map((customer_id) => ({ campaign_id: PREDICTIVE, customer_id })));
			for (const r of recordsOf(after, PREDICTIVE).filter((r) => ids.includes(String(r.customer_id)))) expect(r.result).toBe('DO-NOT-CALL');
		},
	},
	{
		resource: 'doNotCall',
		operation: 'block_law2300',
		title: 'a number blocked under Law 2300',
		parameters: () => ({ resource: 'doNotCall', operation: 'block_law2300', telephone: '+57 300 111 2233', additionalFields: { nit: lawEntry.nit, customer_id: lawEntry.customer_id } }),
		items: () => itemsOf([{}]),
		requests: () => [{ query: {}, body: lawEntry }],
		out: () => [{ sent: lawEntry, code: 200, msg: 'The number has been blocked successfully' }],
		effect: (_before, after) => {
			expect(after.law2300).toEqual([lawEntry]);
		},
	},
	{
		resource: 'doNotCall',
		operation: 'free_law2300',
		title: 'a number released from Law 2300 by its telephone',
		before: async (sim) => call(sim, 'PUT', 'configuration', { api: 'block_law2300' }, lawEntry),
		parameters: () => ({ resource: 'doNotCall', operation: 'free_law2300', item: 'telephone', value: lawEntry.telephone, additionalFields: { nit: lawEntry.nit, agent_id: '12462' } }),
		items: () => itemsOf([{}]),
		requests: () => [{ query: {}, body: { nit: lawEntry.nit, item: 'telephone', value: lawEntry.telephone, agent_id: '12462' } }],
		out: () => [{ sent: { nit: lawEntry.nit, item: 'telephone', value: lawEntry.telephone, agent_id: '12462' }, code: 201, msg: 'Removed successfully' }],
		effect: (before, after) => {
			expect(before.law2300).toEqual([lawEntry]);
			expect(after.law2300).toEqual([]);
		},
	},
];

/** The most frequent dialer result among a seeded campaign's records: its stored spelling, its URL value, how many. */
function busiest(id: string): { result: string; param: string; value: string; count: number } {
	const counts = new Map<string, number>();
	for (const r of recordsOf(seeded, id)) if (r.result) counts.set(String(r.result), (counts.get(String(r.result)) ?? 0) + 1);
	const [result, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
	const param = result.toLowerCase().replace(/ /g, '-');
	return { result, param, value: result.replace(/ /g, '-'), count };
}

/** How many records of a campaign carry these customer IDs (copies included). */
const marked = (id: string, ids: string[]) => recordsOf(seeded, id).filter((r) => ids.includes(String(r.customer_id))).length;

const ENDPOINTS = new Map(ACTION_RESOURCES.flatMap((resource) => resource.endpoints.map((e) => [`${resource.value} ${optionOf(e)}`, e] as const)));

// SMS and WhatsApp (messaging.engine.test.ts) and Storage (storage.engine.test.ts) have suites of their own.
const ELSEWHERE = new Set(['sms', 'whatsapp', 'storage']);

it('every write of the catalog has a case here or in its own suite', () => {
	const writes = [...ENDPOINTS].filter(([key, e]) => e.write && !ELSEWHERE.has(key.split(' ')[0])).map(([key]) => key);
	expect([...new Set(CASES.map((c) => `${c.resource} ${c.operation}`))].sort()).toEqual(writes.sort());
});

describe.each(CASES)('$resource $operation: $title', (c) => {
	it('sends the request, changes the state, gives one paired item per input item', async () => {
		const endpoint = ENDPOINTS.get(`${c.resource} ${c.operation}`)!;
		const items = c.items();
		const { error, json, items: out, log, before, state } = await runWrite(c.parameters(), items, { before: c.before });
		expect(error).toBeUndefined();
		expect(log.map(requestOf)).toEqual(
			c.requests().map(({ query, body }) => ({ method: endpoint.method, path: opPath(endpoint), query: { api: endpoint.api, ...query }, body })),
		);
		c.effect(before, state);
		expect(json).toEqual(c.out().map((rest) => ({ outcome: c.outcome ?? endpoint.write!.outcome, ...rest })));
		expect(pairsOf(out)).toEqual(items.map((_, index) => index));
		// Retry On Fail repeats a node whose first item has `error`: a success never carries one.
		for (const item of json) expect(item).not.toHaveProperty('error');
	});
});

describe('the lookups: one request per item (a window each for detail), their rows paired to it', () => {
	const seededRows = (id: string) => recordsOf(seeded, id);

	it.each([true, false])('find_record by campaign or customer ID, Simplify %p', async (simplify) => {
		const target = seededRows(PREDICTIVE).find((r) => r.conn_id !== '')!;
		const parameters = {
			resource: 'campaign',
			operation: 'find_record',
			campaign_id: '={{ $json.campaign }}',
			customer_id: '={{ $json.customer }}',
			returnAll: true,
			simplify,
		};
		const { error, json, items, log } = await runWrite(parameters, itemsOf([{ campaign: PREDICTIVE }, { customer: String(target.customer_id) }]));
		expect(error).toBeUndefined();
		expect(log.map(requestOf)).toEqual([
			{ method: 'GET', path: '/api/v2/campaign.php', query: { api: 'find_record', campaign_id: PREDICTIVE }, body: undefined },
			{ method: 'GET', path: '/api/v2/campaign.php', query: { api: 'find_record', customer_id: String(target.customer_id) }, body: undefined },
		]);
		const count = seededRows(PREDICTIVE).length;
		expect(pairsOf(items)).toEqual(json.map((_, k) => (k < count ? 0 : 1)));
		expect(json.slice(0, count).map((row) => row.customer_id)).toEqual(seededRows(PREDICTIVE).map((r) => r.customer_id));
		const found = json.slice(count);
		expect(found.length).toBeGreaterThan(0);
		expect(found.map((row) => row.customer_id)).toEqual(found.map(() => target.customer_id));
		expect(found[0]).toMatchObject(
			simplify
				? { campaign_id: PREDICTIVE, calls: Number(target.calls), date: `${String(target.date).replace(' ', 'T')}-05:00`, result: target.result }
				: { campaign_id: PREDICTIVE, calls: String(target.calls), date: target.date, result: target.result },
		);
	});

	it.each([true, false])('detail over 40 days: two windows, the dialled records in them, Simplify %p', async (simplify) => {
		const parameters = {
			resource: 'campaign',
			operation: 'detail',
			type_campaign: 'predictive',
			campaign_id: PREDICTIVE,
			period: 'custom',
			startDate: '2026-10-15T00:00:00',
			endDate: '2026-11-23',
			returnAll: true,
			simplify,
		};
		const { error, json, items, log } = await runWrite(parameters);
		expect(error).toBeUndefined();
		expect(log.map((entry) => entry.query)).toEqual([
			{ api: 'detail', type_campaign: 'predictive', campaign_id: PREDICTIVE, detail: 'default', date_ini: '20261015000000', date_end: '20261114235959' },
			{ api: 'detail', type_campaign: 'predictive', campaign_id: PREDICTIVE, detail: 'default', date_ini: '20261115000000', date_end: '20261123235959' },
		]);
		const dialled = seededRows(PREDICTIVE).filter((r) => r.conn_id !== '');
		expect(dialled.length).toBeGreaterThan(0);
		expect(json.map((row) => row.customer_id).sort()).toEqual(dialled.map((r) => r.customer_id).sort());
		expect(pairsOf(items)).toEqual(json.map(() => 0));
		const row = json.find((r) => r.customer_id === dialled[0].customer_id)!;
		expect(row).toMatchObject(simplify ? { calls: Number(dialled[0].calls), recall_count: 0, result: dialled[0].result } : { calls: String(dialled[0].calls), recall_count: '0', result: dialled[0].result });
	});

	it.each([true, false])('campaign_15 gives every record from `records`, Simplify %p', async (simplify) => {
		const { error, json, items, log } = await runWrite({ resource: 'campaign', operation: 'campaign_15', campaign_id: PREVIEW, returnAll: true, simplify });
		expect(error).toBeUndefined();
		expect(log.map(requestOf)).toEqual([{ method: 'GET', path: '/api/v2/campaign.php', query: { api: 'campaign_15', campaign_id: PREVIEW }, body: undefined }]);
		expect(json.map((row) => row.id_cliente)).toEqual(seededRows(PREVIEW).map((r) => r.customer_id));
		expect(pairsOf(items)).toEqual(json.map(() => 0));
		const first = seededRows(PREVIEW)[0];
		expect(json[0]).toMatchObject(
			simplify
				? { nombre_cliente: first.customer_name, edad: Number(first.age), llamadas: Number(first.calls), tel1: first.tel1 }
				: { nombre_cliente: first.customer_name, edad: String(first.age), llamadas: String(first.calls), tel1: first.tel1 },
		);
	});

	it('find_record by phone finds a record added before, by its tel3, once', async () => {
		const { json } = await runWrite(
			{ resource: 'campaign', operation: 'find_record', customer_phone: '573001234567', returnAll: true },
			itemsOf([{}]),
			{ before: async (sim) => call(sim, 'POST', 'campaign', { api: 'add_record', type_campaign: 'preview', campaign_id: PREVIEW }, [{ customer_id: 'X-9', tel3: '573001234567' }]) },
		);
		expect(json).toEqual([expect.objectContaining({ customer_id: 'X-9', tel3: '573001234567', campaign_id: PREVIEW })]);
	});
});

describe("outcomes from Wolkvox's totals (Add Numbers for Days counts what it took)", () => {
	const parameters = { resource: 'doNotCall', operation: 'campaign.add_dnc' };
	const onList = async (sim: Simulator) => call(sim, 'POST', 'campaign', { api: 'add_dnc' }, [{ telephone: '573000000010', days_block: '5' }]);

	it('some numbers rejected: every item of the call is unconfirmed (Wolkvox does not say which)', async () => {
		const { error, json, state } = await runWrite(parameters, itemsOf([{ telephone: '573000000010', days_block: 15 }, { telephone: '573000000020', days_block: 30 }]), { before: onList });
		expect(error).toBeUndefined();
		expect(json.map((item) => [item.outcome, item.data])).toEqual([
			['unconfirmed', { total_added: 1, total_rejected: 1, total_sent: 2 }],
			['unconfirmed', { total_added: 1, total_rejected: 1, total_sent: 2 }],
		]);
		for (const item of json) expect(item).not.toHaveProperty('error');
		expect(state.dnc.map((e) => [e.telephone, e.days_block])).toEqual([
			['573000000010', '5'],
			['573000000020', '30'],
		]);
	});

	it('every number rejected: the items are rejected, and still no `error` key', async () => {
		const { error, json } = await runWrite(parameters, itemsOf([{ telephone: '573000000010', days_block: 15 }]), { before: onList });
		expect(error).toBeUndefined();
		expect(json).toEqual([
			{
				outcome: 'rejected',
				sent: { telephone: '573000000010', days_block: '15' },
				code: 201,
				msg: '0 telephones were added',
				data: { total_added: 0, total_rejected: 1, total_sent: 1 },
				call: { number: 1, items: 1 },
			},
		]);
	});
});
