import { describe, expect, test } from 'vitest';
import { loadContent } from '../../test/content';
import { loadLearn } from '../../test/learn';
import { ENVIRONMENT_IDS } from '../../schemas/common';
import { QuestionSchema, RESERVED_MODULE_IDS } from '../../schemas/learn';
import { buildLearnModules, moduleLinks, type ModuleData } from './model';
import { MAX_LINK_MODULES, MAX_LINK_QUESTIONS, MAX_MODULE_ID } from './link';
import { MAX_ANSWERS } from './progress';

// Astro only logs a broken reference and still builds, so these tests are the guard.
const content = loadContent();
const learn = loadLearn();
const threatIds = new Set(content.threats.map((t) => t.id));
const controlIds = new Set(content.controls.map((c) => c.id));
const guideIds = new Set(content.guides.map((g) => g.id));
const moduleIds = new Set(learn.modules.map((m) => m.id));

/** Whether a site-relative link points at a page the build produces from content. */
function resolves(href: string): boolean {
	const match = /^\/(guides|threats|learn|environments)\/([a-z0-9-]+)\/(?:#[a-z0-9-]+)?$/.exec(
		href
	);
	if (!match) return false;
	const [, section, id] = match as unknown as [string, string, string];
	if (section === 'guides') return guideIds.has(id);
	if (section === 'threats') return threatIds.has(id);
	if (section === 'environments') return (ENVIRONMENT_IDS as readonly string[]).includes(id);
	return moduleIds.has(id);
}

const build = (): ModuleData[] =>
	buildLearnModules({
		...learn,
		controls: content.controls,
		threats: content.threats,
		guides: content.guides,
	});

describe('training content', () => {
	test('has the four onboarding modules in order', () => {
		const ordered = [...learn.modules].sort((a, b) => a.data.order - b.data.order);
		expect(ordered.map((m) => m.id)).toEqual([
			'introduction',
			'developer',
			'platform',
			'application',
		]);
		expect(new Set(learn.modules.map((m) => m.data.order)).size).toBe(learn.modules.length);
	});

	test('gives each environment module its environment, and the introduction none', () => {
		for (const m of learn.modules) {
			expect(m.data.environment ?? 'introduction', m.id).toBe(m.id);
		}
	});

	test('uses module ids that fit the pages and completion links', () => {
		for (const id of moduleIds) {
			expect((RESERVED_MODULE_IDS as readonly string[]).includes(id), id).toBe(false);
			expect(id.length).toBeLessThanOrEqual(MAX_MODULE_ID);
		}
		expect(moduleIds.size).toBeLessThanOrEqual(MAX_LINK_MODULES);
	});

	test('builds every module with all references resolved', () => {
		expect(build()).toHaveLength(learn.modules.length);
	});

	test('asks at least 8 questions per module and at least 32 in total', () => {
		for (const id of moduleIds) {
			const count = learn.questions.filter((q) => q.data.module === id).length;
			expect(count, `questions of ${id}`).toBeGreaterThanOrEqual(8);
			expect(count).toBeLessThanOrEqual(Math.min(MAX_LINK_QUESTIONS, MAX_ANSWERS));
		}
		expect(learn.questions.length).toBeGreaterThanOrEqual(32);
	});

	test('files each question under the folder of its module, with a unique id', () => {
		const ids = learn.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const q of learn.questions) {
			expect(q.path, q.id).toBe(`learn/questions/${q.data.module}/${q.id}.yaml`);
			expect(moduleIds.has(q.data.module), `${q.id}: module ${q.data.module}`).toBe(true);
		}
	});

	test('gives every question four options, exactly one correct, and an explanation for each', () => {
		for (const q of learn.questions) {
			const options = q.data.options;
			expect(options.length, q.id).toBe(4);
			expect(options.filter((o) => o.correct).length, `${q.id}: correct options`).toBe(1);
			for (const option of options)
				expect(option.explanation.trim().length, q.id).toBeGreaterThanOrEqual(20);
			const texts = options.map((o) => o.text);
			expect(new Set(texts).size, `${q.id}: duplicate options`).toBe(texts.length);
		}
	});

	test('rejects a question with two correct options, a missing explanation or three options', () => {
		const base = learn.questions[0]!.data;
		expect(QuestionSchema.safeParse({ ...base, options: base.options.slice(0, 3) }).success).toBe(
			false
		);
		const twoCorrect = { ...base, options: base.options.map((o) => ({ ...o, correct: true })) };
		expect(QuestionSchema.safeParse(twoCorrect).success).toBe(false);
		const noExplanation = {
			...base,
			options: base.options.map(({ explanation: _, ...o }) => o),
		};
		expect(QuestionSchema.safeParse(noExplanation).success).toBe(false);
	});

	test('varies where the correct option is written', () => {
		// Options are shuffled on screen, but a fixed position would still be a tell in the YAML.
		const positions = new Set(
			learn.questions.map((q) => q.data.options.findIndex((o) => o.correct))
		);
		expect(positions.size).toBeGreaterThanOrEqual(3);
	});

	test('resolves every control and threat a question names', () => {
		for (const q of learn.questions) {
			for (const c of q.data.controls)
				expect(controlIds.has(c), `${q.id}: control ${c}`).toBe(true);
			for (const t of q.data.threats) expect(threatIds.has(t), `${q.id}: threat ${t}`).toBe(true);
		}
	});

	test('resolves every tour threat and lesson guide', () => {
		for (const m of learn.modules) {
			for (const step of m.data.tour) {
				if (step.threat) expect(threatIds.has(step.threat), `${m.id}: ${step.threat}`).toBe(true);
			}
			for (const lesson of m.data.lessons) {
				for (const g of lesson.guides) expect(guideIds.has(g), `${m.id}: guide ${g}`).toBe(true);
			}
		}
	});

	test('tours the threats of its own environment', () => {
		for (const m of learn.modules.filter((x) => x.data.environment)) {
			for (const step of m.data.tour) {
				if (!step.threat) continue;
				const threat = content.threats.find((t) => t.id === step.threat);
				expect(threat?.data.environment, `${m.id}: ${step.threat}`).toBe(m.data.environment);
			}
		}
	});

	test('makes every link of every module page resolve to a page', () => {
		for (const m of build()) {
			const links = moduleLinks(m);
			expect(links.length).toBeGreaterThan(0);
			for (const link of links) {
				expect(resolves(link.href), `${m.id}: ${link.href}`).toBe(true);
				expect(link.label.length).toBeGreaterThan(0);
			}
		}
	});
});
