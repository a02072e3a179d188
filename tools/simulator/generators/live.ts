// real_time.php (what is happening "now", the simulator clock) and information.php (the account's
// configuration). Rows are rendered from the fixture's documented fields; the account entities come
// from ACCOUNT, and the live traffic is the same traffic the reports show (calls_last_10 and
// hits_last_hour are cdr_1's calls, real_time agents/skills total today's report activity).

import { ACCOUNT, agentsOfSkill, type Agent, type LiveCampaign } from '../account';
import type { LiveLists } from '../state';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../clock';
import type { FixtureEndpoint } from '../fixture';
import { fmtPercent } from '../formats';
import { hash32, unit } from '../rng';
import { EVENT_RATES, filtersFrom, forEachEvent, reportRecipe, reportRows, type ReportRecipe } from './reports';
import { hourLoad } from './traffic';
import { pick, fieldRecipe, renderRow, type Binding, type FieldRecipe, type WireRow } from './values';

export interface LiveContext {
	seed: number;
	/** Wall ms. */
	now: number;
	query: URLSearchParams;
	limit: number;
	/** The state's campaigns (created, deleted, started, stopped); ACCOUNT's when absent. */
	campaigns?: ReadonlyArray<LiveCampaign>;
	/** The state's do-not-call and Law 2300 lists (what the writes left). */
	lists?: LiveLists;
}

type Builder = (ep: FixtureEndpoint, ctx: LiveContext) => WireRow[];

const minuteKey = (now: number) => Math.floor(now / MINUTE_MS);
const dayStart = (now: number) => Math.floor(now / DAY_MS) * DAY_MS;
const fields = (ep: FixtureEndpoint) => ep.fields.map(fieldRecipe);
const bind = (ep: FixtureEndpoint, ctx: LiveContext, key: string, extra: Partial<Binding> = {}): Binding => ({ seed: ctx.seed, api: ep.api, key, ...extra });

/** A seeded instant in the `days` before now (last_use, created_at…), whole seconds. */
function before(ctx: LiveContext, salt: string, days: number): number {
	return Math.floor((ctx.now - unit(ctx.seed, 'before', salt) * days * DAY_MS) / 1000) * 1000;
}

/** Today's report activity per group (agents, skills) as of now: the reports' aggregate model. */
function today(ep: FixtureEndpoint, ctx: LiveContext, query: URLSearchParams = ctx.query): WireRow[] {
	const recipe: ReportRecipe = reportRecipe(ep);
	return reportRows(recipe, { seed: ctx.seed, ini: dayStart(ctx.now), end: ctx.now, now: ctx.now, limit: ctx.limit, filters: filtersFrom(ep, query) });
}

function connectedAgents(ctx: LiveContext): Agent[] {
	if (hourLoad(Math.floor(ctx.now / HOUR_MS) * HOUR_MS) <= 0) return [];
	return ACCOUNT.agents.filter((a) => a.enabled === 'yes' && unit(ctx.seed, 'online', a.agent_id, Math.floor(ctx.now / HOUR_MS)) < 0.8);
}

const STATES = ['READY', 'TALK', 'TALK', 'ACW', 'RING', 'Break', 'Almuerzo'];

