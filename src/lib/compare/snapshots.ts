/**
 * Snapshots: an assessment's answers frozen at a moment, so a team can see how it moved. Taken on
 * demand and whenever a shared result is saved; kept in browser storage, which is untrusted input
 * (another tab, an extension or an older Trustline may have written it), so reading validates.
 */
import {
	type AnswerValue,
	type Answers,
	type Assessment,
	type BankControl,
	type BankModel,
	type EnvironmentId,
	type Level,
	type Targets,
} from '../model';
import { cleanAnswers, cleanTargets } from '../assessment/validate';
import { cleanName } from '../text';
import { newId } from '../assessment/ops';
import { isAnswerValue, levelOfValue, scoreAssessment } from '../scoring';
import { normalizeShared, versionCodes, type SharedResult } from '../share/shared';
import { restrictBank, sharedCodes } from './grid';

/** The storage format this module writes. */
export const SNAPSHOT_SCHEMA = 1;
/** Snapshots kept in all; the oldest go first beyond it, so storage never fills up with them. */
export const MAX_SNAPSHOTS = 300;

/** Why a snapshot was taken. */
export type SnapshotReason = 'manual' | 'shared';

/** An assessment's answers and targets at one moment (values only: notes stay with the assessment). */
export interface Snapshot {
	/** Local identifier (random), never shown. */
	id: string;
	/** The assessment it was taken of. */
	assessmentId: string;
	/** The assessment's name at the time. */
	name: string;
	/** ISO 8601 timestamp. */
	takenAt: string;
	reason: SnapshotReason;
	/** The question-bank version the answers were given against. */
	bankVersion: number;
	targets: Targets;
	answers: Answers;
}

/** What storage holds under 'trustline:snapshots'. */
export interface SnapshotState {
	schema: typeof SNAPSHOT_SCHEMA;
	snapshots: Snapshot[];
}

export type SnapshotReadOutcome =
	| { status: 'empty' }
	| { status: 'ok'; state: SnapshotState; dropped: string[] }
	| { status: 'unreadable'; problem: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Answers reduced to their values: snapshots compare levels, and notes can be long. */
function valuesOnly(answers: Answers): Answers {
	const out: Answers = {};
	for (const [code, answer] of Object.entries(cleanAnswers(answers)))
		out[code] = { value: answer.value };
	return out;
}

/** One stored snapshot, cleaned, or why it cannot be read. */
export function parseSnapshot(
	x: unknown
): { ok: true; snapshot: Snapshot } | { ok: false; problem: string } {
	if (!isObject(x)) return { ok: false, problem: 'a snapshot is not an object' };
	const { id, assessmentId, takenAt, reason, bankVersion } = x;
	const name = cleanName(x['name']);
	if (typeof id !== 'string' || !ID.test(id))
		return { ok: false, problem: 'a snapshot has no valid id' };
	if (typeof assessmentId !== 'string' || !ID.test(assessmentId))
		return { ok: false, problem: `the snapshot of "${name}" names no valid assessment` };
	if (typeof takenAt !== 'string' || !ISO.test(takenAt) || Number.isNaN(Date.parse(takenAt)))
		return { ok: false, problem: `the snapshot of "${name}" has no valid date` };
	if (typeof bankVersion !== 'number' || !Number.isInteger(bankVersion) || bankVersion < 1)
		return { ok: false, problem: `the snapshot of "${name}" has no valid question-bank version` };
	if (!isObject(x['answers']))
		return { ok: false, problem: `the snapshot of "${name}" has no answers` };
	return {
		ok: true,
		snapshot: {
			id,
			assessmentId,
			name: name || 'Unnamed assessment',
			takenAt,
			reason: reason === 'shared' ? 'shared' : 'manual',
			bankVersion,
			targets: cleanTargets(x['targets']),
			answers: valuesOnly(x['answers'] as Answers),
		},
	};
}

/**
 * Reads the stored text. Never throws: unreadable data is reported (so the caller keeps it aside
 * and tells the user), and snapshots that cannot be read are dropped and listed while the rest load.
 */
export function readSnapshots(raw: string | null | undefined): SnapshotReadOutcome {
	if (raw === null || raw === undefined || raw === '') return { status: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'unreadable', problem: 'the saved snapshots are not valid JSON' };
	}
	if (!isObject(data))
		return { status: 'unreadable', problem: 'the saved snapshots are not an object' };
	if (data['schema'] !== SNAPSHOT_SCHEMA) {
		return {
			status: 'unreadable',
			problem:
				typeof data['schema'] === 'number' && data['schema'] > SNAPSHOT_SCHEMA
					? `the saved snapshots come from a newer Trustline (format ${data['schema']})`
					: 'the saved snapshots have no known format version',
		};
	}
	if (!Array.isArray(data['snapshots']))
		return { status: 'unreadable', problem: 'the saved snapshots list nothing' };
	const snapshots: Snapshot[] = [];
	const dropped: string[] = [];
	const seen = new Set<string>();
	for (const item of data['snapshots'].slice(-MAX_SNAPSHOTS)) {
		const parsed = parseSnapshot(item);
		if (!parsed.ok) dropped.push(parsed.problem);
		else if (seen.has(parsed.snapshot.id)) dropped.push('a snapshot was stored twice');
		else {
			seen.add(parsed.snapshot.id);
			snapshots.push(parsed.snapshot);
		}
	}
	return {
		status: 'ok',
		state: { schema: SNAPSHOT_SCHEMA, snapshots: sortByTime(snapshots) },
		dropped,
	};
}

