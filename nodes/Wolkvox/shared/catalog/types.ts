import type { EndpointLimits } from '../limits';

/**
 * The Wolkvox API as data. Every endpoint is `{method} {script}.php?api={api}&…` (plus a JSON body for
 * some writes) answering `{code, error, msg, data}`, so what varies between endpoints is held here and
 * everything else (node description, validation, output typing, tests) is derived from it.
 */

/**
 * The PHP script an endpoint lives in: `https://…/api/v2/{script}.php`. The first four are read, as
 * are customer, gamification, quality and speech_analytics; the others hold Wolkvox's writes (and
 * some lookups beside them).
 */
export type Script =
	| 'billing'
	| 'reports_manager'
	| 'real_time'
	| 'information'
	| 'customer'
	| 'gamification'
	| 'quality'
	| 'speech_analytics'
	| 'campaign'
	| 'configuration'
	| 'agentbox'
	| 'whatsapp'
	| 'sms'
	| 'wolkvox_storage';

/** Reads are GETs, but for the few Wolkvox serves as POSTs with a body (wolkvox Storage); writes use the others. */
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
	type: 'string' | 'boolean' | 'options';
	/** The values an `options` parameter offers: Wolkvox's own spelling, and an English name. */
	options?: Array<{ name: string; value: string }>;
	/** What a flag is sent as, on and off; `true`/`false` when not given. */
	flagValues?: [string, string];
	/** The node parameter's default: `all` where accepted, else empty (or false for flags). */
	default: string | boolean;
	/** Wolkvox accepts the literal `all` for every entity. */
	acceptsAll?: boolean;
	/** An example shown in the empty field (an email address). */
	placeholder?: string;
	/** The account list that can fill it from a dropdown. */
	list?: 'skills' | 'campaigns' | 'agents' | 'activityCodes' | 'connectors';
}

/**
 * What a write's text must look like before it is sent: a bad value is refused with nothing sent
 * (every call costs a token, and a half-valid batch may be half stored).
 * - `telephone`: digits only, 7 to 15 of them (a leading + and spaces, dots, dashes and brackets are removed first).
 * - `wallTime`: a moment, sent as `YYYYmmddHHiiss` in the credential's time zone (ISO 8601 and the 14 digits are read).
 * - `clockTime`: a time of day; `HHmmss` or `HH:mm:ss` as the field's `pattern` says.
 * - `integer`: a whole number within `range`.
 */
export type BodyFormat = 'telephone' | 'wallTime' | 'clockTime' | 'integer';

/** A field of a write's body (or of one of its records). Wolkvox takes every value as a string. */
export interface BodyField {
	/** The API's name; also the node parameter's (a saved-workflow contract). */
	name: string;
	displayName: string;
	description: string;
	/** Left out when optional. */
	required?: boolean;
	/**
	 * - `string`: one text.
	 * - `list`: a JSON array of strings (configuration add_dnc `telephones`).
	 * - `object`: an object of the `fields` given (edit_campaign `optional_labels`).
	 * - `rows`: a list of objects of the `fields` given (campaign_filter `filters`).
	 * - `json`: any JSON value, given as JSON text or an object (a WhatsApp template's `components`).
	 */
	type: 'string' | 'list' | 'object' | 'rows' | 'json';
	/** `list`: sent as one text, its values joined by this (send_template_official `template_vars`). */
	joinWith?: string;
	fields?: BodyField[];
	format?: BodyFormat;
	/** `clockTime`: how Wolkvox wants it (`HHmmss` for create_campaign, `HH:mm:ss` for edit_campaign). */
	pattern?: 'HHmmss' | 'HH:mm:ss';
	/** `integer`: the accepted range, both ends included. */
	range?: [number, number];
	/**
	 * The only values Wolkvox accepts, in its spelling; shown as a dropdown. `sends` is Wolkvox's
	 * spelling where it cannot be the parameter's value: n8n reads a value starting with `=` as an expression.
	 */
	options?: Array<{ name: string; value: string; sends?: string }>;
	/** The node parameter's default (a saved-workflow contract); the first option, or empty, when not given. */
	default?: string;
	/** Longest text Wolkvox keeps (opt1…opt6: 100 characters). */
	maxLength?: number;
	/**
	 * The account list that can fill it from a dropdown; `templates`: the WhatsApp templates of the
	 * connector chosen in the body's `connector_id`.
	 */
	list?: Param['list'] | 'templates';
}

/**
 * A write's JSON body: one object (codify), a list of records, one per input item (add_record), or
 * an object one of whose fields collects one value per input item (configuration add_dnc).
 */
