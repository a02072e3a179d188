// The n8n editor with this node, in headless Chromium: `npm run test:ui`.
//
// A real n8n (tools/n8n, pinned 2.41.1 by default) runs with the built package as a community
// node and a "Wolkvox (simulator)" credential that points at the Wolkvox simulator. Chromium is
// Debian's (/usr/bin/chromium, driven by playwright-core; no browser download). The test adds the
// Wolkvox node from the nodes panel and checks that the Billing, Report and Campaign parameters render.
// Screenshots: .artifacts/ui/billing.png, report.png, canvas.png (failure-*.png when a step fails),
// with n8n's log (n8n.log), the browser console (browser.log) and the API calls (simulator.log) beside them.
//
// Env: WOLKVOX_UI_N8N_VERSION (default 2.41.1; 1.123.81 works too), CHROMIUM_PATH, UI_HEADED=1.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { findResource } from '../../nodes/Wolkvox/shared/catalog';
import { startSimulator, type Simulator } from '../../tools/simulator/server';
import { assertNoSecrets } from '../secrets';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, '.artifacts', 'ui');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const N8N_VERSION = process.env.WOLKVOX_UI_N8N_VERSION || '2.41.1';
const TOKEN = 'sim-token-ui';
const CREDENTIAL_NAME = 'Wolkvox (simulator)';

/** Generous: 2 cores, a cold editor bundle, two Node runtimes busy at once. */
const UI_TIMEOUT = 60_000;
/** A cold n8n cache installs n8n (several minutes) before the editor starts. */
const SETUP_TIMEOUT = 25 * 60_000;

interface Editor {
	url: string;
	cookie: string;
	email: string;
	password: string;
	version: string;
	n8nPid: number;
	startMs: number;
}

let sim: Simulator | undefined;
let bridge: ChildProcessWithoutNullStreams | undefined;
let bridgeErr = '';
let editor: Editor | undefined;
let browser: Browser | undefined;
let page: Page;
const consoleLines: string[] = [];

// ------------------------------------------------------------------ processes

/** Start test/ui/n8n-editor.mjs (plain Node: tools/n8n is ESM) and wait for its JSON line. */
async function startEditorProcess(config: object): Promise<Editor> {
	// Not jest's NODE_ENV=test: n8n then logs nothing, and tools/n8n reads its CLI's output.
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('JEST_')));
	const child = spawn(process.execPath, [path.join(__dirname, 'n8n-editor.mjs'), '--log', path.join(ARTIFACTS, 'n8n.log')], {
		cwd: ROOT,
		env,
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	bridge = child;
	child.stderr.on('data', (d: Buffer) => (bridgeErr = (bridgeErr + d.toString()).slice(-20_000)));
	const lines = readline.createInterface({ input: child.stdout });
	const first = new Promise<string>((resolve, reject) => {
		lines.once('line', resolve);
		child.once('exit', (code, signal) => reject(new Error(`n8n-editor.mjs exited (${code ?? signal}) before the editor was up:\n${bridgeErr}`)));
	});
	child.stdin.write(`${JSON.stringify(config)}\n`); // stdin stays open: closing it stops the editor
	const answer = JSON.parse(await first) as Editor & { error?: string };
	lines.close();
	if (answer.error) throw new Error(`n8n editor did not start: ${answer.error}\n${bridgeErr}`);
	return answer;
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** SIGTERM the bridge (it stops n8n and removes the home); SIGKILL both if that hangs. */
async function stopEditorProcess(): Promise<void> {
	const child = bridge;
	if (!child?.pid) return;
	if (child.exitCode === null && child.signalCode === null) {
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		process.kill(child.pid, 'SIGTERM');
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), 45_000)));
		if ((await Promise.race([exited, late])) === 'late') {
			if (alive(child.pid)) process.kill(child.pid, 'SIGKILL');
			await exited;
		}
		clearTimeout(timer);
	}
	// n8n runs in its own process group (pgid = its pid), with its task runner.
	if (editor?.n8nPid && alive(editor.n8nPid)) {
		try {
			process.kill(-editor.n8nPid, 'SIGKILL');
		} catch {
			/* already gone */
		}
	}
	child.stdin.destroy();
	child.stdout.destroy();
	child.stderr.destroy();
}

