/**
 * The results being compared on /compare/. They live in memory only: the page is a workspace, and
 * the comparison link is how one is kept or shared. Reading links and files lives in
 * src/lib/compare; these actions only put the outcome in the stores for the islands.
 */
import { atom } from 'nanostores';
import type { Assessment, BankModel } from '../lib/model';
import type { Column } from '../lib/compare/grid';
import { decodeComparison, MAX_COMPARED } from '../lib/compare/link';
import {
	readLinks,
	resultOfAssessment,
	withinLimit,
	type EntryProblem,
	type LoadedResult,
	type ReadOutcome,
} from '../lib/compare/entries';
import { resultOfSnapshot, type Snapshot } from '../lib/compare/snapshots';
import { uniqueName } from '../lib/assessment/ops';
import { latest } from './hash';
import { cleanTypedName } from '../lib/text';

/** The compared results, in column order. */
export const $columns = atom<Column[]>([]);
/** Entries from the last thing added that could not be read. */
export const $entryProblems = atom<EntryProblem[]>([]);
/** What the last addition did, in words, for a status line. */
export const $entryStatus = atom<string>('');
/** True while links or files are being read. */
export const $reading = atom(false);

let nextKey = 1;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Adds read results as columns (within MAX_COMPARED), with unique labels, and reports. */
function add(outcome: ReadOutcome, replace = false): number {
	const current = replace ? [] : $columns.get();
	const { loaded, problems } = withinLimit(outcome, MAX_COMPARED - current.length);
	const taken = current.map((c) => c.label);
	const fresh = loaded.map(({ result, source }: LoadedResult): Column => {
		const label = uniqueName(result.name || 'Unnamed result', taken);
		taken.push(label);
		return { key: `r${nextKey++}`, label, result, source };
	});
	$columns.set([...current, ...fresh]);
	$entryProblems.set(problems);
	$entryStatus.set(
		`${plural(fresh.length, 'result', 'results')} added` +
			(problems.length
				? `; ${plural(problems.length, 'entry', 'entries')} could not be read.`
				: '.')
	);
	return fresh.length;
}

async function reading<T>(work: () => Promise<T>): Promise<T> {
	$reading.set(true);
	try {
		return await work();
	} finally {
		$reading.set(false);
	}
}

/** Reads pasted links (one per line) and adds the results they carry. Returns how many were added. */
export function addLinks(text: string, bank: BankModel): Promise<number> {
	return reading(async () => add(await readLinks(text, bank)));
}

/**
 * Reads exported JSON files (name and text, null when the browser could not read one) and adds
 * their results. The import code loads on the first file, not with the page.
 */
export async function addFiles(
	files: readonly { name: string; text: string | null }[],
	bank: BankModel
): Promise<number> {
	const { readFile } = await import('../lib/compare/files');
	const outcome: ReadOutcome = { loaded: [], problems: [] };
	for (const { name, text } of files) {
		const one =
			text === null
				? {
						loaded: [],
						problems: [{ where: name, excerpt: '', message: 'The file could not be read.' }],
					}
				: readFile(name, text, bank);
		outcome.loaded.push(...one.loaded);
		outcome.problems.push(...one.problems);
	}
	return add(outcome);
}

/** Adds assessments saved in this browser. */
export function addAssessments(assessments: readonly Assessment[], bank: BankModel): number {
	const outcome: ReadOutcome = { loaded: [], problems: [] };
	for (const assessment of assessments) {
		const result = resultOfAssessment(assessment, bank);
		if (result) outcome.loaded.push({ result, source: 'saved' });
		else
			outcome.problems.push({
				where: assessment.name,
				excerpt: '',
				message: `It uses question bank version ${assessment.bankVersion}, which this site does not know.`,
			});
	}
	return add(outcome);
}

/** Adds snapshots as columns, each named by its assessment and day. */
export function addSnapshots(snapshots: readonly Snapshot[], bank: BankModel): number {
	const outcome: ReadOutcome = { loaded: [], problems: [] };
	for (const snapshot of snapshots) {
		const result = resultOfSnapshot(snapshot, bank);
		if (result) outcome.loaded.push({ result, source: 'snapshot' });
		else
			outcome.problems.push({
				where: snapshot.name,
				excerpt: '',
				message: 'This snapshot uses a question bank this site does not know.',
			});
	}
	return add(outcome);
}

const newestOpen = latest();

/**
 * Opens a comparison link's fragment, replacing the current columns. An empty fragment does
 * nothing; a result link's fragment (r.…) is added as one column.
 */
export function openComparisonLink(fragment: string, bank: BankModel): Promise<void> {
	const text = fragment.replace(/^#/, '').trim();
	if (!text) return Promise.resolve();
	const isLatest = newestOpen();
	return reading(async () => {
		if (!text.startsWith('c.')) {
			const read = await readLinks(text, bank);
			if (isLatest()) add(read, true);
			return;
		}
		const outcome = await decodeComparison(text, bank);
		if (!isLatest()) return;
		if (!outcome.ok) {
			$entryProblems.set([{ where: 'This page’s link', excerpt: '', message: outcome.message }]);
			$entryStatus.set('');
			return;
		}
		add(
			{
				loaded: outcome.results.map((result) => ({ result, source: 'comparison' })),
				problems: outcome.problems.map((message) => ({
					where: 'This page’s link',
					excerpt: '',
					message,
				})),
			},
			true
		);
	});
}

/** Renames a column as the user types (control characters dropped, at most 80 characters). */
export function renameColumn(key: string, label: string): void {
	$columns.set(
		$columns.get().map((c) => (c.key === key ? { ...c, label: cleanTypedName(label) } : c))
	);
}

/** Moves a column one place left (-1) or right (+1). */
export function moveColumn(key: string, by: -1 | 1): void {
	const columns = [...$columns.get()];
	const from = columns.findIndex((c) => c.key === key);
	const to = from + by;
	if (from < 0 || to < 0 || to >= columns.length) return;
	[columns[from], columns[to]] = [columns[to]!, columns[from]!];
	$columns.set(columns);
}

export function removeColumn(key: string): void {
	$columns.set($columns.get().filter((c) => c.key !== key));
}

/** Empties the comparison. */
export function clearComparison(): void {
	$columns.set([]);
	$entryProblems.set([]);
	$entryStatus.set('');
}
