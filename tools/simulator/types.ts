// Public types and defaults of the Wolkvox simulator.

import type { StateSnapshot } from './state';

export type HourField = 'date' | 'day' | 'alternate';

export interface SimulatorOptions {
	/** Always 127.0.0.1: anything that is not loopback is refused. */
	host?: string;
	/** 0 = ephemeral port. */
	port?: number;
	/** Serve HTTPS with a self-signed certificate made at start (CN/SAN 127.0.0.1, localhost). */
	https?: boolean;
	/** The one valid `wolkvox-token`. */
	token?: string;
	/** Seed of every generated value. */
	seed?: number;
	/** The operation's zone: "now", billing dates and the quota day are read in it (docs/wolkvox-api.md#dates: GMT-5). */
	timezone?: string;
	/** The simulator's clock; tests pin it. `POST /__sim/clock` moves it (see README). */
	now?: () => Date;
	/**
	 * Late-arriving rows (default 0 = none): an event row becomes visible a deterministic 0…N minutes
	 * after its instant, and diagram_1_2's hour fills up until N minutes after it ends.
	 */
	lateMinutes?: number;
	/** Simultaneous requests per token (docs/wolkvox-api.md#limits: 2). */
	maxConcurrent?: number;
	/** Tokens per day (docs/wolkvox-api.md#daily-token-quota: licenses x 1000); every call with the valid token costs one. */
	dailyQuota?: number;
	/** Records per download (docs/wolkvox-api.md#limits: 60,000). */
	rowCap?: number;
	/** Longest date range (docs/wolkvox-api.md#limits: 31 days). */
	maxRangeDays?: number;
	/** Every answer is sent this long after its request arrived (or once built, if that took longer). */
	latencyMs?: number;
	/** How diagram_1_2 spells its hour field: the English page says `date`, the collection `day`. */
	hourField?: HourField;
	/**
	 * Reproduce the collection's envelope quirks (default true): the odd success `code`s ("", "0",
	 * " ") and `msg`s ("Information found for the current month" on agent_1, "  records were found")
	 * of the endpoints whose examples show them, and real_time campaigns' bare array on even calls.
	 */
	envelopeQuirks?: boolean;
}

export interface Faults {
	/** The next N requests answer an HTML 502 page, as a proxy in front of the API would. */
	html502: number;
	/** The next N requests answer 500, alternately a Wolkvox-like JSON and plain text. */
	status5xx: number;
	/** Extra delay for every request (to exercise client timeouts). */
	slowMs: number;
	/** The next N requests answer 200 with a truncated JSON body. */
	malformedJson: number;
	/** Every request answers the maintenance 403. */
	maintenance: boolean;
	/** The next N requests answer the simultaneous-requests 403 even under the cap. */
	concurrencyRejections: number;
	/**
	 * The next N writes that take effect (campaign.php/configuration.php POST, PUT, DELETE answered 2xx) are
	 * applied, then answered only after `stallMs` (a client's timeout gives up first): the write happened, the
	 * client cannot know.
	 */
	afterWriteTimeout: number;
	/** The next N writes that take effect are applied, then answered HTTP 500 (alternately JSON and plain text, as status5xx). */
	afterWrite5xx: number;
	/** The next N writes that take effect are applied, then the socket is destroyed without an answer. */
	afterWriteCut: number;
	/** The next N writes that take effect are applied, then answered nginx's HTML 502 page. */
	afterWriteHtml: number;
	/** The counted faults (html502, status5xx, malformedJson, concurrencyRejections, stalls, afterWrite*) wait until this many more API requests have arrived: a fault mid-run. */
	faultsAfter: number;
	/**
	 * The next N requests answer after an extra `stallMs` (one answer slower than the client's timeout). A write
	 * (campaign.php/configuration.php POST, PUT, DELETE) waits in front of the API instead: dropped unapplied
	 * when its client gave up meanwhile.
	 */
	stalls: number;
	stallMs: number;
	/** Sets today's quota so that exactly N more calls are accepted (quota used up mid-run); -1 = `dailyQuota` as configured. */
	quotaLeft: number;
	/** Requests whose `date_ini` starts with this prefix (`20261002`, `202610`) answer the empty-range 404: one empty window among full ones. '' = off. */
	noRecordsFor: string;
	/** Every envelope's `code` is a string (`"200"`, `"403"`). */
	codeAsString: boolean;
	/** Error envelopes come with HTTP 200: only `code` says what went wrong. */
	errorsAsHttp200: boolean;
	/** A list in `data` is sent as an object keyed "0", "1", … (PHP's json_encode of an array whose keys have gaps). */
	dataAsObject: boolean;
	/** Error answers quote the request's `wolkvox-token`, as a debugging proxy's error page or a careless API might. */
	echoToken: boolean;
}