const realTime: Record<string, Builder> = {
	agents: (ep, ctx) => {
		const online = new Set(connectedAgents(ctx).map((a) => a.agent_id));
		const m = minuteKey(ctx.now);
		return today(ep, ctx).filter((r) => online.has(String(r.agent_id))).map((r) => ({
			...r,
			agent_status: pick(STATES, hash32(ctx.seed, 'state', r.agent_id as string, m)),
			time_state_now: String(hash32(ctx.seed, 'state-for', r.agent_id as string, m) % 900),
		}));
	},
	calls_last_10: (ep, ctx) => recentCalls(ep, ctx, 10 * MINUTE_MS, () => true, {}),
	hits_last_hour: (ep, ctx) => recentCalls(ep, ctx, HOUR_MS, (b) => b.code?.hit === 'yes', { hit: 'yes' }),
	info_server: (ep, ctx) => {
		const m = minuteKey(ctx.now);
		const u = (s: string) => unit(ctx.seed, 'server', s, m);
		const avg = 8 + 60 * hourLoad(Math.floor(ctx.now / HOUR_MS) * HOUR_MS) * (0.7 + 0.3 * u('cpu'));
		let calls = 0;
		forEachEvent(ctx.seed, 'cdr_1', EVENT_RATES.cdr_1, { ini: ctx.now - 5 * MINUTE_MS, end: ctx.now, now: ctx.now, filters: {} }, () => {
			calls++;
			return true;
		});
		const overrides = {
			cpu_avg_10s: fmtPercent(avg), cpu_max_10s: fmtPercent(Math.min(100, avg + 5 + 20 * u('max'))), cpu_min_10s: fmtPercent(Math.max(0, avg - 3 - 5 * u('min'))),
			ram: fmtPercent(35 + 40 * u('ram')), calls: String(calls), connected_agents: String(connectedAgents(ctx).length),
		};
		return [renderRow(fields(ep), bind(ep, ctx, `m${m}`, { overrides }))];
	},
	latency: (ep, ctx) => {
		const m = minuteKey(ctx.now);
		const list = (name: string): FieldRecipe[] => (ep.fields.find((f) => f.name === name)?.children ?? []).map(fieldRecipe);
		const agents = connectedAgents(ctx);
		const ips = ['190.24.8.17', '181.51.33.120', '186.155.2.9'];
		const ipOf = (a: Agent) => pick(ips, hash32(ctx.seed, 'ip', a.agent_id));
		const byAgent = agents.map((a) => renderRow(list('by_agent'), bind(ep, ctx, `${a.agent_id}.${m}`, {
			agent: a, time: ctx.now - (hash32(ctx.seed, 'last', a.agent_id, m) % 600) * 1000,
			overrides: { ip: ipOf(a), agent_status: pick(STATES, hash32(ctx.seed, 'state', a.agent_id, m)) },
		})));
		const byIp = ips.filter((ip) => agents.some((a) => ipOf(a) === ip)).map((ip) => renderRow(list('by_ip'), bind(ep, ctx, `${ip}.${m}`, {
			overrides: { ip, total_agents: String(agents.filter((a) => ipOf(a) === ip).length) },
		})));
		const byPbx = [0, 1].map((i) => renderRow(list('by_pbx'), bind(ep, ctx, `pbx${i}.${m}`, { overrides: { user: `pbx${201 + i}`, status: i ? 'busy' : 'available' } })));
		if (!agents.length) return [];
		return [{ by_agent: byAgent, by_ip: byIp, by_pbx: byPbx }];
	},
	skills: (ep, ctx) => {
		const m = minuteKey(ctx.now);
		const rows = today(ep, ctx).map((r) => ({ ...r, calls_in_queue_now: String(hash32(ctx.seed, 'queue', r.skill_id as string, m) % 6) }));
		return rows.map((r) => withServiceLevel(r, ctx, 'service_level_30seg'));
	},
	campaigns: (ep, ctx) => {
		const fs = fields(ep);
		// The state's campaigns and statuses (started/stopped through campaign.php); the dialling figures stay seeded.
		return (ctx.campaigns ?? ACCOUNT.campaigns).map((c) => {
			const key = `${c.campaign_id}.${minuteKey(ctx.now)}`;
			const records = 800 + (hash32(ctx.seed, 'records', c.campaign_id) % 9000);
			const dial = Math.floor(records * (0.2 + 0.6 * unit(ctx.seed, 'dial', c.campaign_id, dayStart(ctx.now))));
			const pct = (100 * dial) / records;
			return renderRow(fs, bind(ep, ctx, key, {
				campaign: c, skill: ACCOUNT.skills.find((s) => s.skill_id === c.skill_id),
				overrides: {
					// Inferred composite: "ID, nombre y porcentaje de marcación según el teléfono".
					campaign: `${c.campaign_id} - ${c.campaign_name} - phone1: ${fmtPercent(pct)}`,
					status: c.status.toLowerCase(), skill_id: c.skill_id, records: String(records), clean: String(records - dial), dial: String(dial),
					penetration_day: fmtPercent(pct), penetration_now: fmtPercent(pct * (0.1 + 0.2 * unit(ctx.seed, 'now', key))),
				},
			}));
		});
	},
	chats: (ep, ctx) => activeLists(ep, ctx, 'active_chats', 3),
	interactions: (ep, ctx) => activeLists(ep, ctx, 'active_interactions', 2),
	recall: (ep, ctx) => {
		const type = ctx.query.get('type') || 'all';
		const fs = fields(ep);
		const rows: WireRow[] = [];
		// Inferred: 24 recalls scheduled over the next three days from today, whole minutes.
		for (let i = 0; i < 24; i++) {
			const key = `recall${dayStart(ctx.now)}.${i}`;
			const recallType = pick(['auto', 'manual'], hash32(ctx.seed, 'recall-type', key));
			if (type !== 'all' && type !== recallType) continue;
			const at = dayStart(ctx.now) + (8 * 60 + (hash32(ctx.seed, 'recall-at', key) % (3 * 24 * 60))) * MINUTE_MS;
			if (at <= ctx.now) continue;
			const campaign = pick(ACCOUNT.campaigns, hash32(ctx.seed, 'recall-campaign', key));
			const agent = pick(agentsOfSkill(campaign.skill_id).length ? agentsOfSkill(campaign.skill_id) : ACCOUNT.agents, hash32(ctx.seed, 'recall-agent', key));
			rows.push(renderRow(fs, bind(ep, ctx, key, { time: at, campaign, agent, overrides: { type_recall: recallType } })));
		}
		return rows.sort((a, b) => String(a.date_recall).localeCompare(String(b.date_recall)));
	},
};

