/**
 * What the editor shows (every display name, description, hint, placeholder, option name and
 * option description of both nodes and the credential) speaks to the user, never of this
 * repository: no source notes, test fixtures, simulator or file paths.
 */
import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { WolkvoxTrigger } from '../../nodes/Wolkvox/WolkvoxTrigger.node';

/** Keys whose string values the editor displays. */
const SHOWN = new Set(['displayName', 'name', 'description', 'hint', 'placeholder', 'action', 'subtitle', 'notice']);

/** Internal references: source documents, test material, dev tools, paths and file names. */
const INTERNAL = [
	/\bseeds?\b/i,
	/API\.md|NOTES|catalog-notes|wolkvox-api\.md/i,
	/\bfixtures?\b/i,
	/\bcollection\b/i,
	/\bsimulator\b/i,
	/\bPostman\b/i,
	/\b[\w-]+\.(ts|js|mjs|json|md)\b/,
	/(^|[\s(`'"])(\.{0,2}\/)?(nodes|tools|test|docs|credentials|src|dist)\/\w/,
	/\/(root|work|farm|mnt|srv|Users|home|tmp)\//,
];

/** Every displayed string under `value`, with the path that leads to it. */
function shownStrings(value: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
	if (Array.isArray(value)) value.forEach((v, i) => shownStrings(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object') {
		for (const [key, v] of Object.entries(value)) {
			if (typeof v === 'string' && SHOWN.has(key)) out.push([`${path}.${key}`, v]);
			else shownStrings(v, `${path}.${key}`, out);
		}
	}
	return out;
}

const credential = new WolkvoxApi();
const texts = [
	...shownStrings(new Wolkvox().description, 'Wolkvox', []),
	...shownStrings(new WolkvoxTrigger().description, 'WolkvoxTrigger', []),
	...shownStrings({ displayName: credential.displayName, properties: credential.properties }, 'WolkvoxApi', []),
];

describe('text shown in the editor', () => {
	it('is collected from both nodes and the credential, options included', () => {
		const paths = texts.map(([path]) => path);
		expect(paths.some((p) => p.startsWith('Wolkvox.properties') && p.includes('.options['))).toBe(true);
		expect(paths.some((p) => p.startsWith('WolkvoxTrigger.properties'))).toBe(true);
		expect(paths.some((p) => p.startsWith('WolkvoxApi.properties'))).toBe(true);
		// The IVR report's description: it once ended with an internal document number.
		expect(texts.some(([, text]) => text.startsWith('Calls handled by the IVR and minutes consumed'))).toBe(true);
	});

	it('names nothing internal to this repository', () => {
		const found = texts.filter(([, text]) => INTERNAL.some((pattern) => pattern.test(text))).map(([path, text]) => `${path}: ${text}`);
		expect(found).toEqual([]);
	});

	it('would catch the references it looks for', () => {
		const samples = ['one row per hour (seed 004)', 'see the NOTES file', 'as in the Postman collection', 'served by the simulator', 'see tools/simulator/README', 'in /home/someone/notes'];
		for (const sample of samples) expect(INTERNAL.some((pattern) => pattern.test(sample))).toBe(true);
	});
});