// ------------------------------------------------------------------ page helpers

const DISMISS = /^(close|close this dialog|skip|skip for now|not now|maybe later|dismiss|got it|no thanks)$/i;

/** n8n's onboarding and notice modals: click them away whenever one would block an action. */
async function dismissModalsAutomatically(p: Page): Promise<void> {
	const modal = p
		.getByRole('dialog')
		.filter({ hasNot: ndvMarker(p) }) // never the node's own panel
		.filter({ has: p.getByRole('button', { name: DISMISS }) });
	await p.addLocatorHandler(modal, async (m) => {
		await m.getByRole('button', { name: DISMISS }).first().click({ timeout: 5_000 }).catch(() => p.keyboard.press('Escape'));
	});
}

/** Banners over the canvas (trial, version, licence notices): close what has a close button. */
async function dismissBanners(p: Page): Promise<void> {
	const closers = p.locator('#banner-stack, [data-test-id="banner-stack"]').getByRole('button', { name: /close|dismiss/i });
	for (const b of await closers.all()) await b.click({ timeout: 2_000 }).catch(() => undefined);
}

async function signInIfAsked(p: Page, e: Editor): Promise<void> {
	if (!/\/signin/.test(p.url())) return;
	await p.getByLabel(/email/i).fill(e.email);
	await p.getByLabel(/password/i).fill(e.password);
	await p.getByRole('button', { name: /sign in/i }).click();
	await p.waitForURL((u) => !u.pathname.startsWith('/signin'));
}

/** What marks the node's panel (NDV): its Parameters tab (2.x), or plain "Parameters" text (1.x). */
function ndvMarker(p: Page): Locator {
	return p.getByRole('tab', { name: 'Parameters' }).or(p.getByText('Parameters', { exact: true }));
}

/** The node's panel (NDV). */
function ndv(p: Page): Locator {
	return p.getByRole('dialog').filter({ has: ndvMarker(p) });
}

/** A parameter of the open node: the innermost block holding its label and a control. */
function parameter(p: Page, label: string, control: Locator = p.getByRole('combobox')): Locator {
	return ndv(p).locator('div').filter({ has: p.getByText(label, { exact: true }) }).filter({ has: control }).last();
}

/** A new, empty workflow in the editor. */
async function newWorkflow(p: Page, e: Editor): Promise<void> {
	await p.goto(`${e.url}/workflow/new`);
	await signInIfAsked(p, e);
	await p.waitForURL(/\/workflow\//);
	await dismissBanners(p);
}

/** The nodes panel, searched for Wolkvox, with the package's entry (node and trigger) opened. */
async function openWolkvoxEntry(p: Page): Promise<void> {
	// 2.x names the canvas' + button; 1.123 leaves it unnamed, so take the empty canvas' "Add first step".
	const addFirstStep = p.getByRole('group').filter({ hasText: /^Add first step/ }).getByRole('button');
	await p.getByRole('button', { name: 'Open nodes panel' }).or(addFirstStep).first().click();
	const search = p.getByRole('textbox', { name: /search nodes/i });
	await search.fill('Wolkvox');
	const panel = p.getByRole('complementary').filter({ has: search });
	await panel.getByText('Wolkvox', { exact: true }).first().click();
}

/**
 * Add the node by one of its actions, from the opened entry. The package also has the Wolkvox
 * Trigger, so n8n shows both under one entry: on an empty canvas its triggers come first and the
 * actions are folded under "Actions (N)".
 */
async function addAction(p: Page, text: string): Promise<void> {
	const action = p.getByText(text, { exact: true });
	const folded = p.getByText(/^Actions \(\d+\)$/);
	await action.or(folded).first().waitFor();
	if (!(await action.isVisible())) await folded.first().click();
	await action.click();
	await ndv(p).waitFor();
}

/** Close the node's panel: Escape once nothing in it has focus, else 1.x's "Back to canvas" or 2.x's × (unnamed: n8n's test id). */
async function closeNdv(p: Page): Promise<void> {
	await p.evaluate('document.activeElement && document.activeElement.blur()'); // a string: no DOM types here
	await p.keyboard.press('Escape');
	const closed = await ndv(p).waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false);
	if (!closed) await ndv(p).getByText('Back to canvas').or(ndv(p).locator('[data-test-id="ndv-close-button"]')).first().click();
	await ndv(p).waitFor({ state: 'hidden' });
}