/** Oldest first; equal times keep their order. */
function sortByTime(snapshots: Snapshot[]): Snapshot[] {
	return [...snapshots].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
}

/** A snapshot of an assessment as it is now. */
export function makeSnapshot(
	assessment: Assessment,
	reason: SnapshotReason,
	now: Date,
	id = newId()
): Snapshot {
	return {
		id,
		assessmentId: assessment.id,
		name: cleanName(assessment.name) || 'Unnamed assessment',
		takenAt: now.toISOString(),
		reason,
		bankVersion: assessment.bankVersion,
		targets: cleanTargets(assessment.targets),
		answers: valuesOnly(assessment.answers),
	};
}

/** The list with `snapshot` added in time order, the oldest dropped beyond MAX_SNAPSHOTS. */
export function withSnapshot(snapshots: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
	return sortByTime([...snapshots, snapshot]).slice(-MAX_SNAPSHOTS);
}

/** What a snapshot diff compares: a snapshot, or an assessment's answers as they are now. */
export interface AnswerSet {
	bankVersion: number;
	targets: Targets;
	answers: Answers;
}

/** One control whose answer differs between two snapshots. */
export interface ControlChange {
	control: BankControl;
	from: AnswerValue | null;
	to: AnswerValue | null;
}

/** One environment's score before and after, on the shared controls. */
export interface ScoreChange {
	environment: EnvironmentId | 'overall';
	name: string;
	before: number | null;
	after: number | null;
	beforeStage: Level | null;
	afterStage: Level | null;
	/** after - before in whole percent; null when either side is not assessed. */
	change: number | null;
}

/** How the later of two snapshots differs from the earlier. */
export interface SnapshotDiff {
	/** True when the two were answered against different bank versions. */
	mixedVersions: boolean;
	versions: [number, number];
	/** Controls both versions and the current bank hold: everything below is on these. */
	sharedCodes: number[];
	/** Counted (a level or "Don't know") on both sides and higher now. */
	improved: ControlChange[];
	/** Counted on both sides and lower now. */
	regressed: ControlChange[];
	/** Not applicable now, and not before. */
	becameNa: ControlChange[];
	/** Counted now, but unanswered or Not applicable before. */
	nowCounted: ControlChange[];
	/** Answered before, unanswered now. */
	cleared: ControlChange[];
	/** Controls the later one's bank version added (the earlier one's version did not hold them). */
	added: BankControl[];
	/** Codes the earlier one's version held and the later one's does not. */
	retired: number[];
	/** Shared controls with the same answer on both sides. */
	unchanged: number;
	/** Per environment in bank order, then overall. */
	scores: ScoreChange[];
}