/** services_time=N adds service_level_Nseg; without it (or with 10/20/30) service_level_0seg "0 %" (documented). */
export function withServiceLevel(row: WireRow, ctx: LiveContext, after: string): WireRow {
	const n = Number(ctx.query.get('services_time') ?? '');
	const custom = Number.isInteger(n) && n > 0 && ![10, 20, 30].includes(n);
	const name = `service_level_${custom ? n : 0}seg`;
	const value = custom ? fmtPercent(Math.min(100, 50 + n / 2 + 20 * unit(ctx.seed, 'sl', String(row.skill_id ?? row.skill_name), n))) : '0 %';
	const out: WireRow = {};
	for (const [k, v] of Object.entries(row)) {
		out[k] = v;
		if (k === after) out[name] = value;
	}
	return out;
}

function recentCalls(ep: FixtureEndpoint, ctx: LiveContext, spanMs: number, keep: (b: Binding) => boolean, overrides: Record<string, string>): WireRow[] {
	const fs = fields(ep);
	const rows: WireRow[] = [];
	forEachEvent(ctx.seed, 'cdr_1', EVENT_RATES.cdr_1, { ini: ctx.now - spanMs + 1000, end: ctx.now, now: ctx.now, filters: {} }, (b) => {
		// Rendered as cdr_1's calls (same identity), so conn_id and customer match the CDR.
		if (keep(b)) rows.push(renderRow(fs, { ...b, overrides }));
		return rows.length < ctx.limit;
	});
	return rows;
}

