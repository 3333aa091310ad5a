import { describe, expect, test } from 'vitest';
import { loadContent } from '../../test/content';
import { controlRecords } from '../../integrations/pagefind';
import { CONTROL_FACTS_ID } from './records';

describe('controlRecords', () => {
	const records = controlRecords();
	const { controls, guides } = loadContent();

	test('returns one Controls record per control, pointing at its facts on its guide', () => {
		expect(records).toHaveLength(controls.length);
		const guideIds = new Set(guides.map((g) => g.id));
		for (const record of records) {
			expect(record.filters).toEqual({ type: ['Controls'] });
			const [, guide] = /^\/guides\/([a-z0-9-]+)\/#(.+)$/.exec(record.url) ?? [];
			expect(guideIds.has(guide ?? '')).toBe(true);
			expect(record.url.endsWith(`#${CONTROL_FACTS_ID}`)).toBe(true);
		}
	});

	test('returns records that hold the question and all four stage descriptions', () => {
		const control = controls[0]!.data;
		const record = records.find((r) =>
			r.meta['title']?.startsWith(`${control.title} (control ${control.code},`)
		);
		expect(record?.content).toContain(control.question);
		for (const text of Object.values(control.levels)) expect(record?.content).toContain(text);
	});
});
