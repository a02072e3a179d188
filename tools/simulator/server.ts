// The Wolkvox API simulator: HTTP(S) server, request pipeline, control endpoints and stats.
// Pipeline of one API request: faults in front of the API -> path -> token/quota/concurrency ->
// endpoint table -> envelope; the answer is sent latencyMs + slowMs after the request arrived (building
// it counts), holding its concurrency slot until then.

import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { MINUTE_MS, wallMs } from './clock';
import { SCRIPTS, type Script } from './endpoints';
import { bareAnswer, codeAsString, dataAsObject, echoToken, envelope, errorAsHttp200, html502Page, internalError, maintenancePage, MSG, methodNotAllowed, notFoundPage, truncated, type Answer } from './envelope';
import { FaultState, type AfterWrite } from './faults';
import { TokenGate } from './limits';
import { route } from './router';
import { isWriteRequest, routeState, STATE_SCRIPTS, UNPARSEABLE, type StateScript } from './writes';
import { formSummary, parseMultipart, type MultipartForm } from './storage';
import { SimState } from './state';
import { makeCertificate } from './tls';
import { resolveOptions, type ClockChange, type Faults, type LogEntry, type Simulator, type SimulatorOptions, type SimulatorStats } from './types';

export * from './types';
export { envelopeVariant, MSG } from './envelope';
export { BILLING_OPERATION, BILLING_PRODUCTS, billingItems } from './generators/billing';
export { DIAGRAM12_DATA_START, diagram12Hour, diagram12Rows, type Diagram12Hour } from './generators/diagram12';
export { ENDPOINTS, endpointRows, documentedMsg, type EndpointSpec } from './endpoints';
export type { WireData, WireRow, WireValue } from './envelope';
export { ACCOUNT, TIMEOUT_CODE, agentsOfSkill, type ActivityCode, type Agent, type Campaign, type Connector, type RoutingPoint, type Skill } from './account';
export { FIXTURE, fixtureEndpoint, type FixtureEndpoint, type FixtureField, type FixtureParam } from './fixture';
export { documentedValues, wireFormat, type WireFormat } from './formats';
export { RECORD_FIELDS, RESULTS, type CampaignFilter, type CampaignRecord, type CampaignState, type DncEntry, type Law2300Entry, type PredictiveDncMark, type StateSnapshot } from './state';
export { MAX_RECORDS_PER_CALL, STATE_ENDPOINTS, WRITE_MSG } from './writes';
export { MIN_AGE_TO_DELETE_DAYS, STORAGE_MSG, type StoredFile } from './storage';
export { MESSAGES_PER_PAGE, MESSAGING_MSG, VARIABLES_SEPARATOR, WHATSAPP_CONNECTORS, type Delivery, type TemplateView } from './messaging';
export { CDR1_PEAK_CALLS_PER_HOUR, cdr1Count, cdr1Rows } from './generators/cdr1';
export { BAND_KEY, EVENT_RATES, reportRecipe, type ReportRecipe } from './generators/reports';

