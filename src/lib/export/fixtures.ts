/**
 * Test-only builders for the exports: a small synthetic bank with readable titles, an example
 * assessment, and fast-check generators of valid assessments whose names and notes hold any
 * Unicode (astral characters, lone surrogates, bidi controls, Markdown and CSV specials).
 */
import fc from 'fast-check';
import type { Answers, AnswerValue, Assessment, BankModel, ControlAnswer, Level } from '../model';
import { cleanName, cleanNote, MAX_NOTE_LENGTH } from '../text';
import { answerValueArb, bankOf, control, targetsArb, threat } from '../scoring/fixtures';
import {
	checkEvidenceLink,
	checkEvidenceText,
	cleanEvidenceList,
	type Evidence,
} from '../evidence/evidence';
import { REVIEW_INTERVALS, type ReviewInterval } from '../evidence/review';

/** Six controls, two per environment, with the fields the exports print filled in. */
export const BANK: BankModel = bankOf(
	[
		{
			...control(101, 'developer', 3, ['stolen-token']),
			title: 'Phishing-resistant sign-in',
			capability: 'Identity and access',
			guide: 'phishing-resistant-sign-in',
		},
		{
			...control(102, 'developer', 1, ['poisoned-dependency']),
			title: 'Dependency review',
			capability: 'Supply chain',
			guide: 'dependency-review-and-updates',
		},
		{
			...control(201, 'platform', 2, ['stolen-token', 'tampered-build']),
			title: 'Short-lived pipeline credentials',
			capability: 'Identity and access',
			guide: 'short-lived-credentials',
		},
		{
			...control(202, 'platform', 3, ['tampered-build']),
			title: 'Build provenance',
			capability: 'Supply chain',
			guide: 'build-provenance-attestations',
		},
		{
			...control(301, 'application', 2, ['data-exfiltration']),
			title: 'Data protection',
			capability: 'Data',
			guide: 'application-data-protection',
		},
		{
			...control(302, 'application', 1, []),
			title: 'Continuous monitoring',
			capability: 'Visibility and analytics',
			guide: 'continuous-monitoring',
		},
	],
	[
		threat('stolen-token', 3, 'developer', 'Stolen token'),
		threat('poisoned-dependency', 2, 'developer', 'Poisoned dependency'),
		threat('tampered-build', 3, 'platform', 'Tampered build'),
		threat('data-exfiltration', 2, 'application', 'Data exfiltration'),
	]
);

/** The codes of `BANK`, in bank order. */
export const CODES = BANK.controls.map((c) => String(c.code));

/** A valid assessment of `BANK`: notes with Unicode, an N/A reason, a "Don't know", a gap. */
export const EXAMPLE: Assessment = {
	id: 'a1b2c3d4e5f6',
	name: 'Payments team',
	createdAt: '2026-11-20T09:15:00.000Z',
	updatedAt: '2026-11-26T16:42:07.123Z',
	bankVersion: 1,
	targets: { developer: 2, platform: 3, application: 1 },
	answers: {
		'101': { value: 3, note: 'FIDO2 keys for everyone — even contractors 🔑' },
		'102': { value: 'unknown' },
		'201': { value: 1, note: 'OIDC for deploys,\nstatic keys for "legacy" jobs' },
		'202': { value: 0 },
		'301': { value: 'na', note: 'Stateless service', naReason: 'Holds no customer data' },
	},
};

/** A copy of `EXAMPLE` with some fields replaced. */
export function example(overrides: Partial<Assessment> = {}): Assessment {
	return structuredClone({ ...EXAMPLE, ...overrides });
}

/**
 * Single characters that tend to break things: line breaks, tabs, NUL, bidi overrides, lone
 * surrogate halves, and the specials of JSON, CSV, spreadsheets, Markdown and HTML.
 */
const NASTY = fc.constantFrom(
	'\n',
	'\r',
	'\r\n',
	'\t',
	'\u0000',
	'\u2028',
	'\u202e',
	'\ud800',
	'\udfff',
	'"',
	'\\',
	',',
	'=',
	'+',
	'-',
	'@',
	'|',
	'<',
	'>',
	'&',
	'*',
	'_',
	'`',
	'[',
	']',
	'#',
	'$',
	'~',
	'\uFEFF'
);

/** Any text: any code point, whole graphemes, or the characters above. */
export const anyText = (maxLength: number): fc.Arbitrary<string> =>
	fc.string({
		maxLength,
		unit: fc.oneof(
			fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
			fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
			NASTY
		),
	});

/** A name the model accepts unchanged: any text, cleaned and trimmed, never empty. */
export const nameArb: fc.Arbitrary<string> = anyText(100)
	.map((text) => cleanName(text))
	.filter((name) => name.length > 0);

