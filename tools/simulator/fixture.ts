// The endpoints the simulator serves, as Wolkvox documents them: `fixtures/endpoints.json`, written by
// `fixtures/extract.mjs` from the public Postman collection. Never the node's catalog.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureField {
	name: string;
	/** The Spanish description from the endpoint's field table ('' when the table lacks the field). */
	description: string;
	/** First non-blank example value (or the blank one); absent on fields holding a nested array. */
	example?: string;
	examples?: string[];
	/** Fields of the objects of a nested array (agent_5 status_x_hour, chat_2 conversation, …). */
	children?: FixtureField[];
}

export interface FixtureParam {
	name: string;
	required: boolean;
	/** The URL's value, e.g. "{{skill_id}}" or "all". */
	example: string;
	acceptsAll: boolean;
	values: string[];
	description: string;
}

export type FixtureScript = 'reports_manager' | 'real_time' | 'information' | 'customer' | 'gamification' | 'quality' | 'speech_analytics';

export interface FixtureEndpoint {
	script: FixtureScript;
	api: string;
	folder: string;
	title: string;
	url: string;
	dates: boolean;
	params: FixtureParam[];
	envelope: {
		code: string | number | null;
		msg: string | null;
		/** array: data is a list; object: data is one object; keyed: an object of objects; bare: no envelope. */
		data: 'array' | 'object' | 'keyed' | 'bare';
		keys?: string[];
	};
	fields: FixtureField[];
	tableOnly: string[];
	exampleRows: number;
}

/** A product of the collection's "Facturación" folder: `billing.php?api={api}`, no other parameter. */
export interface FixtureBillingProduct {
	api: string;
	/** The request's name in the collection, "19. Llamadas de IVR". */
	title: string;
	/** The title without its number, "Llamadas de IVR". */
	product: string;
}

interface FixtureFile {
	count: number;
	endpoints: FixtureEndpoint[];
	billing: FixtureBillingProduct[];
}

const FILE = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'endpoints.json'), 'utf8')) as FixtureFile;

export const FIXTURE: ReadonlyArray<FixtureEndpoint> = FILE.endpoints;

export const FIXTURE_BILLING: ReadonlyArray<FixtureBillingProduct> = FILE.billing;

export function fixtureEndpoint(script: FixtureScript, api: string): FixtureEndpoint | undefined {
	return FIXTURE.find((e) => e.script === script && e.api === api);
}
