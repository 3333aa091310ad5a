/**
 * What the user hands the comparison: pasted links (result links and comparison links, one per
 * line), saved assessments and (in ./files.ts) dropped JSON exports. Each entry is read on its own,
 * so a bad one is reported with its reason while the others load. Everything is read in the
 * browser; nothing is sent anywhere.
 */
import type { Assessment, BankModel } from '../model';
import {
	assessmentToShared,
	normalizeShared,
	versionCodes,
	type SharedResult,
} from '../share/shared';
import { decodeResultAtSource } from '../share/multi';
import type { Column } from './grid';
import { COMPARISON_PREFIX, decodeComparison, MAX_COMPARED } from './link';

/** A result read from an entry, with where it came from. */
export interface LoadedResult {
	result: SharedResult;
	source: Column['source'];
}

/** An entry that could not be read, and why. */
export interface EntryProblem {
	/** Where it is: "Line 4" or the file's name (untrusted text: render as text only). */
	where: string;
	/** The start of the entry, so the user can find it. */
	excerpt: string;
	/** What is wrong and what to do, in words. */
	message: string;
}

export interface ReadOutcome {
	loaded: LoadedResult[];
	problems: EntryProblem[];
}

/** Longest excerpt of a bad entry shown back to the user. */
const EXCERPT = 60;
/** Most lines read from one paste: more than any comparison holds, fewer than a stray file has. */
const MAX_LINES = 400;

function excerpt(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/** The part of a line after '#', or the whole line: what names the kind of link. */
function fragmentOf(line: string): string {
	const hash = line.indexOf('#');
	return (hash >= 0 ? line.slice(hash + 1) : line).trim();
}

/**
 * Reads pasted text: one link per line (a whole address, or just the part after '#'); blank
 * lines are skipped. Result links become one result each, comparison links as many as they carry.
 * Never rejects; bad lines are listed with their line number and reason.
 */
export async function readLinks(text: string, bank: BankModel): Promise<ReadOutcome> {
	const loaded: LoadedResult[] = [];
	const problems: EntryProblem[] = [];
	const lines = text.split(/\r\n|[\n\r\u2028\u2029]/);
	for (const [i, raw] of lines.entries()) {
		const line = raw.trim();
		if (!line) continue;
		const where = `Line ${i + 1}`;
		if (i >= MAX_LINES) {
			problems.push({
				where,
				excerpt: excerpt(line),
				message: `Only the first ${MAX_LINES} lines are read.`,
			});
			break;
		}
		if (fragmentOf(line).startsWith(COMPARISON_PREFIX)) {
			const outcome = await decodeComparison(line, bank);
			if (!outcome.ok) {
				problems.push({ where, excerpt: excerpt(line), message: outcome.message });
				continue;
			}
			for (const result of outcome.results) loaded.push({ result, source: 'comparison' });
			for (const message of outcome.problems)
				problems.push({ where, excerpt: excerpt(line), message });
			continue;
		}
		const outcome = await decodeResultAtSource(line, bank);
		if (outcome.ok) loaded.push({ result: outcome.result, source: 'link' });
		else problems.push({ where, excerpt: excerpt(line), message: outcome.message });
	}
	return { loaded, problems };
}

/**
 * An assessment (saved in this browser, or imported) as a comparison result: dated by its last
 * change, without notes, answers limited to its bank version's controls. Null when the site does
 * not know its bank version.
 */
export function resultOfAssessment(assessment: Assessment, bank: BankModel): SharedResult | null {
	if (!versionCodes(bank, assessment.bankVersion)) return null;
	try {
		return normalizeShared(assessmentToShared(assessment, false, bank), bank, false);
	} catch {
		// normalizeShared refuses only what validation already rules out; an entry must not throw.
		return null;
	}
}

/**
 * Keeps at most `room` results, reporting the rest: a comparison holds MAX_COMPARED at most.
 */
export function withinLimit(outcome: ReadOutcome, room: number): ReadOutcome {
	if (outcome.loaded.length <= room) return outcome;
	const left = outcome.loaded.length - Math.max(0, room);
	return {
		loaded: outcome.loaded.slice(0, Math.max(0, room)),
		problems: [
			...outcome.problems,
			{
				where: 'Limit',
				excerpt: '',
				message: `A comparison holds at most ${MAX_COMPARED} results, so ${left} ${left === 1 ? 'was' : 'were'} left out.`,
			},
		],
	};
}

/**
 * What makes two results the same one, added twice: everything a link carries except notes (the
 * bank version, name, date, targets and every answer). Two teams that answered alike still differ
 * by name, and a team's newer result by its date or answers.
 */
export function resultKey(result: SharedResult): string {
	const targets = Object.keys(result.targets)
		.sort()
		.map((env) => `${env}:${result.targets[env as keyof SharedResult['targets']]}`);
	const answers = Object.keys(result.answers)
		.sort((a, b) => Number(a) - Number(b))
		.map((code) => `${code}:${result.answers[code]?.value}`);
	return JSON.stringify([result.bankVersion, result.name, result.date, targets, answers]);
}

/**
 * Leaves out the results already compared (`present`) or already read earlier in the same
 * outcome, and returns the names of those left out, in order.
 */
export function withoutDuplicates(
	outcome: ReadOutcome,
	present: readonly SharedResult[]
): { outcome: ReadOutcome; duplicates: string[] } {
	const seen = new Set(present.map(resultKey));
	const loaded: LoadedResult[] = [];
	const duplicates: string[] = [];
	for (const item of outcome.loaded) {
		const key = resultKey(item.result);
		if (seen.has(key)) duplicates.push(item.result.name);
		else {
			seen.add(key);
			loaded.push(item);
		}
	}
	return { outcome: { ...outcome, loaded }, duplicates };
}