/** A note or reason the model accepts unchanged, or undefined for none. */
const noteArb: fc.Arbitrary<string | undefined> = fc.oneof(
	fc.constant(undefined),
	anyText(60).map((text) => cleanNote(text) || undefined),
	// Now and then a note at the length limit, to exercise truncation by code points.
	anyText(MAX_NOTE_LENGTH + 10).map((text) => cleanNote(text) || undefined)
);

/** Evidence the model accepts unchanged: up to five distinct links or texts. */
const evidenceArb: fc.Arbitrary<Evidence[] | undefined> = fc.oneof(
	fc.constant(undefined),
	fc
		.array(
			fc.oneof(
				fc.webUrl().map((url) => checkEvidenceLink(url)),
				anyText(40).map((text) => checkEvidenceText(text))
			),
			{ maxLength: 8 }
		)
		.map((checked) => {
			const { evidence } = cleanEvidenceList(checked.flatMap((c) => (c.ok ? [c.value] : [])));
			return evidence.length > 0 ? evidence : undefined;
		})
);

/** A checked-on day, or undefined for an answer saved before answers were dated. */
const checkedOnArb: fc.Arbitrary<string | undefined> = fc.oneof(
	fc.constant(undefined),
	fc
		.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
		.filter((d) => !Number.isNaN(d.getTime()))
		.map((d) => d.toISOString().slice(0, 10))
);

/**
 * One valid answer: a value, perhaps a note, for "Not applicable" perhaps a reason, perhaps
 * evidence and a checked-on day.
 */
export const answerArb: fc.Arbitrary<ControlAnswer> = fc
	.tuple(answerValueArb, noteArb, noteArb, evidenceArb, checkedOnArb)
	.map(([value, note, reason, evidence, checkedOn]) => {
		const answer: ControlAnswer = { value };
		if (note !== undefined) answer.note = note;
		if (value === 'na' && reason !== undefined) answer.naReason = reason;
		if (evidence !== undefined) answer.evidence = evidence;
		if (checkedOn !== undefined) answer.checkedOn = checkedOn;
		return answer;
	});

/** An ISO 8601 timestamp of the kind `Date.toISOString` writes, in years 2000 to 2099. */
const stampArb = fc
	.date({
		min: new Date('2000-01-01T00:00:00.000Z'),
		max: new Date('2099-12-31T23:59:59.999Z'),
		noInvalidDate: true,
	})
	.map((d) => d.toISOString());

/**
 * Valid assessments (ones `parseAssessment` returns unchanged). Answers are an `fc.record` over
 * the codes of `BANK` plus two codes it does not hold, each key present or not.
 */
/** A repository as `parseRepository` returns it: "owner/name". */
const repositoryArb = fc
	.tuple(
		fc
			.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/)
			.filter((owner) => !owner.includes('--')),
		fc.stringMatching(/^[A-Za-z0-9._-]{1,100}$/).filter((name) => name !== '.' && name !== '..')
	)
	.map(([owner, name]) => `${owner}/${name}`);

export const assessmentArb: fc.Arbitrary<Assessment> = fc
	.record({
		id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
		name: nameArb,
		createdAt: stampArb,
		updatedAt: stampArb,
		bankVersion: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1_000_000 })),
		targets: targetsArb,
		answers: fc.record(
			Object.fromEntries([...CODES, '7', '999999'].map((code) => [code, answerArb])),
			{ requiredKeys: [], noNullPrototype: true }
		),
		reviewInterval: fc.option(fc.constantFrom<ReviewInterval>(...REVIEW_INTERVALS), {
			nil: undefined,
		}),
		repository: fc.option(repositoryArb, { nil: undefined }),
	})
	// Plain objects throughout: fc.record may build objects without a prototype.
	.map(({ reviewInterval, repository, ...a }) => {
		const answers: Answers = {};
		for (const [code, answer] of Object.entries(a.answers)) if (answer) answers[code] = answer;
		const assessment: Assessment = { ...a, targets: { ...a.targets }, answers };
		if (reviewInterval !== undefined) assessment.reviewInterval = reviewInterval;
		if (repository !== undefined) assessment.repository = repository;
		return assessment;
	});

/** Answers from a code -> value table, for hand-written cases. */
export function answersOf(values: Record<string, AnswerValue>): Assessment['answers'] {
	return Object.fromEntries(Object.entries(values).map(([code, value]) => [code, { value }]));
}

/** A level for every control of a bank, as a complete answer set. */
export function allAnswered(
	bank: BankModel,
	value: Level | 'na' | 'unknown'
): Assessment['answers'] {
	return Object.fromEntries(bank.controls.map((c) => [String(c.code), { value }]));
}
