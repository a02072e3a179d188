// Turns a validated, admitted request into status + msg + data (docs/wolkvox-api.md#errors, #limits).

import { DAY_MS, parse14 } from './clock';
import { MSG, type WireData } from './envelope';
import { findEndpoint, type EndpointContext, type Script } from './endpoints';

export interface RouteResult {
	status: number;
	msg: string;
	data: WireData;
	/** The documented spelling of a success `code`, when the endpoint's example has an odd one. */
	code?: string;
	/** Send `data` without the envelope. */
	bare?: boolean;
}

export interface RouteEnv {
	seed: number;
	nowWall: number;
	lateMs: number;
	hourField: EndpointContext['hourField'];
	rowCap: number;
	maxRangeDays: number;
	quota: { limit: number; usedToday: number };
	/** Reproduce the collection's envelope quirks (odd code/msg spellings, the bare array). */
	quirks: boolean;
	/** The state's campaigns (information.php campaigns lists them). */
	campaigns?: EndpointContext['campaigns'];
	lists?: EndpointContext['lists'];
	/** Returns and advances the per-endpoint answer counter. */
	nextCallIndex(key: string): number;
}

export function route(script: Script, query: URLSearchParams, env: RouteEnv): RouteResult {
	const fail = (status: number, msg: string): RouteResult => ({ status, msg, data: null });
	const api = query.get('api');
	if (!api) return fail(400, MSG.params); // inferred: a missing `api` is a missing parameter
	const spec = findEndpoint(script, api);
	if (!spec) return fail(400, MSG.noApi);
	if (spec.params?.some((p) => p.required && !query.get(p.name))) return fail(400, MSG.params);

	let dateIni = '';
	let dateEnd = '';
	if (spec.needsDates) {
		dateIni = query.get('date_ini') ?? '';
		dateEnd = query.get('date_end') ?? '';
		const ini = parse14(dateIni);
		const end = parse14(dateEnd);
		// Inferred: malformed, impossible or reversed dates get the same answer as missing ones.
		if (ini === null || end === null || ini > end) return fail(400, MSG.params);
		// docs/wolkvox-api.md#limits: at most 31 days, measured here on the wall-clock values; exactly 31 x 24 h passes.
		if (end - ini > env.maxRangeDays * DAY_MS) return fail(400, MSG.range(env.maxRangeDays));
	}

	const callIndex = env.nextCallIndex(`${script}/${api}`);
	const rows = spec.rows({
		seed: env.seed, nowWall: env.nowWall, lateMs: env.lateMs, query, dateIni, dateEnd, hourField: env.hourField,
		quota: env.quota, callIndex, limit: env.rowCap, campaigns: env.campaigns, lists: env.lists,
	});
	// docs/wolkvox-api.md#empty-results: public clients found an empty result is a 404; its msg and data: [] are inferred.
	if (rows.length === 0) return { status: 404, msg: MSG.found(0), data: [] };
	// docs/wolkvox-api.md#limits: at most 60,000 records per download; the first ones are kept, msg counts what is sent.
	const sent = rows.slice(0, env.rowCap);
	const msg = (env.quirks && spec.docMsg) || spec.okMsg || MSG.found;
	return {
		status: 200, msg: msg(sent.length), data: spec.toData ? spec.toData(sent) : sent,
		code: env.quirks ? spec.code : undefined,
		bare: env.quirks && spec.bareOnEvenCalls && callIndex % 2 === 0,
	};
}
