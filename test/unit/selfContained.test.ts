/**
 * The repository stands alone: no file names a path of one machine, or cites a document that is not
 * in the repository (the API facts are in docs/wolkvox-api.md, the catalog's in docs/catalog-notes.md).
 * The patterns are assembled at run time so that this file does not match them itself.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MACHINE_PATH = new RegExp(['', '(root|work|farm|mnt|srv|Users)', ''].join('/'));
const ABSENT_DOCUMENT = new RegExp(`\\b(${['API', 'NOTES'].map((name) => `${name}\\.md`).join('|')})\\b`);

const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);

function offenders(pattern: RegExp): string[] {
	return files.flatMap((file) => {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch {
			return []; // listed but deleted in the work tree
		}
		return text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : []));
	});
}

describe('the repository', () => {
	it('is read from its tracked files', () => {
		expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/wolkvox-api.md', 'docs/catalog-notes.md']));
	});

	it('names no absolute path of one machine', () => {
		expect(offenders(MACHINE_PATH)).toEqual([]);
	});

	it('cites no document that is not in it', () => {
		expect(offenders(ABSENT_DOCUMENT)).toEqual([]);
	});

	it('would catch both', () => {
		expect(MACHINE_PATH.test(['see ', 'work', 'shared', 'x'].join('/'))).toBe(true);
		expect(ABSENT_DOCUMENT.test(`(${'API'}.md "Limits")`)).toBe(true);
	});
});