const PATH = /^\/api\/v2\/([a-z_]+)\.php$/;

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
	const o = resolveOptions(options);
	const pem = o.https ? await makeCertificate() : undefined;
	const configuredQuota = o.dailyQuota;
	const faults = new FaultState();
	const timers = new Set<NodeJS.Timeout>();
	const log: LogEntry[] = [];
	const callIndex = new Map<string, number>();
	// The clock: the option's, shifted by what /__sim/clock asked, or pinned by it.
	let pinned: number | undefined;
	let shift = 0;
	const optionNow = o.now;
	const now = () => new Date(pinned ?? optionNow().getTime() + shift);
	const setClock = (c: ClockChange): Date => {
		if (c.now !== undefined) {
			const at = new Date(c.now).getTime();
			if (Number.isNaN(at)) throw new Error(`Bad clock now ${String(c.now)}`);
			pinned = at;
		}
		if (c.advanceMs !== undefined) {
			if (!Number.isFinite(c.advanceMs)) throw new Error('advanceMs must be a number');
			if (pinned !== undefined) pinned += c.advanceMs;
			else shift += c.advanceMs;
		}
		return now();
	};
	// The gate reads `o` live: the moved clock for the quota day, and the quota that quotaLeft changes.
	o.now = now;
	const gate = new TokenGate(o);
	const state = new SimState(o.seed, () => wallMs(now(), o.timezone));
	let requests = 0;
	let inFlight = 0;
	let envelopes = 0;

	const sleep = (ms: number) => new Promise<void>((resolve) => {
		if (ms <= 0) return resolve();
		const t = setTimeout(() => { timers.delete(t); resolve(); }, ms);
		timers.add(t); // cleared by close(), so a slow answer never keeps the process alive
	});

	/**
	 * Decides the whole answer at arrival (once the body is read); `release` frees the concurrency slot once it is sent.
	 * A write is applied here, before the answer's delay: `afterWrite` says how its answer then fails.
	 */
	function decide(req: http.IncomingMessage, url: URL, token: string | undefined, body: unknown): { answer: Answer; release?: () => void; afterWrite?: AfterWrite } {
		// Faults that stand in front of the API: not charged to the quota (inferred).
		if (faults.take('html502')) return { answer: html502Page() };
		if (faults.current.maintenance) return { answer: maintenancePage() };
		if (faults.take('status5xx')) return { answer: internalError(faults.served5xx++) };
		const script = PATH.exec(url.pathname)?.[1] as Script | undefined;
		if (script && (STATE_SCRIPTS as readonly string[]).includes(script)) return decideState(req, url, token, script as StateScript, body);
		if (!script || !SCRIPTS.includes(script)) return { answer: notFoundPage() };
		if (req.method !== 'GET') return { answer: methodNotAllowed() };

		const admission = gate.admit(token, () => faults.take('concurrencyRejections'));
		let answer: Answer;
		if (!admission.ok) answer = envelope(admission.status, admission.msg, null, envelopes++);
		else {
			const r = route(script, url.searchParams, {
				seed: o.seed, nowWall: wallMs(now(), o.timezone), lateMs: o.lateMinutes * MINUTE_MS, hourField: o.hourField, rowCap: o.rowCap,
				maxRangeDays: o.maxRangeDays, quota: { limit: o.dailyQuota, usedToday: gate.usedToday() }, quirks: o.envelopeQuirks, campaigns: state.liveCampaigns(), lists: state.liveLists(),
				nextCallIndex: (key) => { const n = callIndex.get(key) ?? 0; callIndex.set(key, n + 1); return n; },
			});
			answer = r.bare ? bareAnswer(r.data) : envelope(r.status, r.msg, r.data, envelopes++, r.code);
		}
		if (admission.ok && noRecordsFor(url)) answer = envelope(404, MSG.found(0), [], envelopes++);
		answer = withAnswerFaults(answer);
		return { answer, release: admission.ok ? admission.release : undefined };
	}

	/** campaign.php and configuration.php: the same gate, then the state's endpoints (writes.ts). */
	function decideState(req: http.IncomingMessage, url: URL, token: string | undefined, script: StateScript, body: unknown): ReturnType<typeof decide> {
		// The concurrency refusal comes before the write: nothing is applied.
		const admission = gate.admit(token, () => faults.take('concurrencyRejections'));
		if (!admission.ok) return { answer: withAnswerFaults(envelope(admission.status, admission.msg, null, envelopes++)) };
		const r = routeState(script, req.method ?? 'GET', url.searchParams, body, state, {
			nowWall: wallMs(now(), o.timezone), maxRangeDays: o.maxRangeDays, rowCap: o.rowCap,
		});
		let answer: Answer = r.methodNotAllowed ? methodNotAllowed()
			: r.body ? { status: r.status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(r.body) }
				: envelope(r.status, r.msg, r.data ?? null, envelopes++);
		if (!r.write && noRecordsFor(url)) answer = envelope(404, MSG.found(0), [], envelopes++);
		answer = withAnswerFaults(answer);
		// The write has taken effect: these faults only change what the client hears. A write refused by
		// validation (4xx) changed nothing and leaves them for the next one.
		const afterWrite = r.write && r.status < 300 ? faults.takeAfterWrite() : undefined;
		if (afterWrite === 'afterWrite5xx') answer = internalError(faults.served5xx++);
		if (afterWrite === 'afterWriteHtml') answer = html502Page();
		return { answer, release: admission.release, afterWrite };
	}

	/** The faults that change an admitted or refused answer on its way out. */
	function withAnswerFaults(answer: Answer): Answer {
		const f = faults.current;
		if (f.dataAsObject) answer = dataAsObject(answer);
		if (f.codeAsString) answer = codeAsString(answer);
		if (f.errorsAsHttp200) answer = errorAsHttp200(answer);
		if (faults.take('malformedJson')) answer = truncated(answer);
		return answer;
	}

	/** Faults plus the one-off `quotaLeft`: today's quota becomes what is used so far plus N. */
	function setFaults(patch: Partial<Faults>): void {
		faults.set(patch);
		if (patch.quotaLeft !== undefined) o.dailyQuota = gate.usedToday() + patch.quotaLeft;
	}

	async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
		const startedAt = Date.now();
		const raw = req.headers['wolkvox-token'];
		const token = (Array.isArray(raw) ? raw[0] : raw) || undefined;
		requests++;
		inFlight++;
		const leave = gate.arrive(token);
		let body: unknown;
		let answer: Answer | undefined;
		let cut = false;
		let release: (() => void) | undefined;
		try {
			// Only writes carry a body; the parsed object is what the state stores and the log shows, never copied.
			if (req.method !== 'GET' && req.method !== 'HEAD') body = parseBody(await readBytes(req), String(req.headers['content-type'] ?? ''));
			// A stalled write waits in front of the API (a queueing proxy), holding no slot: a client that gives up
			// meanwhile is dropped unapplied; one that waits is then served normally. Reads stall on their answer.
			const write = isStateWrite(url, req.method);
			if (write && faults.take('stalls')) {
				await sleep(faults.current.stallMs);
				if (res.destroyed || req.socket.destroyed) {
					faults.passed();
					return;
				}
			}
			const decided = decide(req, url, token, body);
			release = decided.release;
			answer = faults.current.echoToken && token ? echoToken(decided.answer, token) : decided.answer;
			const stall = (!write && faults.take('stalls')) || decided.afterWrite === 'afterWriteTimeout' ? faults.current.stallMs : 0;
			cut = decided.afterWrite === 'afterWriteCut';
			faults.passed();
			// Inferred: a request whose client gave up keeps its slot until its answer is due, as a PHP
			// worker only notices the closed socket when it writes.
			// From arrival, so a fixed latency stays fixed however long the rows took to build (benchmarks).
			await sleep(o.latencyMs + faults.current.slowMs + stall - (Date.now() - startedAt));
			if (cut) res.destroy(); // no status line, no body: the client sees a reset connection
			else if (!res.destroyed) {
				res.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Content-Length': Buffer.byteLength(answer.body) });
				res.end(answer.body);
			}
		} finally {
			release?.();
			leave();
			inFlight--;
			log.push({
				method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: flatHeaders(req),
				body: body === UNPARSEABLE ? undefined : isForm(body) ? formSummary(body) : body, status: cut || !answer ? 0 : answer.status, startedAt, endedAt: Date.now(),
			});
		}
	}

	/** Fault `noRecordsFor`: this window answers as if it had no rows. */
	function noRecordsFor(url: URL): boolean {
		const prefix = faults.current.noRecordsFor;
		return prefix !== '' && (url.searchParams.get('date_ini') ?? '').startsWith(prefix);
	}

	const stats = (): SimulatorStats => ({ requests, peakConcurrent: gate.peak, inFlight, tokensUsedToday: gate.usedToday(), log });
	const reset = () => {
		requests = 0;
		envelopes = 0;
		log.length = 0;
		callIndex.clear();
		gate.reset();
		faults.reset();
		state.reset();
		o.dailyQuota = configuredQuota;
	};

	/** Control plane for CLI/e2e use; no token, not counted, not logged. */
	async function handleControl(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
		const send = (status: number, body: unknown) => {
			res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
			res.end(JSON.stringify(body));
		};
		const key = `${req.method} ${url.pathname}`;
		if (key === 'GET /__sim/stats') return send(200, stats());
		if (key === 'GET /__sim/state') return send(200, state.snapshot());
		if (key === 'POST /__sim/reset') { reset(); return send(200, { ok: true }); }
		if (key === 'GET /__sim/clock') return send(200, { now: now().toISOString() });
		if (key === 'POST /__sim/clock') {
			try {
				return send(200, { now: setClock(JSON.parse(await readBody(req)) as ClockChange).toISOString() });
			} catch (e) {
				return send(400, { error: (e as Error).message });
			}
		}
		if (key !== 'POST /__sim/faults') return send(404, { error: 'unknown control endpoint' });
		try {
			setFaults(JSON.parse(await readBody(req)) as Partial<Faults>);
			send(200, faults.current);
		} catch (e) {
			send(400, { error: (e as Error).message });
		}
	}

	const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const work = url.pathname.startsWith('/__sim/') ? handleControl(req, res, url) : handleApi(req, res, url);
		work.catch((e: unknown) => {
			if (!res.headersSent && !res.destroyed) res.writeHead(500).end(String(e));
		});
	};
	const server = pem ? https.createServer({ key: pem.key, cert: pem.cert }, handler) : http.createServer(handler);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(o.port, '127.0.0.1', () => resolve());
	});
	const port = (server.address() as AddressInfo).port;

	return {
		url: `${pem ? 'https' : 'http'}://127.0.0.1:${port}`,
		port,
		ca: pem?.cert,
		get stats() { return stats(); },
		get state() { return state.snapshot(); },
		setFaults,
		setClock,
		reset,
		close: () => new Promise<void>((resolve) => {
			for (const t of timers) clearTimeout(t);
			timers.clear();
			server.close(() => resolve());
			server.closeAllConnections(); // keep-alive and slow sockets too, so jest exits cleanly
		}),
	};
}

