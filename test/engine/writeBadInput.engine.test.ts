/**
 * Bad input sends nothing: every item of a write is checked before the first call, run by n8n-core's
 * real WorkflowExecute against the simulator. Without continueOnFail, one bad item stops the node
 * with an error naming the item and the field, and Wolkvox gets no request at all; with it, the bad
 * items become `outcome: 'invalid'` error items and the good ones are sent.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { addRecords, copiesOf, itemsOf, lead, pairsOf, PREDICTIVE, runWrite } from './writeSetup';

interface BadCase {
	name: string;
	parameters: INodeParameters;
	/** The items: the bad ones among good ones. */
	items: IDataObject[];
	/** Which items are bad (0-based); the first one is the error without continueOnFail. */
	bad: number[];
	message: RegExp;
	description?: RegExp;
}

const GOOD = lead(1);
const NOTHING_SENT = /Nothing was sent/;

const CASES: BadCase[] = [
	{
		name: 'an item key that is no record field',
		parameters: addRecords(),
		items: [GOOD, lead(2, { telefono: '3001234567' }), lead(3)],
		bad: [1],
		message: /^Add Records: item 2 has the field "telefono", which is not a Wolkvox record field$/,
		description: /^Record fields: customer_name, .*tel1, .*Ignore Unknown Fields\. Nothing was sent\.$/,
	},
	{
		name: 'a record with no telephone',
		parameters: addRecords(),
		items: [GOOD, lead(2), { customer_name: 'Sin Teléfono', customer_id: '55', email: 'x@example.com' }],
		bad: [2],
		message: /^Add Records: item 3 has no telephone$/,
		description: /^A record needs at least one of tel1, tel2, .*tel10\. Nothing was sent\.$/,
	},
	{
		name: 'a malformed phone',
		parameters: addRecords(),
		items: [lead(1, { tel2: '300-12ab' }), GOOD],
		bad: [0],
		message: /^Add Records: item 1, field "tel2" "300-12ab" is not a telephone number: give 7 to 15 digits/,
		description: NOTHING_SENT,
	},
	{
		name: 'a malformed recall date',
		parameters: addRecords(),
		items: [GOOD, lead(2, { recall_date: 'mañana a las 3' })],
		bad: [1],
		message: /^Add Records: item 2, field "recall_date" "mañana a las 3" is not a date: use ISO 8601 .* or Wolkvox's YYYYmmddHHiiss/,
		description: NOTHING_SENT,
	},
	{
		name: 'opt1 over 100 characters',
		parameters: addRecords(),
		items: [GOOD, lead(2, { opt1: 'x'.repeat(101), opt7: 'y'.repeat(200) })],
		bad: [1],
		message: /^Add Records: item 2, field "opt1" has 101 characters; Wolkvox keeps at most 100$/,
		description: NOTHING_SENT,
	},
	{
		name: 'a speed of 101',
		parameters: { resource: 'campaign', operation: 'speed', campaign_id: PREDICTIVE, speed: '={{ $json.speed }}' },
		items: [{ speed: 50 }, { speed: 101 }],
		bad: [1],
		message: /^Set Speed: item 2, Speed must be a whole number from 0 to 100, not "101"$/,
		description: NOTHING_SENT,
	},
	{
		name: 'no Campaign ID',
		parameters: addRecords({ campaign_id: '' }),
		items: [GOOD, lead(2)],
		bad: [0, 1],
		message: /^Campaign Name or ID is required by Add Records$/,
		description: /^The campaign to act on$/,
	},
	{
		name: 'an empty telephone in a values write',
		parameters: { resource: 'doNotCall', operation: 'configuration.add_dnc', type_call: 'inbound', telephones: '={{ $json.phone }}' },
		items: [{ phone: '573001234567' }, { phone: '' }, { phone: '573001234568' }],
		bad: [1],
		message: /^Add Numbers: Telephone of item 2 is empty$/,
		description: NOTHING_SENT,
	},
	{
		name: 'a list of telephones in one item of a values write',
		parameters: { resource: 'doNotCall', operation: 'configuration.add_dnc', type_call: 'inbound', telephones: '={{ $json.phone }}' },
		items: [{ phone: ['573001234567', '573001234568'] }, { phone: '573001234569' }],
		bad: [0],
		message: /^Add Numbers: Telephone of item 1 is a list: give one value per item$/,
		description: /^Split the list into items first \(a Split Out node\)\. Nothing was sent\.$/,
	},
	{
		name: 'a customer ID with a comma (Remove Records sends them comma-joined)',
		parameters: { resource: 'campaign', operation: 'remove_record', type_campaign: 'predictive', campaign_id: PREDICTIVE, customer_id: '={{ $json.id }}' },
		items: [{ id: '100' }, { id: '200,300' }],
		bad: [1],
		message: /^Remove Records \(Permanent\): Customer ID of item 2 contains ","$/,
		description: /one value per item\. Nothing was sent\.$/,
	},
	{
		name: 'a Campaign Type not in the list',
		parameters: addRecords({ type_campaign: '={{ $json.type }}' }),
		items: [{ ...GOOD, type: 'predictive' }, { ...lead(2), type: 'weekly' }],
		bad: [1],
		message: /^Campaign Type "weekly" is not one Add Records accepts$/,
		description: /^Use one of: predictive, preview$/,
	},
];

