/**
 * Several results side by side: merged into one grid keyed by control code, with the spread and
 * median per control, the controls to discuss, each result's scores and the weakest result per
 * environment.
 *
 * How answers count, here and in every figure of the comparison:
 * - a level counts as itself (0 Traditional to 3 Optimal);
 * - "Don't know" counts as Traditional (0), as scoring counts it: a control nobody can vouch for
 *   protects no better than an absent one, and a team that does not know is worth discussing;
 * - "Not applicable" and unanswered are left out of the spread and the median, as scoring leaves
 *   them out of the sums: they say nothing about how far a control is implemented.
 *
 * Results answered against different question-bank versions are compared only on the controls
 * every one of their versions and the current bank hold (see `sharedCodes`).
 */
import {
	type AnswerValue,
	type BankControl,
	type BankModel,
	type EnvironmentId,
	type Level,
} from '../model';
import { levelOfValue, scoreAssessment, type ScoreResult } from '../scoring';
import { versionCodes, type SharedResult } from '../share/shared';

/** A spread of this many stages or more marks a control "discuss". */
export const DISCUSS_SPREAD = 2;

/** One result in a comparison: a column of the grid. */
export interface Column {
	/** A key for this page only (list keys, form ids); never in links. */
	key: string;
	/** The column's name: starts as the result's name, the user may edit it; shared in links. */
	label: string;
	/**
	 * The result, canonical for the bank version its answers were given against
	 * (`result.bankVersion`), without notes. Untrusted text: render as text only.
	 */
	result: SharedResult;
	/** Where it came from, for the list of results. */
	source: 'link' | 'file' | 'comparison' | 'saved' | 'snapshot';
}

/** The name a column shows: its label, or "Result N" while the label is empty. */
export function columnLabel(column: Pick<Column, 'label'>, index: number): string {
	return column.label.trim() || `Result ${index + 1}`;
}

/** One control across all results: a row of the grid. */
export interface GridRow {
	control: BankControl;
	/** Position of the control in bank order, the default sort. */
	order: number;
	/** Each column's answer, in column order; null when unanswered. */
	values: (AnswerValue | null)[];
	/** Each column's level as the figures count it ("Don't know" 0; N/A and unanswered null). */
	levels: (Level | null)[];
	/** Results that count (answered with a level or "Don't know"). */
	counted: number;
	/** Highest minus lowest counted level; null when no result counts. */
	spread: number | null;
	/** Median of the counted levels (a half between two stages when their count is even); null when none counts. */
	median: number | null;
	/** True when the results differ by DISCUSS_SPREAD stages or more. */
	discuss: boolean;
}

/** The result that stands lowest in one environment. */
export interface WeakestResult {
	environment: EnvironmentId;
	name: string;
	/** Column index of the weakest result; null when no result assesses this environment. */
	column: number | null;
	percent: number | null;
	stage: Level | null;
}

/** Everything the comparison page and its exports show. */
export interface Comparison {
	columns: Column[];
	/** The bank restricted to the shared controls: what the grid and the scores use. */
	bank: BankModel;
	/** Codes every result's bank version and the current bank hold, ascending. */
	sharedCodes: number[];
	/** Current controls left out because some result's bank version does not hold them. */
	excluded: BankControl[];
	/** The bank versions the results were answered against, ascending. */
	versions: number[];
	/** True when some result was answered against another version than the current bank's. */
	mixedVersions: boolean;
	/** In bank order. */
	rows: GridRow[];
	/** Each column's scores on the shared controls, in column order. */
	scores: ScoreResult[];
	weakest: WeakestResult[];
	/** Rows flagged "discuss". */
	discussCount: number;
}

/**
 * The spread of some levels: highest minus lowest, ignoring nulls (N/A and unanswered); null when
 * none is a level. A single level has a spread of 0.
 */
export function spreadOf(levels: readonly (Level | null)[]): number | null {
	let low = 4;
	let high = -1;
	for (const level of levels) {
		if (level === null) continue;
		if (level < low) low = level;
		if (level > high) high = level;
	}
	return high < 0 ? null : high - low;
}

