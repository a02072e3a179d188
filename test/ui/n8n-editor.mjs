// A real n8n editor with this repository's package, for the UI test (test/ui/editor.test.ts).
//
// Jest runs the test as CommonJS inside its VM, where the ES modules of tools/n8n/ can't be
// imported (that needs node --experimental-vm-modules); so the test runs this plain Node script as
// a child process instead:
//
//   stdin, one JSON line:  { "version": "2.41.1", "packageDir": "/repo", "credentials": [...] }
//   stdout, one JSON line: { "url", "cookie", "email", "password", "version", "n8nPid", "startMs" }
//                      or: { "error": "..." }
//   then it waits; SIGTERM, SIGINT or the end of stdin (the test died) stops n8n (its whole
//   process group), removes the temporary n8n home, writes n8n's log to --log FILE, and exits.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createN8nHome, importCredentials, startEditor } from '../../tools/n8n/run.mjs';

const logArg = process.argv.indexOf('--log');
const logFile = logArg > 0 ? process.argv[logArg + 1] : null;

let home = null;
let editor = null;
let setup = null;
let stopping = null;

function send(obj) {
	process.stdout.write(`${JSON.stringify(obj)}\n`);
}

async function stop(code = 0) {
	stopping ??= (async () => {
		await setup?.catch(() => {}); // an n8n still starting is stopped once it is up
		try {
			if (editor) await editor.stop();
			if (editor && logFile) {
				fs.mkdirSync(path.dirname(logFile), { recursive: true });
				fs.writeFileSync(logFile, editor.logs());
			}
		} catch (e) {
			process.stderr.write(`[n8n-editor] stop: ${e?.stack ?? e}\n`);
		}
		try {
			if (home) await home.cleanup();
		} catch (e) {
			process.stderr.write(`[n8n-editor] cleanup: ${e?.stack ?? e}\n`);
		}
		process.exit(code);
	})();
	return stopping;
}

process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));

const lines = readline.createInterface({ input: process.stdin });
let configured = false;
lines.on('line', (line) => {
	if (configured || !line.trim()) return;
	configured = true;
	setup = start(line);
});
// The test closed our stdin, or died: never leave an n8n behind.
lines.on('close', () => stop(0));

async function start(line) {
	try {
		const { version, packageDir, credentials = [] } = JSON.parse(line);
		home = await createN8nHome({ version, packageDir });
		if (credentials.length) await importCredentials(home, credentials);
		editor = await startEditor({ home, owner: true });
		send({
			url: editor.url,
			cookie: editor.owner.cookie,
			email: editor.owner.email,
			password: editor.owner.password,
			version: home.version,
			n8nPid: editor.process.pid,
			startMs: editor.startMs,
		});
	} catch (e) {
		send({ error: String(e?.stack ?? e) });
		setup = null;
		void stop(1); // not awaited: a stop() already waiting for this setup would wait for itself
	}
}
