/**
 * The credential stands alone (it imports only n8n-workflow), so its copy of the per-token cap is held
 * to the one in shared/limits.ts here.
 */
import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { LIMITS } from '../../nodes/Wolkvox/shared/limits';

describe("the credential's simultaneous-requests cap", () => {
	const property = new WolkvoxApi().properties.find((p) => p.name === 'maxConcurrentRequests');

	it('is the API limit, in the field and in its description', () => {
		expect(property?.typeOptions?.maxValue).toBe(LIMITS.simultaneousRequests);
		expect(property?.description).toContain(`Wolkvox refuses more than ${LIMITS.simultaneousRequests}`);
	});
});
