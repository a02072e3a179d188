/**
 * Typed access to tools/queue/cluster.mjs (Redis, PostgreSQL and n8n workers for queue mode) and
 * to run.mjs's runN8n, from TypeScript run by jest. Loaded like tools/lib/n8n.ts loads run.mjs.
 */
import * as path from 'node:path';

import { importInMainContext, REPO_ROOT, type N8nHome } from './n8n';

export interface ServiceProcess {
	name: string;
	pid?: number;
	logs(): string;
	stop(): Promise<unknown>;
}

export interface Service {
	host: string;
	port: number;
	process: ServiceProcess;
	stop(): Promise<void>;
}

export interface Postgres extends Service {
	user: string;
	database: string;
}

export interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
	ms: number;
}

export interface QueueTooling {
	startRedis(): Promise<Service>;
	startPostgres(options?: { user?: string; database?: string }): Promise<Postgres>;
	queueEnv(services: { redis: Service; postgres: Postgres }): Record<string, string>;
	startWorker(home: N8nHome, options?: { name?: string; concurrency?: number; env?: Record<string, string> }): Promise<ServiceProcess>;
	waitForWebhook(url: string, path: string, options?: { method?: string; timeoutMs?: number }): Promise<void>;
	runN8n(home: N8nHome, args: string[], options?: { timeoutMs?: number; env?: Record<string, string> }): Promise<RunResult>;
}

let loaded: Promise<QueueTooling> | undefined;

/** tools/queue/cluster.mjs and runN8n, loaded once. */
export function loadQueueTooling(): Promise<QueueTooling> {
	loaded ??= (async () => {
		const cluster = (await importInMainContext(path.join(REPO_ROOT, 'tools', 'queue', 'cluster.mjs'))) as Omit<QueueTooling, 'runN8n'>;
		const run = (await importInMainContext(path.join(REPO_ROOT, 'tools', 'n8n', 'run.mjs'))) as Pick<QueueTooling, 'runN8n'>;
		return { ...cluster, runN8n: run.runN8n };
	})();
	return loaded;
}