/** The Campaign Type case maps its `type` key too: Ignore Unknown Fields leaves it out of the record. */
const withIgnore = (c: BadCase): INodeParameters =>
	c.name.startsWith('a Campaign Type') ? { ...c.parameters, options: { ignoreUnknownFields: true } } : c.parameters;

describe('without continueOnFail: the first bad item stops the node, and nothing is sent', () => {
	it.each(CASES)('$name', async (c) => {
		const { error, items, requests } = await runWrite(withIgnore(c), itemsOf(c.items));
		expect(requests).toBe(0);
		expect(items).toEqual([]);
		expect(error?.message).toMatch(c.message);
		if (c.description) expect(error?.description).toMatch(c.description);
		expect((error?.context as { itemIndex?: number } | undefined)?.itemIndex).toBe(c.bad[0]);
	});
});

describe('with continueOnFail: bad items become invalid error items, the good ones are sent', () => {
	it.each(CASES)('$name', async (c) => {
		const { error, json, items, requests, log } = await runWrite(withIgnore(c), itemsOf(c.items), { continueOnFail: true });
		expect(error).toBeUndefined();
		expect(pairsOf(items)).toEqual(c.items.map((_, index) => index));
		const good = c.items.map((_, index) => index).filter((index) => !c.bad.includes(index));
		for (const index of c.bad) {
			expect(json[index]).toEqual({ error: expect.stringMatching(c.message), description: c.description ? expect.stringMatching(c.description) : expect.anything(), outcome: 'invalid' });
		}
		for (const index of good) {
			expect(json[index]).toMatchObject({ outcome: expect.stringMatching(/^(added|updated|removed)$/) });
			expect(json[index]).not.toHaveProperty('error');
		}
		// The good items only: one call for a bulk write, one per item otherwise.
		expect(requests).toBe(good.length === 0 ? 0 : c.parameters.operation === 'speed' ? good.length : 1);
		expect(JSON.stringify(log.map((entry) => entry.body))).not.toMatch(/telefono|12ab|mañana|weekly|"101"/);
	});
});

describe('Ignore Unknown Fields', () => {
	it('leaves the unknown key out of the record and sends it', async () => {
		const { error, json, log, state } = await runWrite(addRecords({ options: { ignoreUnknownFields: true } }), itemsOf([lead(2, { row_number: 7, telefono: 'x' })]));
		expect(error).toBeUndefined();
		expect(log.map((entry) => entry.body)).toEqual([[lead(2)]]);
		expect(json).toEqual([expect.objectContaining({ outcome: 'added', sent: lead(2) })]);
		expect(copiesOf(state, PREDICTIVE, String(lead(2).customer_id))).toBe(1);
	});
});

describe('Find Record with no filter', () => {
	it.each([false, true])('is refused before any request (continueOnFail %p)', async (continueOnFail) => {
		const { error, json, requests } = await runWrite({ resource: 'campaign', operation: 'find_record' }, itemsOf([{}]), { continueOnFail });
		expect(requests).toBe(0);
		const message = /^Find Record needs at least one of Campaign Name or ID, Customer Phone, Customer ID$/;
		if (continueOnFail) expect(json).toEqual([{ error: expect.stringMatching(message), description: null }]);
		else expect(error?.message).toMatch(message);
	});
});