/** The answer to a control, or null; a value outside the model reads as unanswered. */
function valueOf(set: AnswerSet, code: number): AnswerValue | null {
	const key = String(code);
	const value: unknown = Object.hasOwn(set.answers, key) ? set.answers[key]?.value : null;
	return isAnswerValue(value) ? value : null;
}

/**
 * What changed from `earlier` to `later`: which controls improved, regressed, became Not
 * applicable, became counted or were cleared, what a newer bank version added, and the score
 * change per environment. Answers count as in the comparison grid ("Don't know" as Traditional).
 * When the two come from different bank versions, answers and scores are compared only on the
 * controls both versions share (`sharedCodes`, `mixedVersions`), so a control added later never
 * reads as a regression.
 */
export function diffSnapshots(bank: BankModel, earlier: AnswerSet, later: AnswerSet): SnapshotDiff {
	const codes = sharedCodes(bank, [earlier.bankVersion, later.bankVersion]);
	const restricted = restrictBank(bank, codes);
	const diff: SnapshotDiff = {
		mixedVersions: earlier.bankVersion !== later.bankVersion,
		versions: [earlier.bankVersion, later.bankVersion],
		sharedCodes: codes,
		improved: [],
		regressed: [],
		becameNa: [],
		nowCounted: [],
		cleared: [],
		added: [],
		retired: [],
		unchanged: 0,
		scores: [],
	};
	for (const control of restricted.controls) {
		const from = valueOf(earlier, control.code);
		const to = valueOf(later, control.code);
		if (from === to) {
			diff.unchanged += 1;
			continue;
		}
		const change = { control, from, to };
		const before = levelOfValue(from);
		const after = levelOfValue(to);
		if (to === null) diff.cleared.push(change);
		else if (to === 'na') diff.becameNa.push(change);
		else if (before === null) diff.nowCounted.push(change);
		else if (after !== null && after > before) diff.improved.push(change);
		else if (after !== null && after < before) diff.regressed.push(change);
		// "Don't know" and Traditional count alike: a change between them moves no score, but a
		// team that now knows it is at Traditional has learnt something, so it reads as improved.
		else if (from === 'unknown') diff.improved.push(change);
		else diff.regressed.push(change);
	}
	const thenCodes = new Set(versionCodes(bank, earlier.bankVersion) ?? []);
	const nowCodes = new Set(versionCodes(bank, later.bankVersion) ?? []);
	diff.added = bank.controls.filter((c) => nowCodes.has(c.code) && !thenCodes.has(c.code));
	diff.retired = [...thenCodes].filter((code) => !nowCodes.has(code)).sort((a, b) => a - b);

	const a = scoreAssessment(restricted, earlier.answers, earlier.targets);
	const b = scoreAssessment(restricted, later.answers, later.targets);
	const change = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x);
	diff.scores = [
		...a.environments.map((env, i): ScoreChange => {
			const next = b.environments[i]!;
			return {
				environment: env.environment,
				name: env.name,
				before: env.percent,
				after: next.percent,
				beforeStage: env.stage,
				afterStage: next.stage,
				change: change(env.percent, next.percent),
			};
		}),
		{
			environment: 'overall',
			name: 'Overall',
			before: a.overall.percent,
			after: b.overall.percent,
			beforeStage: a.overall.stage,
			afterStage: b.overall.stage,
			change: change(a.overall.percent, b.overall.percent),
		},
	];
	return diff;
}

/**
 * A snapshot as a comparison result, named by the assessment and dated by the day it was taken;
 * null when the site does not know its bank version.
 */
export function resultOfSnapshot(snapshot: Snapshot, bank: BankModel): SharedResult | null {
	if (!versionCodes(bank, snapshot.bankVersion)) return null;
	try {
		return normalizeShared(
			{
				bankVersion: snapshot.bankVersion,
				name: `${snapshot.name} ${snapshot.takenAt.slice(0, 10)}`,
				date: snapshot.takenAt.slice(0, 10),
				targets: snapshot.targets,
				answers: snapshot.answers,
			},
			bank,
			false
		);
	} catch {
		// A date outside what links carry (before 2020): such a snapshot cannot be compared.
		return null;
	}
}