/** The text a field shows (the DOM types are not in this tsconfig: the element's shape is spelled out). */
interface Shown {
	value?: string;
	innerText?: string;
	textContent: string | null;
}

async function valueOf(control: Locator): Promise<string> {
	return (await control.evaluate((el: Shown) => el.value ?? el.textContent ?? '')).trim();
}

/** Open a dropdown parameter and read the names of its options (the first line of each). */
async function openOptions(p: Page, label: string): Promise<string[]> {
	await parameter(p, label).getByRole('combobox').click();
	const list = p.getByRole('listbox').filter({ visible: true }).last();
	await list.getByRole('option').first().waitFor();
	return list.getByRole('option').evaluateAll((els: Shown[]) => els.map((el) => (el.innerText ?? el.textContent ?? '').split('\n')[0].trim()));
}

/** Choose an option of a dropdown parameter by its name, and wait until the field shows it. */
async function choose(p: Page, label: string, option: string): Promise<string[]> {
	const names = await openOptions(p, label);
	const list = p.getByRole('listbox').filter({ visible: true }).last();
	await list.getByRole('option').filter({ has: p.getByText(option, { exact: true }) }).first().click();
	await list.waitFor({ state: 'hidden' }).catch(() => p.keyboard.press('Escape'));
	const field = parameter(p, label).getByRole('combobox');
	await waitFor(async () => (await valueOf(field)) === option, `${label} = ${option}`);
	return names;
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = UI_TIMEOUT): Promise<void> {
	const t0 = Date.now();
	while (!(await check())) {
		if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

/** Run a step; on failure keep a screenshot of the page as .artifacts/ui/failure-<name>.png. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		await page?.screenshot({ path: path.join(ARTIFACTS, `failure-${name}.png`) }).catch(() => undefined);
		const aria = await page?.locator('body').ariaSnapshot().catch(() => undefined);
		if (aria) fs.writeFileSync(path.join(ARTIFACTS, `failure-${name}.aria.yml`), aria);
		throw e;
	}
}

// ------------------------------------------------------------------ lifecycle

beforeAll(async () => {
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	for (const f of fs.readdirSync(ARTIFACTS)) if (/\.(png|log|yml)$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
	if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run tools/ui/ensure-chromium.sh (as root)`);

	sim = await startSimulator({ token: TOKEN });
	editor = await startEditorProcess({
		version: N8N_VERSION,
		packageDir: ROOT,
		credentials: [
			{
				id: 'wolkvoxUiSimCred',
				name: CREDENTIAL_NAME,
				type: 'wolkvoxApi',
				data: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1 },
			},
		],
	});

	browser = await chromium.launch({
		executablePath: CHROMIUM,
		headless: process.env.UI_HEADED !== '1',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'America/Bogota' });
	const [name, ...value] = editor.cookie.split(';')[0].split('=');
	await context.addCookies([{ name, value: value.join('='), url: editor.url }]);
	// Everything stays on 127.0.0.1: the editor's calls to outside hosts (telemetry, templates,
	// fonts) are refused here instead of hanging on this offline machine; browser.log lists them.
	await context.route(
		(u) => u.hostname !== '127.0.0.1' && u.protocol !== 'data:' && u.protocol !== 'blob:',
		(route) => {
			consoleLines.push(`[blocked] ${route.request().method()} ${route.request().url()}`);
			return route.abort('blockedbyclient');
		},
	);
	page = await context.newPage();
	page.setDefaultTimeout(UI_TIMEOUT);
	page.setDefaultNavigationTimeout(2 * UI_TIMEOUT);
	page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
	page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
	await dismissModalsAutomatically(page);
}, SETUP_TIMEOUT);

afterAll(async () => {
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	fs.writeFileSync(path.join(ARTIFACTS, 'browser.log'), consoleLines.join('\n'));
	// What the editor asked Wolkvox for (dropdowns loaded from the account), without the token.
	const asked = (sim?.stats.log ?? []).map((r) => `${r.status} ${r.path}?${new URLSearchParams(r.query)}`);
	fs.writeFileSync(path.join(ARTIFACTS, 'simulator.log'), asked.join('\n'));
	await browser?.close().catch(() => undefined); // ends the Chromium it launched
	await stopEditorProcess();
	await sim?.close();
	// The secrets guarantee: neither the browser's console nor n8n's log shows the token.
	const n8nLog = path.join(ARTIFACTS, 'n8n.log');
	assertNoSecrets(`${consoleLines.join('\n')}\n${fs.existsSync(n8nLog) ? fs.readFileSync(n8nLog, 'utf8') : ''}`, 'the editor test (browser console, n8n log)');
}, 120_000);

// ------------------------------------------------------------------ the test

test('the nodes panel finds Wolkvox and adds it with a Billing action', async () => {
	const e = editor as Editor;
	await step('open', async () => await newWorkflow(page, e));

	await step('add-node', async () => {
		await openWolkvoxEntry(page);
		// The node's actions, grouped by resource; pick Billing's.
		await addAction(page, 'Get product usage');
	});

	await step('billing', async () => {
		expect(await valueOf(ndv(page).getByRole('combobox', { name: /credential/i }))).toBe(CREDENTIAL_NAME);
		expect(await valueOf(parameter(page, 'Resource').getByRole('combobox'))).toBe('Billing');
		expect(await valueOf(parameter(page, 'Operation').getByRole('combobox'))).toBe('Get Usage');

		const products = await choose(page, 'Product', 'IVR Calls');
		expect(products).toEqual(expect.arrayContaining(['IVR Calls', 'IVR Minutes', 'Agent Script', 'WhatsApp Connectors']));
		expect(products.length).toBeGreaterThanOrEqual(findResource('billing')!.endpoints.length);
		await expect(ndv(page).getByText('Report Family', { exact: true }).count()).resolves.toBe(0);
		await page.screenshot({ path: path.join(ARTIFACTS, 'billing.png') });
	});
});

test('switching to Report → Get Rows renders Report Family, Report, Period and the dates', async () => {
	await step('resource', async () => {
		const resources = await choose(page, 'Resource', 'Report');
		expect(resources).toEqual(expect.arrayContaining(['Billing', 'Report']));
		await waitFor(async () => (await valueOf(parameter(page, 'Operation').getByRole('combobox'))) === 'Get Rows', 'Operation = Get Rows');
		await ndv(page).getByText('Product', { exact: true }).waitFor({ state: 'detached' });
	});

	await step('report', async () => {
		const families = await choose(page, 'Report Family', 'IVR and Self-Service (Diagrams)');
		expect(families).toEqual(expect.arrayContaining(['Agents', 'Skills (Queues and Service Level)', 'IVR and Self-Service (Diagrams)']));
		const reports = await choose(page, 'Report', 'IVR Calls and Minutes by Hour');
		expect(reports).toEqual(expect.arrayContaining(['IVR Calls and Minutes by Hour', 'IVR Calls and Minutes by Day']));
		expect(reports).not.toContain('Agent Time by State'); // only the chosen family's reports
	});

	await step('period', async () => {
		const startDate = ndv(page).getByText('Start Date', { exact: true });
		const endDate = ndv(page).getByText('End Date', { exact: true });
		// A node added today (version 2) runs as added: Period Yesterday, no dates to fill.
		expect(await valueOf(parameter(page, 'Period').getByRole('combobox'))).toBe('Yesterday');
		await expect(startDate.count()).resolves.toBe(0);
		const periods = await choose(page, 'Period', 'Today');
		expect(periods).toEqual(expect.arrayContaining(['Custom', 'Today', 'Yesterday', 'Last 7 Days', 'This Month', 'Last Month']));
		await startDate.waitFor({ state: 'detached' });

		await choose(page, 'Period', 'Custom');
		await startDate.waitFor();
		await endDate.waitFor();
		for (const label of ['Start Date', 'End Date']) {
			await expect(parameter(page, label, page.getByRole('textbox')).getByRole('textbox').first().isVisible()).resolves.toBe(true);
		}
		await page.screenshot({ path: path.join(ARTIFACTS, 'report.png') });
	});

	await step('canvas', async () => {
		// Back on the canvas: the node as a workflow shows it (icon, name, subtitle).
		await closeNdv(page);
		// Zoom to fit: the named button (2.x), else n8n's shortcut "1" (1.123's button has no name).
		await page.getByRole('button', { name: 'Zoom to Fit' }).click({ timeout: 5_000 }).catch(() => page.keyboard.press('1'));
		await page.waitForTimeout(500); // the zoom animation
		await page.screenshot({ path: path.join(ARTIFACTS, 'canvas.png') });
	});
});

test('the Wolkvox Trigger renders both events, and Fetch Test Event shows a sample row', async () => {
	const e = editor as Editor;
	await step('trigger-add', async () => {
		await newWorkflow(page, e);
		await openWolkvoxEntry(page);
		await page.getByText('On new report rows', { exact: true }).click();
		await ndv(page).waitFor();
	});

	await step('trigger-rows', async () => {
		expect(await valueOf(parameter(page, 'Trigger On').getByRole('combobox'))).toBe('New Report Rows');
		await ndv(page).getByText('Poll Times', { exact: true }).first().waitFor();
		await ndv(page).getByText('Overlap (Minutes)', { exact: true }).waitFor();
		expect(await valueOf(parameter(page, 'Report Family').getByRole('combobox'))).toBe('IVR and Self-Service (Diagrams)');
		const reports = await openOptions(page, 'Report');
		await page.keyboard.press('Escape');
		expect(reports).toEqual(expect.arrayContaining(['IVR Calls and Minutes by Hour', 'IVR Call Detail']));
		expect(reports).not.toContain('IVR Calls and Minutes by Menu Option'); // its rows carry no time
	});

	await step('trigger-fetch', async () => {
		// Manual mode against the simulator: the latest hour of IVR traffic, as one item.
		await ndv(page).getByRole('button', { name: /fetch test event/i }).first().click();
		await ndv(page).getByText('ivr_minutes', { exact: false }).first().waitFor();
		await page.screenshot({ path: path.join(ARTIFACTS, 'trigger-rows.png') });
	});

	await step('trigger-usage', async () => {
		await choose(page, 'Trigger On', 'Usage Threshold Crossed');
		await ndv(page).getByText('Overlap (Minutes)', { exact: true }).waitFor({ state: 'detached' });
		await ndv(page).getByText('Add Threshold', { exact: true }).first().waitFor();
		await page.screenshot({ path: path.join(ARTIFACTS, 'trigger-usage.png') });
	});
});

test('Campaign → Add Records: campaigns with their type, Record Fields to map, and a notice on the permanent operations', async () => {
	const e = editor as Editor;
	await step('campaign-add', async () => {
		await newWorkflow(page, e);
		await openWolkvoxEntry(page);
		await addAction(page, 'Add records to campaign');
	});

	await step('campaign-records', async () => {
		expect(await valueOf(parameter(page, 'Resource').getByRole('combobox'))).toBe('Campaign');
		expect(await valueOf(parameter(page, 'Operation').getByRole('combobox'))).toBe('Add Records');
		// The dropdown comes from information.php campaigns, each with its ID and type.
		const campaigns = await openOptions(page, 'Campaign Name or ID');
		await page.keyboard.press('Escape');
		const preview = (sim as Simulator).state.campaigns.find((c) => c.type_campaign === 'preview')!;
		expect(campaigns).toContain(`${preview.campaign_name} (${preview.campaign_id}, preview)`);
		// Record Fields is n8n's resource mapper, mapping items automatically by default.
		await ndv(page).getByText('Mapping Column Mode', { exact: true }).first().waitFor();
		expect(await valueOf(parameter(page, 'Mapping Column Mode').getByRole('combobox'))).toBe('Map Automatically');
		await page.screenshot({ path: path.join(ARTIFACTS, 'campaign-add-records.png') });
	});

	await step('campaign-permanent', async () => {
		await choose(page, 'Operation', 'Remove Records (Permanent)');
		await ndv(page).getByText(/cannot be undone/).first().waitFor();
		await ndv(page).getByText('Mapping Column Mode', { exact: true }).waitFor({ state: 'detached' });
		await page.screenshot({ path: path.join(ARTIFACTS, 'campaign-remove-records.png') });
	});
});
