/**
 * Numbers written twice because a rule wants them literal, held to their one source here: the
 * credential stands alone (it imports only n8n-workflow), and n8n's lint wants Limit's default as 50.
 */
import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { LIMITS } from '../../nodes/Wolkvox/shared/limits';
import { DEFAULT_LIMIT } from '../../nodes/Wolkvox/shared/pipeline/plan';

describe("the credential's simultaneous-requests cap", () => {
	const property = new WolkvoxApi().properties.find((p) => p.name === 'maxConcurrentRequests');

	it('is the API limit, in the field and in its description', () => {
		expect(property?.typeOptions?.maxValue).toBe(LIMITS.simultaneousRequests);
		expect(property?.description).toContain(`Wolkvox refuses more than ${LIMITS.simultaneousRequests}`);
	});
});

describe("Limit's default", () => {
	it('is the one the node reads when Limit is empty', () => {
		const limits = new Wolkvox().description.properties.filter((p) => p.name === 'limit');
		expect(limits.length).toBeGreaterThan(0);
		for (const limit of limits) expect(limit.default).toBe(DEFAULT_LIMIT);
	});
});
