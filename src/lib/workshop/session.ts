/**
 * Workshop mode: a group whose members each answered walks through the controls where their
 * answers differ by two stages or more (the comparison's "discuss" rows), one at a time, records
 * the stage the group agrees on, and saves the agreed answers as a new assessment. Pure: the
 * island (src/islands/WorkshopView.tsx) keeps the position and the agreed stages in state.
 *
 * Works from the comparison's data shape (src/lib/compare/grid.ts): participants are columns,
 * and the controls are the grid's rows, over the controls every participant's bank version holds.
 */
import {
	type AnswerValue,
	type Assessment,
	type BankControl,
	type BankModel,
	type Level,
} from '../model';
import { columnLabel, compareResults, type Column, type Comparison } from '../compare/grid';
import { createAssessment } from '../assessment/ops';
import { ANSWER_WORDS, UNANSWERED } from '../words';
import { plural } from '../text';

/** One participant's answer to a control, by name. */
export interface ParticipantAnswer {
	/** The participant's name (untrusted: render as text). */
	name: string;
	value: AnswerValue | null;
	/** The answer in words: a stage, "Not applicable", "Don't know" or "Unanswered". */
	word: string;
}

/** One screen of the workshop: a control the participants disagree on. */
export interface WorkshopItem {
	control: BankControl;
	answers: ParticipantAnswer[];
	/** Highest minus lowest counted stage (Don't know counts as Traditional); at least 2. */
	spread: number;
	/** The lowest and highest counted stages. */
	lowest: Level;
	highest: Level;
}

/** The stages agreed so far, keyed by control code. */
export type Agreed = ReadonlyMap<number, Level>;

/** The prefix of the new assessment's name; the date follows. */
export const WORKSHOP_NAME = 'Workshop';

/** An answer in words, as everywhere on the site. */
export function answerWord(value: AnswerValue | null): string {
	return value === null ? UNANSWERED : ANSWER_WORDS[value];
}

/** The comparison the workshop walks through: the compare page's, from the same columns. */
export function workshopComparison(bank: BankModel, columns: readonly Column[]): Comparison {
	return compareResults(bank, columns);
}

/**
 * The controls to settle, in bank order: those where the participants' answers differ by two
 * stages or more. Each lists every participant's answer by name.
 */
export function workshopItems(comparison: Comparison): WorkshopItem[] {
	const names = comparison.columns.map((c, i) => columnLabel(c, i));
	return comparison.rows
		.filter((row) => row.discuss)
		.map((row) => {
			const counted = row.levels.filter((l): l is Level => l !== null);
			const lowest = Math.min(...counted) as Level;
			const highest = Math.max(...counted) as Level;
			return {
				control: row.control,
				answers: row.values.map((value, i) => ({
					name: names[i] ?? `Result ${i + 1}`,
					value,
					word: answerWord(value),
				})),
				spread: highest - lowest,
				lowest,
				highest,
			};
		});
}

/**
 * Controls every participant who answered answered alike (at least one did, none differed, and
 * the answer is a stage): the group's answer without discussion. Keyed by code.
 */
export function unanimousAnswers(comparison: Comparison): Map<number, AnswerValue> {
	const out = new Map<number, AnswerValue>();
	for (const row of comparison.rows) {
		const given = row.values.filter((v): v is AnswerValue => v !== null);
		const first = given[0];
		if (first === undefined || typeof first !== 'number') continue;
		if (given.every((v) => v === first)) out.set(row.control.code, first);
	}
	return out;
}

/** One line of the summary screen. */
export interface SummaryLine {
	item: WorkshopItem;
	/** The agreed stage, or null when the group moved on without one. */
	agreed: Level | null;
}

export interface WorkshopSummary {
	lines: SummaryLine[];
	/** How many of the discussed controls have an agreed stage. */
	agreedCount: number;
	/** Controls answered alike by everyone, saved as they are. */
	unanimousCount: number;
	/** One sentence for the top of the summary. */
	sentence: string;
}

/** What the summary screen lists: each discussed control with its agreed stage, or none. */
export function workshopSummary(
	items: readonly WorkshopItem[],
	agreed: Agreed,
	unanimousCount: number
): WorkshopSummary {
	const lines = items.map((item) => ({ item, agreed: agreed.get(item.control.code) ?? null }));
	const agreedCount = lines.filter((l) => l.agreed !== null).length;
	const open = items.length - agreedCount;
	const sentence =
		items.length === 0
			? 'No control was discussed: the answers differ by less than two stages everywhere.'
			: `The group agreed on ${agreedCount} of ${plural(items.length, 'control', 'controls')}` +
				(open ? `; ${plural(open, 'control is', 'controls are')} still open.` : '.');
	return { lines, agreedCount, unanimousCount, sentence };
}

/** The new assessment's name: "Workshop YYYY-MM-DD", in the user's own calendar day. */
export function workshopName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${WORKSHOP_NAME} ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The assessment the workshop saves: the agreed stages of the discussed controls, plus the
 * answers everyone gave alike, against the current bank (the comparison's controls all exist in
 * it), with the default targets (createAssessment's). Other controls are left unanswered.
 */
export function workshopAssessment(
	bank: BankModel,
	comparison: Comparison,
	agreed: Agreed,
	now: Date,
	id?: string
): Assessment {
	const base = createAssessment(workshopName(now), bank.version, now, id);
	const answers: Assessment['answers'] = {};
	for (const [code, value] of unanimousAnswers(comparison)) answers[String(code)] = { value };
	const discussed = new Set(comparison.rows.filter((r) => r.discuss).map((r) => r.control.code));
	for (const [code, level] of agreed)
		if (discussed.has(code)) answers[String(code)] = { value: level };
	return { ...base, answers };
}
