import { describe, expect, test } from 'vitest';
import { realBank } from '../../test/content';
import { createAssessment } from '../assessment/ops';
import { toJson } from '../export/json';
import { resultOfAssessment } from './entries';
import { readFile } from './files';

const bank = realBank();
const first = bank.controls[0]!.code;

describe('readFile', () => {
	const saved = {
		...createAssessment('Payments', bank.version, new Date('2026-11-20T08:00:00.000Z'), 'p1'),
		answers: { [first]: { value: 2 as const, note: 'kept out' } },
	};

	test('reads a JSON export as a result without notes, dated by its last change', () => {
		const outcome = readFile('payments.json', toJson(saved), bank);
		expect(outcome.problems).toEqual([]);
		expect(outcome.loaded).toEqual([
			{
				source: 'file',
				result: {
					bankVersion: bank.version,
					name: 'Payments',
					date: '2026-11-20',
					targets: saved.targets,
					answers: { [first]: { value: 2 } },
				},
			},
		]);
	});

	test('reports a file that is not an export, naming the file', () => {
		const outcome = readFile('notes.txt', 'just text', bank);
		expect(outcome.loaded).toEqual([]);
		expect(outcome.problems[0]?.where).toBe('notes.txt');
		expect(outcome.problems[0]?.message.length).toBeGreaterThan(10);
	});

	test('reports an export from a bank version this site does not know', () => {
		const outcome = readFile('future.json', toJson({ ...saved, bankVersion: 99 }), bank);
		expect(outcome.loaded).toEqual([]);
		expect(outcome.problems[0]?.message).toContain('version 99');
		expect(resultOfAssessment({ ...saved, bankVersion: 99 }, bank)).toBeNull();
	});
});
