/**
 * The mechanical parts of the content rubric (content/README.md). What a reviewer must judge (is a
 * stage observable, is the weight right) stays in review; what a machine can check is checked here.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_DIR, loadContent } from './test/content';
import { loadLearn } from './test/learn';
import { FRAMEWORK_KEYS, type Frameworks } from './schemas/control';
import {
	OWASP_CICD_RISKS,
	S2C2F_REQUIREMENTS,
	SCORECARD_CHECKS,
	SLSA_LEVELS,
	SSDF_TASKS,
	ZTMM_FUNCTIONS,
} from './lib/frameworks/catalogue';
import { severityOf } from './lib/severity';

const content = loadContent();
const learn = loadLearn();

/** Words that hedge a fact instead of checking it; published text never has them. */
const HEDGES = [
	/\breportedly\b/i,
	/\ballegedly\b/i,
	/at the time of writing/i,
	/as of (this|the time of) writing/i,
	/check the current (wording|name|documentation|docs)/i,
	/\bwe (believe|think)\b/i,
	/\bit is (believed|said)\b/i,
	/\bmay have (changed|been renamed)\b/i,
	/\bverify (this|whether this) (is still|still)\b/i,
	/\bTODO\b/,
];

function textFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return textFiles(path);
		return ['.yaml', '.mdx'].includes(extname(name)) ? [path] : [];
	});
}

