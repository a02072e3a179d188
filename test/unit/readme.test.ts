import { readFileSync } from 'node:fs';

import { catalogTables, END, START } from '../../tools/catalog-table';

describe('README', () => {
	it('lists exactly the endpoints of the catalog (run `npx tsx tools/catalog-table.ts --write`)', () => {
		const readme = readFileSync('README.md', 'utf8');
		const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
		expect(readme).toContain(START);
		expect(section).toBe(catalogTables().trim());
	});
});
