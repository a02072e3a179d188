import { RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import { fieldNames } from '../../nodes/Wolkvox/shared/pipeline/selectFields';

/** `resource/api` → the fields a Simplify-on row of that endpoint can carry (durations add `_seconds`; billing rows name their product, totals their window). */
export function catalogOutputs(): Record<string, string[]> {
	const outputs: Record<string, string[]> = {};
	for (const resource of RESOURCES) {
		for (const endpoint of resource.endpoints) {
			outputs[`${resource.value}/${endpoint.api}`] = fieldNames(endpoint);
		}
	}
	return outputs;
}
