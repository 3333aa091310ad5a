import { describe, expect, test } from 'vitest';
import {
	bankForLinks,
	buildGapPath,
	relatedQuestions,
	type GapControl,
	type GapQuestion,
} from './gaps';
import { decodeResult, encodeResult } from '../share/codec';
import { realBank } from '../../test/content';

const control = (code: number, id: string, weight: 1 | 2 | 3, mitigates: string[]): GapControl => ({
	code,
	id,
	title: id,
	environment: 'developer',
	weight,
	mitigates,
	guide: id,
});

const CONTROLS = [
	control(1, 'mfa', 3, ['hijack']),
	control(2, 'branches', 2, ['push']),
	control(3, 'extensions', 3, ['extension', 'hijack']),
	control(4, 'review', 1, ['push']),
	control(5, 'devices', 2, ['stolen']),
];
const SEVERITIES = { hijack: 3, push: 3, extension: 3, stolen: 2 };
const QUESTIONS: GapQuestion[] = [
	{ id: 'q-ext', module: 'developer', controls: ['extensions'], threats: ['extension'] },
	{ id: 'q-mfa', module: 'developer', controls: ['mfa'], threats: ['hijack'] },
	{ id: 'q-hijack', module: 'introduction', controls: ['devices'], threats: ['hijack'] },
	{ id: 'q-push', module: 'platform', controls: ['branches'], threats: ['push'] },
];

describe('buildGapPath', () => {
	test('returns the lowest controls first, then by priority, then by code', () => {
		const answers = {
			'1': { value: 1 },
			'2': { value: 0 },
			'3': { value: 'unknown' },
			'4': { value: 0 },
			'5': { value: 2 },
		};
		const path = buildGapPath(CONTROLS, SEVERITIES, answers, QUESTIONS);
		// extensions: 3 x (1 + 6) = 21; branches: 2 x 4 = 8; review: 1 x 4 = 4 (all level 0).
		expect(path.map((g) => [g.control.id, g.level])).toEqual([
			['extensions', 0],
			['branches', 0],
			['review', 0],
			['mfa', 1],
			['devices', 2],
		]);
		expect(path[0]).toMatchObject({ unknown: true, anchor: 'from-traditional-to-initial' });
		expect(path[3]?.anchor).toBe('from-initial-to-advanced');
	});

	test('leaves out Optimal, Not applicable, unanswered and malformed answers', () => {
		const answers = { '1': { value: 3 }, '2': { value: 'na' }, '3': { value: 7 }, '4': 'x' };
		expect(buildGapPath(CONTROLS, SEVERITIES, answers, QUESTIONS)).toEqual([]);
	});

	test('returns nothing for answers that are not an object', () => {
		for (const answers of [null, undefined, [], 'x', 3]) {
			expect(buildGapPath(CONTROLS, SEVERITIES, answers, QUESTIONS)).toEqual([]);
		}
	});

	test('returns at most `limit` items', () => {
		const answers = Object.fromEntries(CONTROLS.map((c) => [String(c.code), { value: 0 }]));
		expect(buildGapPath(CONTROLS, SEVERITIES, answers, QUESTIONS, 2)).toHaveLength(2);
		expect(buildGapPath(CONTROLS, SEVERITIES, answers, QUESTIONS, -1)).toHaveLength(0);
	});

	test('attaches questions about the control, then about its threats', () => {
		const [gap] = buildGapPath(CONTROLS, SEVERITIES, { '1': { value: 0 } }, QUESTIONS);
		expect(gap?.questions).toEqual(['q-mfa', 'q-hijack']);
	});
});

describe('relatedQuestions', () => {
	test('lists each question once and at most `max`', () => {
		expect(relatedQuestions(CONTROLS[2]!, QUESTIONS)).toEqual(['q-ext', 'q-mfa', 'q-hijack']);
		expect(relatedQuestions(CONTROLS[2]!, QUESTIONS, 1)).toEqual(['q-ext']);
	});
});

describe('bankForLinks', () => {
	test('reads a result link made against the real bank to the same result', async () => {
		const bank = realBank();
		const controls: GapControl[] = bank.controls.map((c) => ({
			code: c.code,
			id: c.id,
			title: c.title,
			environment: c.environment,
			weight: c.weight,
			mitigates: [...c.mitigates],
			guide: c.guide,
		}));
		const severities = Object.fromEntries(bank.threats.map((t) => [t.id, t.severity]));
		const rebuilt = bankForLinks(controls, severities, {
			version: bank.version,
			released: bank.released,
			previous: bank.previous,
			environments: bank.environments,
		});
		const answers = Object.fromEntries(
			bank.controls.map((c, i) => [
				String(c.code),
				{ value: ([0, 1, 'unknown', 3] as const)[i % 4] ?? 0 },
			])
		);
		const fragment = await encodeResult(
			{
				name: 'Payments team',
				date: '2026-11-30',
				bankVersion: bank.version,
				targets: { developer: 2, platform: 2, application: 2 },
				answers,
			},
			bank
		);
		const outcome = await decodeResult(fragment, rebuilt);
		expect(outcome.ok && outcome.result.answers).toEqual(answers);
		expect(outcome.ok && outcome.result.name).toBe('Payments team');
		const codes = (list: { control: { code: number } }[]) => list.map((g) => g.control.code);
		expect(codes(buildGapPath(rebuilt.controls, severities, answers, []))).toEqual(
			codes(buildGapPath(controls, severities, answers, []))
		);
	});
});