function flatHeaders(req: http.IncomingMessage): Record<string, string | undefined> {
	return Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
}

/** A write to campaign.php, configuration.php or wolkvox_storage.php. */
function isStateWrite(url: URL, method: string | undefined): boolean {
	const script = PATH.exec(url.pathname)?.[1];
	return script !== undefined && isWriteRequest(script, url.searchParams.get('api'), method);
}

/** Forms are parsed once, here: the log keeps their summary, the state their files. */
const forms = new WeakSet<object>();
const isForm = (body: unknown): body is MultipartForm => typeof body === 'object' && body !== null && forms.has(body);

/** The request's JSON, or its multipart form (uploads); undefined when empty, UNPARSEABLE when neither. */
function parseBody(bytes: Buffer, contentType: string): unknown {
	if (/^multipart\/form-data/i.test(contentType)) {
		const form = parseMultipart(bytes, contentType);
		if (!form) return UNPARSEABLE;
		forms.add(form);
		return form;
	}
	const text = bytes.toString('utf8');
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return UNPARSEABLE;
	}
}

function readBytes(req: http.IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
		// A client that hangs up mid-body never sends 'end': give up, so its request stops counting as open.
		req.on('close', () => { if (!req.complete) reject(new Error('request body cut')); });
	});
}

function readBody(req: http.IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8') || '{}'));
		req.on('error', reject);
	});
}
