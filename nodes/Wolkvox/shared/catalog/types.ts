import type { EndpointLimits } from '../limits';

/**
 * The Wolkvox API as data. Every endpoint is `{method} {script}.php?api={api}&…` (plus a JSON body for
 * some writes) answering `{code, error, msg, data}`, so what varies between endpoints is held here and
 * everything else (node description, validation, output typing, tests) is derived from it.
 */

/**
 * The PHP script an endpoint lives in: `https://…/api/v2/{script}.php`. The first four are read; the
 * others hold Wolkvox's writes.
 */
export type Script =
	| 'billing'
	| 'reports_manager'
	| 'real_time'
	| 'information'
	| 'campaign'
	| 'configuration'
	| 'agentbox'
	| 'whatsapp'
	| 'sms'
	| 'storage';

/** Every read is a GET; writes use the others. */
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * How a field's string value is typed when Simplify is on. Wolkvox sends every value as a string.
 * - `text`: kept as a string (trimmed).
 * - `number`: counts, amounts and minutes (`"1520"`, `"34.50"`).
 * - `percent`: `"34.64 %"` as 34.64.
 * - `duration`: kept as sent, plus `<name>_seconds` as a number; read from `HH:MM:SS` or plain seconds,
 *   for times whose unit the documentation leaves open.
 * - `hour`: `YYYYMMDDHH` in the operation's time zone, output as ISO 8601 with its offset.
 * - `timestamp`: `YYYY-MM-DD HH:MM:SS` in the operation's time zone, output as ISO 8601 with its offset.
 * - `date`: a calendar day (`YYYY-MM-DD` or `YYYYMMDD`), output as `YYYY-MM-DD`.
 */
export type FieldType = 'text' | 'number' | 'percent' | 'duration' | 'hour' | 'timestamp' | 'date';

export interface Field {
	/** The name Wolkvox documents; the output key with Simplify on. */
	name: string;
	type: FieldType;
	/** Other spellings the API has used for the same field (read as `name`). */
	aliases?: string[];
}

/** An extra query parameter of an endpoint (beyond `api` and the dates). */
export interface Param {
	/** The API's query name; also the node parameter's name (a saved-workflow contract). */
	name: string;
	displayName: string;
	description: string;
	/** Wolkvox answers 400 without it. Left out when optional (n8n's lint refuses `required: false`). */
	required?: boolean;
	type: 'string' | 'boolean';
	/** What a flag is sent as, on and off; `true`/`false` when not given. */
	flagValues?: [string, string];
	/** The node parameter's default: `all` where accepted, else empty (or false for flags). */
	default: string | boolean;
	/** Wolkvox accepts the literal `all` for every entity. */
	acceptsAll?: boolean;
	/** The account list that can fill it from a dropdown. */
	list?: 'skills' | 'campaigns' | 'agents' | 'activityCodes';
}

/** A field of a write's JSON body. Wolkvox takes every value as a string. */
export interface BodyField {
	name: string;
	description: string;
	/** Left out when optional. */
	required?: boolean;
	/** `list`: a JSON array of strings (configuration add_dnc `telephones`). */
	type: 'string' | 'list';
}

/** A write's JSON body: one object (configuration create_agent), or a list of records (campaign add_record). */
export interface Body {
	shape: 'object' | 'records';
	/** The fields of the object, or of each record. */
	fields: BodyField[];
}

export interface Endpoint {
	script: Script;
	method: Method;
	/** The Wolkvox API name: the `api` query value and the node's option value (a saved-workflow contract). */
	api: string;
	/** English display name. */
	name: string;
	description: string;
	/** Takes `date_ini` / `date_end`; such ranges are split into windows the API accepts. */
	dateRange: boolean;
	/**
	 * Its rows total the whole range (one per agent, skill…), so they have no time of their own: a
	 * timestamp among their fields (agent_1's first login) describes the group, not the row.
	 */
	totals?: boolean;
	/** Reports only: the family the UI groups it under (`diagram`, `agent`, …). */
	reportFamily?: string;
	/** Its query parameters. */
	params?: Param[];
	/** What a write sends as its JSON body; reads send none. */
	body?: Body;
	/** How many rows one call can bring, and how many records one call can send. */
	limits: EndpointLimits;
	/**
	 * `data` is one object whose keys are rows (cdr_4's duration bands): with Simplify on, each key
	 * becomes a row, the key under this field name.
	 */
	keyedBy?: string;
	fields: Field[];
	/**
	 * Fields every Simplify-on row gets, with the same value, before the API's own (a billing row says
	 * which product it counts: `product`, `product_name`). Output fields: never renamed.
	 */
	constants?: Record<string, string>;
}