/** real_time chats / interactions: per connected agent with work open, its open items and messages. */
function activeLists(ep: FixtureEndpoint, ctx: LiveContext, listName: string, most: number): WireRow[] {
	const fs = fields(ep);
	const list = fs.find((f) => f.name === listName);
	const m = minuteKey(ctx.now);
	const rows: WireRow[] = [];
	for (const agent of connectedAgents(ctx)) {
		const n = hash32(ctx.seed, ep.api, 'open', agent.agent_id, m) % (most + 2) - 1;
		if (n <= 0 || !list?.children) continue;
		const items = Array.from({ length: n }, (_, i) => {
			const key = `${agent.agent_id}.${m}.${i}`;
			const start = ctx.now - (60 + (hash32(ctx.seed, ep.api, 'age', key) % 900)) * 1000;
			const b = bind(ep, ctx, key, { agent, time: start, connector: pick(ACCOUNT.connectors, hash32(ctx.seed, 'conn', key)) });
			const conversation = list.children?.find((c) => c.children);
			if (conversation?.children) {
				const k = 1 + (hash32(ctx.seed, ep.api, 'msgs', key) % 4);
				b.children = {
					[conversation.name]: Array.from({ length: k }, (_, j) => renderRow(conversation.children ?? [], {
						...b, key: `${key}.${j}`, time: start + j * 40_000, overrides: { from: j % 2 ? 'agent' : 'customer' },
					})),
				};
				b.overrides = { channel: b.connector?.channel ?? 'whatsapp' };
			}
			return renderRow(list.children ?? [], b);
		});
		rows.push(renderRow(fs, bind(ep, ctx, `${agent.agent_id}.${m}`, { agent, children: { [listName]: items } })));
	}
	return rows;
}

// ---- information.php --------------------------------------------------------------------------

