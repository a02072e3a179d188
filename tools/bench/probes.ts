/**
 * What the benchmark reads from the machine: process memory from /proc, the package's packed size,
 * the time Node takes to load the node, and a description of the machine.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { N8nInstall } from '../lib/n8n';

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	try {
		const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) : 0;
	} catch {
		return 0; // gone between listing and reading
	}
}

/** Pids whose process group is `pgid` (n8n is started detached: it and its task runner). */
function groupPids(pgid: number): number[] {
	const pids: number[] = [];
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			// Fields after "(comm)": state ppid pgrp …
			const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
			if (pgrp === pgid) pids.push(Number(entry));
		} catch {
			// Process ended while listing.
		}
	}
	return pids;
}

/**
 * Samples a process while it runs. `peakKb`: the kernel's high-water mark of its resident memory
 * (VmHWM, exact, read until it exits); `groupPeakKb`: the largest sum of VmRSS over its process
 * group seen by polling (n8n plus its task runner).
 */
export class MemoryProbe {
	peakKb = 0;
	groupPeakKb = 0;
	private timer?: NodeJS.Timeout;

	start(pid: number, everyMs = 25): void {
		const sample = () => {
			this.peakKb = Math.max(this.peakKb, statusKb(pid, 'VmHWM'));
			const sum = groupPids(pid).reduce((total, p) => total + statusKb(p, 'VmRSS'), 0);
			this.groupPeakKb = Math.max(this.groupPeakKb, sum);
		};
		sample();
		this.timer = setInterval(sample, everyMs);
	}

	stop(): void {
		clearInterval(this.timer);
	}
}

export interface PackSize {
	packedKb: number;
	unpackedKb: number;
	files: number;
}

/** `npm pack --dry-run`: what a user downloads and what it unpacks to. */
export function packSize(repoRoot: string): PackSize {
	const r = spawnSync('npm', ['pack', '--dry-run', '--json'], {
		cwd: repoRoot,
		encoding: 'utf8',
		env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
	});
	if (r.status !== 0) throw new Error(`npm pack --dry-run failed: ${r.stderr}`);
	const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
	return { packedKb: info.size / 1024, unpackedKb: info.unpackedSize / 1024, files: info.entryCount };
}

/**
 * Milliseconds a fresh Node process of n8n's own runtime takes to require the packed nodes and
 * credential and build their descriptions, with n8n-workflow (n8n's copy) already loaded, as it is
 * in n8n before any community package.
 */
export function loadTimeMs(install: N8nInstall, packageDir: string): number {
	const node = path.join(packageDir, 'dist', 'nodes', 'Wolkvox', 'Wolkvox.node.js');
	const trigger = path.join(packageDir, 'dist', 'nodes', 'Wolkvox', 'WolkvoxTrigger.node.js');
	const credential = path.join(packageDir, 'dist', 'credentials', 'WolkvoxApi.credentials.js');
	// n8n-workflow as the node itself resolves it (n8n's copy, through NODE_PATH), so it is loaded
	// before the clock starts and not timed as part of the node.
	const script = `
		require(require.resolve('n8n-workflow', { paths: [${JSON.stringify(path.dirname(node))}] }));
		const t0 = performance.now();
		const { Wolkvox } = require(${JSON.stringify(node)});
		const { WolkvoxTrigger } = require(${JSON.stringify(trigger)});
		const { WolkvoxApi } = require(${JSON.stringify(credential)});
		JSON.stringify(new Wolkvox().description);
		JSON.stringify(new WolkvoxTrigger().description);
		JSON.stringify(new WolkvoxApi().properties);
		process.stdout.write(String(performance.now() - t0));`;
	const r = spawnSync(install.nodeBin, ['-e', script], {
		cwd: packageDir,
		encoding: 'utf8',
		env: { PATH: process.env.PATH ?? '', NODE_PATH: path.join(install.dir, 'node_modules') },
	});
	if (r.status !== 0) throw new Error(`loading the node failed: ${r.stderr}`);
	return Number(r.stdout);
}

export interface Machine {
	cpu: string;
	cores: number;
	memoryGb: number;
	os: string;
	/** 1-minute load average when the run started and when it ended. */
	loadStart: number;
	loadEnd?: number;
}

export function describeMachine(): Machine {
	let osName = `${os.type()} ${os.release()}`;
	try {
		const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(fs.readFileSync('/etc/os-release', 'utf8'));
		if (pretty) osName = `${pretty[1]} (kernel ${os.release()})`;
	} catch {
		// Not Linux-like: keep os.type().
	}
	return {
		cpu: os.cpus()[0]?.model ?? 'unknown',
		cores: os.cpus().length,
		memoryGb: Math.round(os.totalmem() / 2 ** 30),
		os: osName,
		loadStart: os.loadavg()[0],
	};
}
