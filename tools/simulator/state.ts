// The simulator's mutable operation: campaigns with their records, the do-not-call list, Law 2300
// blocks and predictive-DNC marks. Seeded from ACCOUNT and the seed (invented records, as everything the
// account holds); the write endpoints (writes.ts) change it and reset() seeds it again.

import { ACCOUNT, type Campaign, type LiveCampaign } from './account';
import { DAY_MS, formatSql } from './clock';
import { MessagingState, type MessagingSnapshot } from './messaging';
import { hash32, unit } from './rng';
import { seededFiles, type StoredFile } from './storage';

/** The record fields add_record accepts (collection "2.1"/"2.2" bodies) and the exports show. */
export const RECORD_FIELDS = [
	'customer_name', 'customer_last_name', 'id_type', 'customer_id', 'age', 'gender', 'country', 'state', 'city', 'zone', 'address',
	...Array.from({ length: 12 }, (_, i) => `opt${i + 1}`),
	...Array.from({ length: 10 }, (_, i) => `tel${i + 1}`),
	'tel_extra', 'email', 'recall_date', 'recall_telephone', 'agent_id',
] as const;

export const PHONE_FIELDS = [...Array.from({ length: 10 }, (_, i) => `tel${i + 1}`), 'tel_extra'];

/** One record of a campaign: the fields as received (never copied) plus what the dialer and the writes did to it. */
export interface CampaignRecord {
	/** The uploaded object itself; the log holds the same reference. */
	readonly fields: Readonly<Record<string, unknown>>;
	customer_id: string;
	agent_id: string;
	/** '' = not dialled yet; ANSWER, NO ANSWER, BUSY…; CLEAN after recall_records; DO-NOT-CALL. */
	result: string;
	cod_act: string;
	cod_act_2: string;
	comments: string;
	recall_date: string;
	recall_telephone: string;
	recall_count: number;
	calls: number;
	conn_id: string;
	/** When the record was last managed (dialled or coded), `YYYY-MM-DD HH:MM:SS` on the wall clock; '' = never. */
	date: string;
}

export interface CampaignState extends Campaign {
	speed: string;
	enable_edition: 'yes' | 'no';
	start_time: string;
	end_time: string;
	amd_conf: string;
	routing_recall: 'yes' | 'no';
	camp_dial_order: 'linear' | 'zigzag' | 'random';
	optional_labels: Record<string, string>;
	filter: CampaignFilter | null;
	records: CampaignRecord[];
}

export interface CampaignFilter {
	filter_active: 'yes' | 'no';
	connector: 'and' | 'or';
	filters: Array<{ field: string; operator: string; value: string }>;
}

export interface DncEntry {
	telephone: string;
	/** One entry per list: "inbound/outbound" and "all" add one to each. */
	type: 'inbound' | 'outbound';
	/** campaign.php add_dnc's block period; '' when added through configuration.php. */
	days_block: string;
	via: 'campaign' | 'configuration';
}

export interface Law2300Entry {
	nit: string;
	telephone: string;
	customer_id: string;
}

export interface PredictiveDncMark {
	campaign_id: string;
	customer_id: string;
}

/** What `sim.state` and `GET /__sim/state` show: plain copies, changing them changes nothing. */
export interface LiveLists {
	dnc: ReadonlyArray<DncEntry>;
	law2300: ReadonlyArray<Law2300Entry>;
	law2300Freed: ReadonlyArray<Law2300Entry>;
}

export interface StateSnapshot extends MessagingSnapshot {
	campaigns: Array<Omit<CampaignState, 'records'> & { records: Array<Record<string, unknown>> }>;
	dnc: DncEntry[];
	law2300: Law2300Entry[];
	predictiveDnc: PredictiveDncMark[];
	/** wolkvox Storage's files (storage.ts). */
	files: StoredFile[];
}

/** Results a managed seeded record can have (the values clear_campaign's `result` names, spelled as exports show them). */
export const RESULTS = ['ANSWER', 'NO ANSWER', 'ANSWER MACHINE', 'BUSY', 'ABANDON', 'FAILED', 'CONGESTION', 'CHANUNAVAIL'] as const;