export interface Body {
	shape: 'object' | 'records';
	/** The fields of the object, or of each record. */
	fields: BodyField[];
	/** A record must have at least one of these (add_record: a telephone). */
	requireOneOf?: string[];
	/** Sent as they are with every body, not set by the user (create_template's `category`). */
	fixed?: Record<string, string>;
}

/**
 * A WhatsApp template send: the body fields naming the connector, the template and its variables,
 * checked against the connector's list_templates before anything is sent.
 */
export interface TemplateSend {
	connector: string;
	template: string;
	variables: string;
}

/**
 * How a write's input items become calls, each call carrying at most `limits.recordsPerUpload`:
 * - `records`: each item is one record of the body's list (add_record, campaign add_dnc).
 * - `values`: each item gives one value of the body's list field `field` (configuration add_dnc's
 *   `telephones`); with `join`, the values are sent as one text joined by it (remove_record's `customer_id`).
 * - `single`: one call per item (start, codify).
 * - `files`: each item gives one file from its binary data, sent as multipart/form-data (upload_files), at most
 *   `maxFiles` files and `maxBytes` bytes per call; one file goes as `field`, several as `field[]`.
 * Items go into the same call only when everything else they send (query, other body fields) is the same.
 */
export type Batching =
	| { kind: 'records' }
	| { kind: 'values'; field: string; join?: string }
	| { kind: 'single' }
	| { kind: 'files'; field: string; maxFiles: number; maxBytes: number };

/** What a write does, for its items' outcomes, the editor's notices and the at-most-once rule. */
export interface Write {
	batching: Batching;
	/** What a success did to an item's record, in the output's `outcome`: `added`, `removed`, `started`. */
	outcome: string;
	/** It cannot be undone: its name says so, the editor shows a notice, and it takes explicit IDs. */
	destructive?: boolean;
	/**
	 * The `data` fields in which Wolkvox counts what a batch did (campaign add_dnc: total_added,
	 * total_rejected, total_sent), so each item can say whether its record was taken.
	 */
	totals?: { accepted?: string; rejected?: string };
	/**
	 * The `data` lists in which Wolkvox says, file by file and by name, what a call did (wolkvox
	 * Storage): `done` holds entries `{name, code?, message?}` (a code other than 2xx is a rejection),
	 * `failed` entries that were refused. Each item's outcome is its own file's.
	 */
	byName?: { done: string; failed?: string };
	/** How a user can tell whether a write whose outcome is unknown happened: shown in that error. */
	check: string;
	/** It sends a template: each item is checked against the connector's templates first (Options → Check Template). */
	template?: TemplateSend;
}

export interface Endpoint {
	script: Script;
	method: Method;
	/** The Wolkvox API name: the `api` query value and the node's option value (a saved-workflow contract). */
	api: string;
	/**
	 * The node's option value when the API name alone is ambiguous (two scripts have `add_dnc`):
	 * `{script}.{api}`. Otherwise the option value is `api`.
	 */
	option?: string;
	/** English display name. */
	name: string;
	/** An action resource's operation: the editor's action text ("Add records to a campaign"). */
	action?: string;
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
	/** At least one of these parameters must be given (find_record: a campaign, a phone or a customer ID). */
	paramsOneOf?: string[];
	/** What a write sends as its JSON body; reads send none. */
	body?: Body;
	/** Set on every write (a method other than GET). */
	write?: Write;
	/** The answer's rows are under this key instead of `data` (campaign_15's `records`). */
	rowsKey?: string;
	/**
	 * The rows come a page at a time (list_files): `data[rows]` holds a page, `data[next]` (a dotted
	 * path) the token of the next, sent back in the body field `token`; `size` rows are asked per page
	 * in the body field `sizeField`. The pages are followed until no token comes or the Limit is met.
	 */
	pages?: { rows: string; next: string; token: string; sizeField: string; size: number };
	/** How many rows one call can bring, and how many records one call can send. */
	limits: EndpointLimits;
	/**
	 * `data` is one object whose keys are rows (cdr_4's duration bands): with Simplify on, each key
	 * becomes a row, the key under this field name. A key holding a list of rows (quality_matrix's
	 * surveys) becomes those rows, each with the key.
	 */
	keyedBy?: string;
	fields: Field[];
	/**
	 * Fields every Simplify-on row gets, with the same value, before the API's own (a billing row says
	 * which product it counts: `product`, `product_name`). Output fields: never renamed.
	 */
	constants?: Record<string, string>;
}