/**
 * The median of some levels, ignoring nulls; the mean of the two middle ones when their count is
 * even (so 1.5 lies between Initial and Advanced); null when none is a level.
 */
export function medianOf(levels: readonly (Level | null)[]): number | null {
	const counted = levels.filter((l): l is Level => l !== null).sort((a, b) => a - b);
	if (counted.length === 0) return null;
	const mid = counted.length >> 1;
	return counted.length % 2 ? counted[mid]! : (counted[mid - 1]! + counted[mid]!) / 2;
}

/**
 * The codes every version in `versions` and the current bank hold, ascending. A version the bank
 * does not know shares nothing.
 */
export function sharedCodes(bank: BankModel, versions: Iterable<number>): number[] {
	let shared = new Set(bank.controls.map((c) => c.code));
	for (const version of new Set(versions)) {
		const codes = new Set(versionCodes(bank, version) ?? []);
		shared = new Set([...shared].filter((code) => codes.has(code)));
	}
	return [...shared].sort((a, b) => a - b);
}

/** The bank with only the controls whose codes are in `codes`, in the same order. */
export function restrictBank(bank: BankModel, codes: Iterable<number>): BankModel {
	const keep = new Set(codes);
	if (bank.controls.every((c) => keep.has(c.code))) return bank;
	return { ...bank, controls: bank.controls.filter((c) => keep.has(c.code)) };
}

/** One row of the grid from the columns' answers to `control`. */
function rowOf(control: BankControl, order: number, results: readonly SharedResult[]): GridRow {
	const key = String(control.code);
	const values = results.map((r) => (Object.hasOwn(r.answers, key) ? r.answers[key]!.value : null));
	const levels = values.map(levelOfValue);
	const spread = spreadOf(levels);
	return {
		control,
		order,
		values,
		levels,
		counted: levels.filter((l) => l !== null).length,
		spread,
		median: medianOf(levels),
		discuss: spread !== null && spread >= DISCUSS_SPREAD,
	};
}

/**
 * The weakest result per environment: the lowest score among the results that assess it, then the
 * lowest stage, then the first column.
 */
export function weakestPerEnvironment(
	bank: BankModel,
	scores: readonly ScoreResult[]
): WeakestResult[] {
	return bank.environments.map((environment, e) => {
		let best: WeakestResult = {
			environment: environment.id,
			name: environment.name,
			column: null,
			percent: null,
			stage: null,
		};
		let bestScore = Number.POSITIVE_INFINITY;
		scores.forEach((result, column) => {
			const env = result.environments[e];
			if (!env?.assessed || env.score === null || env.stage === null) return;
			if (
				env.score < bestScore ||
				(env.score === bestScore && best.stage !== null && env.stage < best.stage)
			) {
				bestScore = env.score;
				best = { ...best, column, percent: env.percent, stage: env.stage };
			}
		});
		return best;
	});
}

/**
 * Merges results into a comparison: a grid keyed by control code over the controls all of them
 * share, with the spread, median and "discuss" flag per control, each result's scores on those
 * controls, and the weakest result per environment. Pure; the columns are not changed.
 */
export function compareResults(bank: BankModel, columns: readonly Column[]): Comparison {
	const versions = [...new Set(columns.map((c) => c.result.bankVersion))].sort((a, b) => a - b);
	const codes = sharedCodes(bank, versions);
	const restricted = restrictBank(bank, codes);
	const shared = new Set(codes);
	const results = columns.map((c) => c.result);
	const rows = restricted.controls.map((control, order) => rowOf(control, order, results));
	const scores = results.map((r) => scoreAssessment(restricted, r.answers, r.targets));
	return {
		columns: [...columns],
		bank: restricted,
		sharedCodes: codes,
		excluded: bank.controls.filter((c) => !shared.has(c.code)),
		versions,
		mixedVersions: versions.some((v) => v !== bank.version),
		rows,
		scores,
		weakest: weakestPerEnvironment(restricted, scores),
		discussCount: rows.filter((r) => r.discuss).length,
	};
}
