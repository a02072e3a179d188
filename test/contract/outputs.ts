import { RESOURCES } from '../../nodes/Wolkvox/shared/catalog';

/** `resource/api` → the fields a Simplify-on row of that endpoint can carry (durations add `_seconds`; billing rows name their product, totals their window). */
export function catalogOutputs(): Record<string, string[]> {
	const outputs: Record<string, string[]> = {};
	for (const resource of RESOURCES) {
		for (const endpoint of resource.endpoints) {
			const names = endpoint.fields.flatMap((f) => (f.type === 'duration' ? [f.name, `${f.name}_seconds`] : [f.name]));
			const added = [...Object.keys(endpoint.constants ?? {}), ...(endpoint.totals ? ['window_start', 'window_end'] : [])];
			outputs[`${resource.value}/${endpoint.api}`] = [...(endpoint.keyedBy ? [endpoint.keyedBy] : []), ...names, ...added];
		}
	}
	return outputs;
}