const information: Record<string, Builder> = {
	routing_points: (ep, ctx) => {
		const only = ctx.query.get('routing');
		return ACCOUNT.routingPoints.filter((r) => !only || r.rp_id === only).map((rp) => renderRow(fields(ep), bind(ep, ctx, rp.rp_id, {
			rp, time: before(ctx, rp.rp_id, 3),
			overrides: { ivr_active: rp.ivr_active, chat_active: rp.chat_active, interaction_active: rp.interaction_active, crm_active: rp.crm_active },
		})));
	},
	skills: (ep, ctx) => {
		const only = ctx.query.get('skill');
		return ACCOUNT.skills.filter((s) => !only || s.skill_id === only).map((skill) => renderRow(fields(ep), bind(ep, ctx, skill.skill_id, { skill, time: before(ctx, skill.skill_id, 2) })));
	},
	campaigns: (ep, ctx) => {
		const only = ctx.query.get('campaign');
		const live = (c: (typeof ACCOUNT.campaigns)[number]) => ctx.campaigns?.find((x) => x.campaign_id === c.campaign_id);
		return (ctx.campaigns ?? ACCOUNT.campaigns).filter((c) => !only || c.campaign_id === only).map((campaign) => renderRow(fields(ep), bind(ep, ctx, campaign.campaign_id, {
			campaign, skill: ACCOUNT.skills.find((s) => s.skill_id === campaign.skill_id), time: before(ctx, campaign.campaign_id, 10),
			overrides: {
				status: campaign.status, dial_mode: campaign.dial_mode, turbo_dial: campaign.turbo_dial,
				records: String(live(campaign)?.records ?? 800 + (hash32(ctx.seed, 'records', campaign.campaign_id) % 9000)),
				speed: live(campaign)?.speed ?? String(1 + (hash32(ctx.seed, 'speed', campaign.campaign_id) % 5)),
				recycled: String(hash32(ctx.seed, 'recycled', campaign.campaign_id) % 4),
			},
		})));
	},
	agents: (ep, ctx) => {
		const only = ctx.query.get('agent');
		const online = new Set(connectedAgents(ctx).map((a) => a.agent_id));
		return ACCOUNT.agents.filter((a) => !only || a.agent_id === only).map((agent) => renderRow(fields(ep), bind(ep, ctx, agent.agent_id, {
			agent, time: before(ctx, agent.agent_id, agent.enabled === 'yes' ? 1 : 60),
			overrides: { enabled: agent.enabled, agent_status: online.has(agent.agent_id) ? 'connected' : 'disconnected' },
		})));
	},
	connectors: (ep, ctx) => ACCOUNT.connectors.map((connector) => renderRow(fields(ep), bind(ep, ctx, connector.connector_id, {
		connector, rp: ACCOUNT.routingPoints.find((r) => r.rp_id === connector.rp_id), overrides: { name: connector.name, channel: connector.channel },
	}))),
	services: (ep, ctx) => [renderRow(fields(ep), bind(ep, ctx, 'services', {
		overrides: { licenses: String(ACCOUNT.agents.length + 6), pbx: '4', whatsapp: 'yes', chat_web: 'yes', speech_analytics: 'yes', mr_wizard: 'yes', customer_prot: 'yes' },
	}))],
	agents_in_skill: (ep, ctx) => {
		const skillId = ctx.query.get('skill_id') ?? '';
		const skill = ACCOUNT.skills.find((s) => s.skill_id === skillId);
		return agentsOfSkill(skillId).map((agent) => renderRow(fields(ep), bind(ep, ctx, `${skillId}.${agent.agent_id}`, {
			agent, skill, time: before(ctx, agent.agent_id, agent.enabled === 'yes' ? 1 : 60),
			overrides: { expertise: String(1 + (hash32(ctx.seed, 'expertise', skillId, agent.agent_id) % 10)) },
		})));
	},
	activity_codes: (ep, ctx) => {
		const only = ctx.query.get('cod_act');
		return ACCOUNT.activityCodes.filter((c) => !only || c.cod_act === only).map((code) => renderRow(fields(ep), bind(ep, ctx, code.cod_act, {
			code, overrides: { hit: code.hit, rpc: code.rpc, chat: code.chat, studio: code.studio, voice: code.voice, interactions: code.interactions },
		})));
	},
	get_dnc: (ep, ctx) => {
		const type = ctx.query.get('type') ?? '';
		const rows: WireRow[] = [];
		// Inferred: 16 numbers on the do-not-call list, added over the last 90 days.
		for (let i = 0; i < 16; i++) {
			const key = `dnc${i}`;
			const kind = pick(['inbound', 'outbound'], hash32(ctx.seed, 'dnc-type', i));
			if (type !== 'all' && type !== kind) continue;
			rows.push(renderRow(fields(ep), bind(ep, ctx, key, { time: before(ctx, key, 90), overrides: { type: kind } })));
		}
		// Then the numbers the writes put on the lists, as they are now.
		for (const entry of ctx.lists?.dnc ?? []) {
			if (type !== 'all' && type !== entry.type) continue;
			const key = `dnc.${entry.type}.${entry.telephone}`;
			rows.push(renderRow(fields(ep), bind(ep, ctx, key, { time: ctx.now, overrides: { phone_number: entry.telephone, type: entry.type } })));
		}
		return rows;
	},
	law2300_info: (ep, ctx) => {
		const phone = ctx.query.get('phone') ?? '';
		const nit = ctx.query.get('nit') ?? '';
		// What the writes did decides: blocked → protected, freed → no record (404).
		const same = (e: { nit: string; telephone: string }) => e.nit === nit && e.telephone === phone;
		const blocked = ctx.lists?.law2300.some(same) ?? false;
		if (!blocked && ctx.lists?.law2300Freed.some(same)) return [];
		// Inferred, for numbers no write touched: three in four are protected; the others have no record (404).
		if (!blocked && hash32(ctx.seed, 'law2300', nit, phone) % 4 === 0) return [];
		return [renderRow(fields(ep), bind(ep, ctx, `${nit}.${phone}`, { time: before(ctx, `${nit}.${phone}`, 30), overrides: { phone_number: phone } }))];
	},
	get_ip: (ep, ctx) => ['190.24.8.17', '181.51.33.120', '200.69.101.4'].map((ip, i) => renderRow(fields(ep), bind(ep, ctx, ip, {
		time: before(ctx, ip, 5), overrides: { operation: 'sim_operation', ip, type_ip: i === 2 ? 'temporal' : 'permanente' },
	}))),
	storage: (ep, ctx) => [renderRow(fields(ep), bind(ep, ctx, `storage${dayStart(ctx.now)}`))],
	audio_list: (ep, ctx) => Array.from({ length: 6 }, (_, i) => renderRow(fields(ep), bind(ep, ctx, `audio${i}`, {
		time: before(ctx, `audio${i}`, 180), overrides: { audio_id: String(7001 + i) },
	}))),
};

/** The builder of a real_time or undated information endpoint, if it has one. */
export function liveBuilder(script: string, api: string): Builder | undefined {
	if (script === 'real_time') return realTime[api];
	if (script === 'information') return information[api];
	return undefined;
}