const FIRST = ['Juan', 'María', 'Carlos', 'Luisa', 'Andrés', 'Paola', 'Jorge', 'Diana', 'Felipe', 'Camila'];
const LAST = ['Gómez', 'Rodríguez', 'Martínez', 'López', 'García', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Díaz'];
const CITIES = ['Medellín', 'Bogotá', 'Cali', 'Barranquilla', 'Cartagena'];

export class SimState {
	campaigns: CampaignState[] = [];
	dnc: DncEntry[] = [];
	law2300: Law2300Entry[] = [];
	/** Law 2300 entries freed since the reset: a lookup of one says it is not protected. */
	law2300Freed: Law2300Entry[] = [];
	predictiveDnc: PredictiveDncMark[] = [];
	/** create_campaign's next ID; never reused after a delete. */
	nextCampaignId = 0;
	files: StoredFile[] = [];
	/** Makes each upload's id unique within one wall-clock millisecond. */
	nextFileId = 0;
	/** SMS and WhatsApp deliveries, templates, chats, speech requests (messaging.ts). */
	readonly messaging = new MessagingState();

	constructor(private readonly seed: number, private readonly nowWall: () => number) {
		this.reset();
	}

	/** The seeded state: ACCOUNT's campaigns, a few records each (some already dialled), empty lists. */
	reset(): void {
		const now = this.nowWall();
		this.campaigns = ACCOUNT.campaigns.map((c) => ({
			...c,
			speed: String(1 + (hash32(this.seed, 'speed', c.campaign_id) % 5)),
			enable_edition: 'no',
			start_time: c.type_campaign === 'predictive' ? '08:00:00' : '',
			end_time: c.type_campaign === 'predictive' ? '18:00:00' : '',
			amd_conf: 'default',
			routing_recall: 'no',
			camp_dial_order: 'linear',
			optional_labels: {},
			filter: null,
			records: seededRecords(this.seed, c, now),
		}));
		this.dnc = [];
		this.law2300 = [];
		this.law2300Freed = [];
		this.predictiveDnc = [];
		this.files = seededFiles(now);
		this.nextFileId = 0;
		this.messaging.reset();
		this.nextCampaignId = Math.max(...ACCOUNT.campaigns.map((c) => Number(c.campaign_id))) + 1;
	}

	campaign(id: string | null | undefined): CampaignState | undefined {
		return this.campaigns.find((c) => c.campaign_id === id);
	}

	/** The campaigns as information.php lists them. */
	/** What information.php get_dnc and law2300_info read: the lists as the writes left them. */
	liveLists(): LiveLists {
		return { dnc: this.dnc, law2300: this.law2300, law2300Freed: this.law2300Freed };
	}

	liveCampaigns(): LiveCampaign[] {
		return this.campaigns.map(({ records, ...c }) => ({ ...c, records: records.length }));
	}

	snapshot(): StateSnapshot {
		return {
			campaigns: this.campaigns.map((c) => ({
				...c, optional_labels: { ...c.optional_labels },
				filter: c.filter && { ...c.filter, filters: c.filter.filters.map((f) => ({ ...f })) },
				records: c.records.map(recordView),
			})),
			dnc: this.dnc.map((e) => ({ ...e })),
			law2300: this.law2300.map((e) => ({ ...e })),
			predictiveDnc: this.predictiveDnc.map((e) => ({ ...e })),
			files: this.files.map((f) => ({ ...f })),
			...this.messaging.snapshot(),
		};
	}
}

/** A record as one flat object: its uploaded fields, then the state's columns. */
export function recordView(r: CampaignRecord): Record<string, unknown> {
	const { fields, ...rest } = r;
	return { ...fields, ...rest };
}

/** A text field of the uploaded record ('' when absent; numbers as sent are spelled as strings). */
export function field(r: CampaignRecord, name: string): string {
	if (name === 'result') return r.result;
	const v = r.fields[name];
	return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
}

/** A new record as add_record stores it: nothing dialled yet. */
export function newRecord(fields: Readonly<Record<string, unknown>>): CampaignRecord {
	const text = (k: string) => (typeof fields[k] === 'string' || typeof fields[k] === 'number' ? String(fields[k]) : '');
	return {
		fields, customer_id: text('customer_id'), agent_id: text('agent_id'), result: '', cod_act: '', cod_act_2: '', comments: '',
		recall_date: text('recall_date'), recall_telephone: text('recall_telephone'), recall_count: 0, calls: 0, conn_id: '', date: '',
	};
}

function seededRecords(seed: number, c: Campaign, now: number): CampaignRecord[] {
	const n = 6 + (hash32(seed, 'seed-records', c.campaign_id) % 6);
	const codes = ACCOUNT.activityCodes.filter((a) => a.type_code === 'cod_act1');
	return Array.from({ length: n }, (_, i) => {
		const h = (salt: string) => hash32(seed, salt, c.campaign_id, i);
		const fields: Record<string, string> = {
			customer_name: FIRST[h('first') % FIRST.length],
			customer_last_name: LAST[h('last') % LAST.length],
			id_type: 'CC',
			customer_id: String(1_000_000_000 + (h('id') % 99_000_000)),
			age: String(20 + (h('age') % 50)),
			gender: h('gender') % 2 ? 'F' : 'M',
			country: 'COL',
			state: '',
			city: CITIES[h('city') % CITIES.length],
			tel1: `3${String(h('tel') % 1_000_000_000).padStart(9, '0')}`,
			email: '',
		};
		const r = newRecord(fields);
		// Two records in three were dialled in the three days before the state was seeded.
		if (h('dialled') % 3 !== 0) {
			const at = Math.floor((now - unit(seed, 'seed-at', c.campaign_id, i) * 3 * DAY_MS) / 1000) * 1000;
			r.calls = 1 + (h('calls') % 3);
			r.result = RESULTS[h('result') % RESULTS.length];
			r.date = formatSql(at);
			r.conn_id = `${c.campaign_id}.${Math.floor(at / 1000)}.${i}`;
			if (r.result === 'ANSWER') r.cod_act = codes[h('code') % codes.length].cod_act;
			const agents = ACCOUNT.agents.filter((a) => a.skills.includes(c.skill_id));
			if (agents.length) r.agent_id = agents[h('agent') % agents.length].agent_id;
		}
		return r;
	});
}
