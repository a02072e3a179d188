/**
 * One recorded simulator answer, served again and again after a fixed latency: the large-report
 * scenario compares what two clients do with the same answer, so building 60,000 rows on every
 * request (seconds, in this very process) must not be timed with them.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Replay {
	url: string;
	/** Query strings of the requests received since the last reset. */
	queries: string[];
	/** Milliseconds from each request's arrival to the end of its answer. */
	serverMs: number[];
	reset(): void;
	close(): Promise<void>;
}

/** Records `GET url` once (with the token header) and serves that answer on 127.0.0.1 for `path`. */
export async function startReplay(source: string, path: string, token: string, latencyMs: number): Promise<Replay> {
	const recorded = await fetch(source, { headers: { 'wolkvox-token': token } });
	const body = Buffer.from(await recorded.arrayBuffer());
	const contentType = recorded.headers.get('content-type') ?? 'application/json';
	const replay: Replay = {
		url: '',
		queries: [],
		serverMs: [],
		reset: () => {
			replay.queries.length = 0;
			replay.serverMs.length = 0;
		},
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
	const server = http.createServer((req, res) => {
		const arrived = Date.now();
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		if (url.pathname !== path || req.headers['wolkvox-token'] !== token) {
			res.writeHead(404).end();
			return;
		}
		replay.queries.push(url.search);
		setTimeout(() => {
			res.writeHead(recorded.status, { 'Content-Type': contentType, 'Content-Length': body.length });
			res.end(body, () => replay.serverMs.push(Date.now() - arrived));
		}, latencyMs);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	replay.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return replay;
}
