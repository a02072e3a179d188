// For the simulator's own tests: simulators on a pinned clock, all closed after each test.

import { startSimulator, type Simulator, type SimulatorOptions } from '../../tools/simulator/server';

/** Call at a test file's top level; the returned `start` registers what it starts for closing. */
export function simulatorsAt(now: Date): (options?: SimulatorOptions) => Promise<Simulator> {
	const running: Simulator[] = [];
	afterEach(async () => {
		await Promise.all(running.splice(0).map((s) => s.close()));
	});
	return async (options = {}) => {
		const sim = await startSimulator({ now: () => now, ...options });
		running.push(sim);
		return sim;
	};
}
