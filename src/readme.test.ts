/**
 * The README's catalogue figures are generated from content, never typed: this test rebuilds the
 * block between the `catalogue-counts` markers and fails, printing the block to paste, when the
 * README says anything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_DIR, loadContent } from './test/content';
import { loadLearn } from './test/learn';
import { ENVIRONMENT_IDS } from './schemas/common';

const START = '<!-- catalogue-counts: generated from content by src/readme.test.ts -->';
const END = '<!-- /catalogue-counts -->';

function countsBlock(): string {
	const content = loadContent();
	const learn = loadLearn();
	const name = (id: string) => content.environments.find((e) => e.id === id)?.data.name ?? id;
	const rows = ENVIRONMENT_IDS.map((env) => {
		const controls = content.controls.filter((c) => c.data.environment === env);
		const threats = content.threats.filter((t) => t.data.environment === env);
		const w = (n: number) => controls.filter((c) => c.data.weight === n).length;
		return `| ${name(env)} | ${threats.length} | ${controls.length} | ${w(3)} / ${w(2)} / ${w(1)} |`;
	});
	const all = content.controls;
	const w = (n: number) => all.filter((c) => c.data.weight === n).length;
	return [
		START,
		'',
		`Question bank version ${content.bank.version} (released ${content.bank.released}): ${content.threats.length} threats, ${all.length} controls with a guide each, ${learn.modules.length} training modules and ${learn.questions.length} knowledge-check questions.`,
		'',
		'| Environment | Threats | Controls | Weight 3 / 2 / 1 |',
		'| --- | --- | --- | --- |',
		...rows,
		`| All | ${content.threats.length} | ${all.length} | ${w(3)} / ${w(2)} / ${w(1)} |`,
		'',
		END,
	].join('\n');
}

describe('README', () => {
	test('states the catalogue figures that content holds', () => {
		const readme = readFileSync(join(CONTENT_DIR, '..', 'README.md'), 'utf8');
		const start = readme.indexOf(START);
		const end = readme.indexOf(END);
		expect(start, 'README has the catalogue-counts block').toBeGreaterThanOrEqual(0);
		const block = readme.slice(start, end + END.length);
		expect(block, `Replace the README's block with:\n\n${countsBlock()}\n`).toBe(countsBlock());
	});
});