export interface ClockChange {
	now?: string | number | Date;
	advanceMs?: number;
}

export interface LogEntry {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | undefined>;
	/** The parsed JSON body as received (the same object the state stores, never a copy); undefined when empty or not JSON. */
	body?: unknown;
	/** 0 when the connection was cut without an answer (fault afterWriteCut). */
	status: number;
	startedAt: number;
	endedAt: number;
}

export interface SimulatorStats {
	/** API requests received (control endpoints excluded). */
	requests: number;
	/** Most requests of one token open at once, rejected ones included: the client's real concurrency. */
	peakConcurrent: number;
	/** API requests currently open. */
	inFlight: number;
	tokensUsedToday: number;
	log: LogEntry[];
}

export interface Simulator {
	/** Base URL, e.g. http://127.0.0.1:PORT (no trailing slash). */
	url: string;
	port: number;
	/** PEM of the self-signed certificate when https. */
	ca?: string;
	readonly stats: SimulatorStats;
	/** The operation's state (campaigns and their records, DNC, Law 2300, predictive-DNC marks): a fresh copy per read. */
	readonly state: StateSnapshot;
	setFaults(f: Partial<Faults>): void;
	/** Pins the clock at `now`, or moves it (pinned or not) by `advanceMs`; returns the new now. */
	setClock(c: ClockChange): Date;
	/** Stats, quota, faults, alternation counters and the seeded state back to start. */
	reset(): void;
	close(): Promise<void>;
}

export type ResolvedOptions = Required<Omit<SimulatorOptions, 'host'>>;

export const NO_FAULTS: Readonly<Faults> = {
	html502: 0,
	status5xx: 0,
	slowMs: 0,
	malformedJson: 0,
	maintenance: false,
	concurrencyRejections: 0,
	afterWriteTimeout: 0,
	afterWrite5xx: 0,
	afterWriteCut: 0,
	afterWriteHtml: 0,
	faultsAfter: 0,
	stalls: 0,
	stallMs: 0,
	quotaLeft: -1,
	noRecordsFor: '',
	codeAsString: false,
	errorsAsHttp200: false,
	dataAsObject: false,
	echoToken: false,
};

export function resolveOptions(o: SimulatorOptions): ResolvedOptions {
	// A simulator that holds a token must never be reachable from outside the machine.
	if (o.host !== undefined && o.host !== '127.0.0.1') {
		throw new Error(`The simulator only listens on 127.0.0.1, not ${o.host}`);
	}
	const r: ResolvedOptions = {
		port: o.port ?? 0,
		https: o.https ?? false,
		token: o.token ?? 'sim-token',
		seed: o.seed ?? 1,
		timezone: o.timezone ?? 'America/Bogota',
		now: o.now ?? (() => new Date()),
		lateMinutes: o.lateMinutes ?? 0,
		maxConcurrent: o.maxConcurrent ?? 2,
		dailyQuota: o.dailyQuota ?? 1000,
		rowCap: o.rowCap ?? 60000,
		maxRangeDays: o.maxRangeDays ?? 31,
		latencyMs: o.latencyMs ?? 0,
		hourField: o.hourField ?? 'alternate',
		envelopeQuirks: o.envelopeQuirks ?? true,
	};
	new Intl.DateTimeFormat('en-US', { timeZone: r.timezone }); // throws RangeError on an unknown zone
	if (!['date', 'day', 'alternate'].includes(r.hourField)) throw new Error(`Bad hourField ${r.hourField}`);
	return r;
}