/** The text of a level-3 section of a guide, up to the next heading of level 2 or 3. */
function subsection(body: string, heading: string): string | undefined {
	const start = body.indexOf(`\n### ${heading}\n`);
	if (start < 0) return undefined;
	const rest = body.slice(start + heading.length + 6);
	const end = rest.search(/\n##{1,2} /);
	return (end < 0 ? rest : rest.slice(0, end)).trim();
}

/** A platform section either gives steps (a list) or says plainly that the platform lacks it. */
const GIVES_STEPS = /^(?:-|\d+\.) \S/m;
const SAYS_LACKING = /\b(does not offer|has no|does not have)\b/;

const controlGuides = content.guides.filter((g) => g.data.control);

describe('content rubric', () => {
	test('publishes no hedge words anywhere in content', () => {
		const found: string[] = [];
		for (const path of textFiles(CONTENT_DIR)) {
			if (path.includes(`${join(CONTENT_DIR, 'frameworks')}`)) continue;
			const text = readFileSync(path, 'utf8');
			for (const hedge of HEDGES) {
				const match = hedge.exec(text);
				if (match) found.push(`${relative(CONTENT_DIR, path)}: "${match[0]}"`);
			}
		}
		expect(found).toEqual([]);
	});

	test('dates the review of every guide, never in the future', () => {
		const today = new Date().toISOString().slice(0, 10);
		for (const guide of content.guides) {
			expect(guide.data.reviewed, `${guide.id}: reviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(guide.data.reviewed! <= today, `${guide.id}: reviewed ${guide.data.reviewed}`).toBe(
				true
			);
			expect(Number.isNaN(Date.parse(guide.data.reviewed!)), guide.id).toBe(false);
		}
	});

	test('gives every control guide steps for GitHub and Azure DevOps, or says one lacks it', () => {
		for (const guide of controlGuides) {
			const body = guide.data.body;
			const platforms = body.indexOf('\n## On each platform\n');
			expect(platforms, `${guide.id}: "## On each platform"`).toBeGreaterThan(
				body.indexOf('\n## How to move up one level\n')
			);
			expect(platforms, `${guide.id}: before pitfalls`).toBeLessThan(
				body.indexOf('\n## Common pitfalls\n')
			);
			for (const platform of ['GitHub', 'Azure DevOps']) {
				const section = subsection(body.slice(platforms), platform);
				expect(section, `${guide.id}: "### ${platform}"`).toBeDefined();
				expect(
					GIVES_STEPS.test(section!) || SAYS_LACKING.test(section!),
					`${guide.id}: ${platform} gives steps or says it lacks the capability`
				).toBe(true);
			}
		}
	});

	test('gives every threat at least one MITRE ATT&CK technique, each listed once', () => {
		for (const threat of content.threats) {
			const ids = threat.data.references.attack;
			expect(ids.length, `${threat.id}: ATT&CK IDs`).toBeGreaterThanOrEqual(1);
			expect(new Set(ids).size, threat.id).toBe(ids.length);
		}
	});

	test('sets every threat severity from its impact and reach on the written scale', () => {
		for (const threat of content.threats) {
			const { impact, reach, severity } = threat.data;
			expect(impact, `${threat.id}: impact`).toBeDefined();
			expect(reach, `${threat.id}: reach`).toBeDefined();
			expect(severity, threat.id).toBe(severityOf(impact!, reach!));
		}
	});

	const known: Record<keyof Frameworks, ReadonlySet<string>> = {
		ssdf: new Set(SSDF_TASKS),
		slsa: new Set(SLSA_LEVELS),
		scorecard: new Set(SCORECARD_CHECKS),
		ztmm: new Set(ZTMM_FUNCTIONS),
		s2c2f: new Set(S2C2F_REQUIREMENTS),
		owaspCicd: new Set(OWASP_CICD_RISKS),
		msZtw: new Set(content.workshop.tasks.map((t) => t.id)),
	};

	test.each(FRAMEWORK_KEYS)('cites only %s IDs that the framework defines', (key) => {
		const unknown = content.controls.flatMap((c) =>
			c.data.frameworks[key].filter((id) => !known[key].has(id)).map((id) => `${c.id}: ${id}`)
		);
		expect(unknown).toEqual([]);
	});

	test('maps most controls to a Microsoft Zero Trust Workshop task', () => {
		const mapped = content.controls.filter((c) => c.data.frameworks.msZtw.length > 0).length;
		expect(mapped / content.controls.length).toBeGreaterThanOrEqual(0.6);
	});

	test('lists each workshop task once in the project copy', () => {
		const ids = content.workshop.tasks.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('spreads weights: 3 only for the only doors, and weight 1 in real use', () => {
		const count = (w: number) => content.controls.filter((c) => c.data.weight === w).length;
		const n = content.controls.length;
		console.info(`weights: 1 -> ${count(1)}, 2 -> ${count(2)}, 3 -> ${count(3)} of ${n} controls`);
		expect(count(2) / n).toBeLessThanOrEqual(0.6);
		expect(count(1)).toBeGreaterThanOrEqual(Math.round(n * 0.15));
		expect(count(3) / n).toBeLessThanOrEqual(0.25);
	});

	test('writes four different stage descriptions for every control', () => {
		for (const control of content.controls) {
			const levels = Object.values(control.data.levels).map((l) => l.trim().toLowerCase());
			expect(new Set(levels).size, control.id).toBe(4);
		}
	});
});

describe('knowledge checks', () => {
	const questions = learn.questions;

	test('asks at least 64 questions, each with four options', () => {
		expect(questions.length).toBeGreaterThanOrEqual(64);
		for (const q of questions) expect(q.data.options.length, q.id).toBe(4);
	});

	test('does not give the answer away by length: the right option is the strictly longest in at most a third', () => {
		const tells = questions.filter((q) => {
			const correct = q.data.options.find((o) => o.correct)!.text.length;
			return q.data.options.every((o) => o.correct || o.text.length < correct);
		});
		console.info(
			`knowledge checks: the correct option is the strictly longest in ${tells.length} of ${questions.length} (${Math.round((100 * tells.length) / questions.length)} %)`
		);
		expect(tells.length * 3).toBeLessThanOrEqual(questions.length);
	});

	test('asks about every weight-3 control', () => {
		const asked = new Set(questions.flatMap((q) => q.data.controls));
		const missing = content.controls
			.filter((c) => c.data.weight === 3 && !asked.has(c.id))
			.map((c) => c.id);
		expect(missing).toEqual([]);
	});

	test('asks about every threat', () => {
		const asked = new Set(questions.flatMap((q) => q.data.threats));
		const missing = content.threats.filter((t) => !asked.has(t.id)).map((t) => t.id);
		expect(missing).toEqual([]);
	});
});
