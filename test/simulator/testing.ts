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

/** A simulator's answer: its status, its text, and the JSON in it (undefined when it is none). */
export async function replyOf<Json = Record<string, unknown>>(r: Response): Promise<{ status: number; text: string; json: Json | undefined }> {
	const text = await r.text();
	try {
		return { status: r.status, text, json: JSON.parse(text) as Json };
	} catch {
		return { status: r.status, text, json: undefined };
	}
}
