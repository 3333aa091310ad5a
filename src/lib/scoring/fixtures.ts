/**
 * Test-only builders: small hand-made banks, fast-check generators of banks and answers, and a
 * synthetic bank the size of the real catalogue for the benchmark. Nothing in the site imports
 * this module.
 */
import fc from 'fast-check';
import {
	ENVIRONMENT_IDS,
	type AnswerValue,
	type Answers,
	type BankControl,
	type BankModel,
	type BankThreat,
	type EnvironmentId,
	type Level,
	type Targets,
} from '../model';

const NAMES: Record<EnvironmentId, string> = {
	developer: 'Developer environment',
	platform: 'DevOps platform',
	application: 'Application environment',
};

/** A control with the fields scoring reads; the text fields are filler. */
export function control(
	code: number,
	environment: EnvironmentId,
	weight: 1 | 2 | 3,
	mitigates: string[] = []
): BankControl {
	return {
		code,
		id: `control-${code}`,
		title: `Control ${code}`,
		question: `Does control ${code} hold?`,
		environment,
		capability: 'Testing',
		weight,
		mitigates,
		guide: `guide-${code}`,
		levels: ['none', 'some', 'most', 'all'],
	};
}

/** A threat with filler text. */
export function threat(
	id: string,
	severity: 1 | 2 | 3,
	environment: EnvironmentId = 'developer',
	title = `Threat ${id}`
): BankThreat {
	return { id, title, environment, severity, summary: `What ${id} does.` };
}

/** A bank of the three environments, with controls in bank order (environment, then code). */
export function bankOf(controls: BankControl[], threats: BankThreat[] = []): BankModel {
	const order = (id: EnvironmentId) => ENVIRONMENT_IDS.indexOf(id);
	return {
		version: 1,
		released: '2026-01-01',
		environments: ENVIRONMENT_IDS.map((id, index) => ({ id, name: NAMES[id], order: index + 1 })),
		controls: [...controls].sort(
			(a, b) => order(a.environment) - order(b.environment) || a.code - b.code
		),
		threats,
		previous: [],
	};
}

/** Answers from a code -> value table. */
export function answersOf(values: Record<number, AnswerValue>): Answers {
	const answers: Answers = {};
	for (const [code, value] of Object.entries(values)) answers[code] = { value };
	return answers;
}

/** Targets, Advanced unless overridden. */
export function targetsOf(overrides: Partial<Targets> = {}): Targets {
	return { developer: 2, platform: 2, application: 2, ...overrides };
}

const THREAT_IDS = ['t1', 't2', 't3', 't4', 't5', 't6'] as const;

/** Any level. */
export const levelArb: fc.Arbitrary<Level> = fc.constantFrom<Level>(0, 1, 2, 3);

/** Any valid answer value. */
export const answerValueArb: fc.Arbitrary<AnswerValue> = fc.constantFrom<AnswerValue>(
	0,
	1,
	2,
	3,
	'na',
	'unknown'
);

/** Small banks: up to 6 threats and 14 controls, with stray threat ids now and then. */
export const bankArb: fc.Arbitrary<BankModel> = fc
	.tuple(
		fc.uniqueArray(
			fc.record({
				id: fc.constantFrom(...THREAT_IDS),
				severity: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
				environment: fc.constantFrom(...ENVIRONMENT_IDS),
			}),
			{ selector: (t) => t.id, maxLength: THREAT_IDS.length }
		),
		fc.uniqueArray(
			fc.record({
				code: fc.integer({ min: 1, max: 60 }),
				environment: fc.constantFrom(...ENVIRONMENT_IDS),
				weight: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
				// 'ghost' names a threat the bank does not hold, as a content slip would.
				mitigates: fc.subarray([...THREAT_IDS, 'ghost'], { minLength: 1 }),
			}),
			{ selector: (c) => c.code, maxLength: 14 }
		)
	)
	.map(([threats, controls]) =>
		bankOf(
			controls.map((c) => control(c.code, c.environment, c.weight, c.mitigates)),
			threats.map((t) => threat(t.id, t.severity, t.environment))
		)
	);

/** Any targets. */
export const targetsArb: fc.Arbitrary<Targets> = fc.record({
	developer: levelArb,
	platform: levelArb,
	application: levelArb,
});

/** One value (or no answer) per control of the bank, in bank order. */
export function valuesArb(bank: BankModel): fc.Arbitrary<(AnswerValue | null)[]> {
	const n = bank.controls.length;
	return fc.array(fc.option(answerValueArb, { nil: null }), { minLength: n, maxLength: n });
}

/** Answers from one value (or null for no answer) per control, in bank order. */
export function answersFromValues(bank: BankModel, values: (AnswerValue | null)[]): Answers {
	const answers: Answers = {};
	bank.controls.forEach((c, i) => {
		const value = values[i];
		if (value !== undefined && value !== null) answers[String(c.code)] = { value };
	});
	return answers;
}

/** A bank, answers for it and targets. */
export const assessmentArb = bankArb.chain((bank) =>
	fc.record({
		bank: fc.constant(bank),
		answers: valuesArb(bank).map((values) => answersFromValues(bank, values)),
		targets: targetsArb,
	})
);

/** A small deterministic random source (mulberry32), so benchmark inputs repeat run to run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A bank the size the catalogue aims at: 66 controls over 3 environments, 27 threats. */
export function syntheticBank(random = seededRandom(1)): BankModel {
	const threats = Array.from({ length: 27 }, (_, i) =>
		threat(`threat-${i + 1}`, (1 + (i % 3)) as 1 | 2 | 3, ENVIRONMENT_IDS[i % 3] ?? 'developer')
	);
	const controls = Array.from({ length: 66 }, (_, i) => {
		const mitigates = new Set<string>();
		const count = 1 + Math.floor(random() * 3);
		while (mitigates.size < count) mitigates.add(`threat-${1 + Math.floor(random() * 27)}`);
		return control(
			i + 1,
			ENVIRONMENT_IDS[i % 3] ?? 'developer',
			(1 + Math.floor(random() * 3)) as 1 | 2 | 3,
			[...mitigates]
		);
	});
	return bankOf(controls, threats);
}

/** A full answer set (every control answered) drawn at random, about 10 % N/A and 10 % unknown. */
export function randomAnswers(bank: BankModel, random = seededRandom(2)): Answers {
	const answers: Answers = {};
	for (const c of bank.controls) {
		const roll = random();
		const value: AnswerValue =
			roll < 0.1 ? 'na' : roll < 0.2 ? 'unknown' : (Math.floor(random() * 4) as Level);
		answers[String(c.code)] = { value };
	}
	return answers;
}
