import { describe, expect, test } from 'vitest';
import { buildLearnModules, moduleLinks } from './model';
import type { Module, Question } from '../../schemas/learn';

const MODULE: Module = {
	title: 'Developer environment',
	summary: 'A summary long enough for the schema.',
	order: 1,
	environment: 'developer',
	objectives: ['Explain one thing clearly.', 'Explain another thing too.'],
	tour: [
		{ kind: 'flow', title: 'Start', text: 'x'.repeat(40) },
		{ kind: 'threat', title: 'Hijack', text: 'x'.repeat(40), threat: 'hijack' },
		{ kind: 'flow', title: 'End', text: 'x'.repeat(40) },
	],
	lessons: [
		{ title: 'One', body: ['x'.repeat(40)], guides: ['mfa'] },
		{ title: 'Two', body: ['x'.repeat(40)], guides: ['mfa'] },
	],
};
const QUESTION: Question = {
	module: 'developer',
	scenario: 's'.repeat(60),
	question: 'What do you do?',
	options: [
		{ text: 'A', correct: true, explanation: 'e'.repeat(20) },
		{ text: 'B', correct: false, explanation: 'e'.repeat(20) },
		{ text: 'C', correct: false, explanation: 'e'.repeat(20) },
	],
	controls: ['mfa-control'],
	threats: ['hijack'],
};
const INPUT = {
	modules: [{ id: 'developer', data: MODULE }],
	questions: [{ id: 'q-1', data: QUESTION }],
	controls: [{ id: 'mfa-control', data: { title: 'Require MFA', guide: 'mfa' } }],
	threats: [{ id: 'hijack', data: { title: 'Credential hijack' } }],
	guides: [{ id: 'mfa', data: { title: 'MFA guide' } }],
};

describe('buildLearnModules', () => {
	test('resolves every reference into a link with a label', () => {
		const [module] = buildLearnModules(INPUT);
		expect(module?.tour[1]?.threat).toEqual({
			href: '/threats/hijack/',
			label: 'Credential hijack',
		});
		expect(module?.lessons[0]?.guides).toEqual([{ href: '/guides/mfa/', label: 'MFA guide' }]);
		expect(module?.questions[0]?.controls).toEqual([
			{ href: '/guides/mfa/', label: 'Require MFA' },
		]);
		expect(moduleLinks(module!)).toHaveLength(5);
	});

	test.each([
		['a tour threat', { threats: [] }, 'unknown threat "hijack"'],
		['a lesson guide', { guides: [] }, 'unknown guide "mfa"'],
		['a question control', { controls: [] }, 'unknown control "mfa-control"'],
		['a question module', { modules: [] }, 'unknown module "developer"'],
	])('throws on %s that does not exist', (_, change, message) => {
		expect(() => buildLearnModules({ ...INPUT, ...change })).toThrow(message);
	});
});
