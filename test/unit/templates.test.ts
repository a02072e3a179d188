/** WhatsApp templates as list_templates answers them: their variables, the dropdown's label, why a send would fail. Pure. */
import { templateInfo, templateLabel, templateProblem } from '../../nodes/Wolkvox/shared/writes/templates';

const row = (name: string, status: string, text: string, language = 'es') => ({
	name, status, language, components: [{ type: 'HEADER', format: 'TEXT', text: 'Hola {{9}}' }, { type: 'BODY', text }, { type: 'BUTTONS', buttons: [] }],
});

describe('templateInfo', () => {
	it('counts the distinct placeholders of the body only', () => {
		expect(templateInfo(row('pago', 'approved', 'Hola {{1}}, debes {{2}} desde {{ 3 }}; {{1}} otra vez'))).toEqual({ name: 'pago', status: 'APPROVED', language: 'es', variables: 3 });
		expect(templateInfo(row('fijo', 'APPROVED', 'Sin variables')).variables).toBe(0);
	});

	it("reads Wolkvox's own copy of the text and name when Meta's is missing", () => {
		expect(templateInfo({ templateName: 'alias', status: 'PENDING', plantilla: 'Hola {{1}} y {{2}}' })).toEqual({ name: 'alias', status: 'PENDING', language: '', variables: 2 });
	});
});

describe('templateLabel', () => {
	it('shows status, language and the number of variables', () => {
		expect(templateLabel({ name: 'pago', status: 'APPROVED', language: 'es', variables: 2 })).toBe('pago (APPROVED, es, 2 variables)');
		expect(templateLabel({ name: 'uno', status: '', language: '', variables: 1 })).toBe('uno (no status, 1 variable)');
	});
});

describe('templateProblem', () => {
	const list = [
		templateInfo(row('pago', 'APPROVED', '{{1}} {{2}}')),
		templateInfo(row('promo', 'PENDING', '{{1}}')),
		templateInfo(row('multi', 'REJECTED', '{{1}}', 'en')),
		templateInfo(row('multi', 'APPROVED', '{{1}} {{2}}', 'es')),
	];

	it('passes an approved template given its number of variables', () => {
		expect(templateProblem(list, 'pago', 2, '3101')).toBeUndefined();
		// One approved language with that count is enough.
		expect(templateProblem(list, 'multi', 2, '3101')).toBeUndefined();
	});

	it('names an unknown template, with the ones the connector has', () => {
		expect(templateProblem(list, 'nada', 0, '3101')).toBe('the template "nada" is not one of connector 3101\'s (pago, promo, multi, multi)');
		expect(templateProblem([], 'nada', 0, '3101')).toBe('the template "nada" is not one of connector 3101\'s (it has none)');
	});

	it('refuses a template not approved, and a wrong count', () => {
		expect(templateProblem(list, 'promo', 1, '3101')).toBe('the template "promo" is PENDING, not APPROVED: Meta must approve it first');
		expect(templateProblem(list, 'pago', 1, '3101')).toBe('the template "pago" takes 2 variables, and 1 was given');
		expect(templateProblem(list, 'pago', 3, '3101')).toBe('the template "pago" takes 2 variables, and 3 were given');
	});
});
