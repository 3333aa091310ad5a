/**
 * The results being compared on /compare/, and the comparisons kept in this browser: the last one
 * (kept as its comparison link whenever it changes, so leaving the page and coming back can resume
 * it) and snapshots taken on request. Reading links and files lives in src/lib/compare; these
 * actions only put the outcome in the stores for the islands.
 */
import { atom, computed } from 'nanostores';
import type { Assessment, BankModel } from '../lib/model';
import type { Column } from '../lib/compare/grid';
import { decodeComparison, MAX_COMPARED } from '../lib/compare/link';
import {
	readLinks,
	resultOfAssessment,
	withinLimit,
	withoutDuplicates,
	type EntryProblem,
	type LoadedResult,
	type ReadOutcome,
} from '../lib/compare/entries';
import { resultOfSnapshot, type Snapshot } from '../lib/compare/snapshots';
import {
	comparisonSnapshot,
	keptComparison,
	readKept,
	withComparisonSnapshot,
	KEPT_SCHEMA,
	type ComparisonSnapshot,
	type KeptState,
} from '../lib/compare/kept';
import { additionStatus } from '../lib/compare/words';
import { uniqueName } from '../lib/assessment/ops';
import { latest } from './hash';
import { persistedStore } from './persisted';
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

/**
 * Adds read results as columns (within MAX_COMPARED), with unique labels, and reports. A result
 * already compared (or read twice) is left out and named in the report.
 */
function add(outcome: ReadOutcome, replace = false): number {
	const current = replace ? [] : $columns.get();
	const unique = withoutDuplicates(
		outcome,
		current.map((c) => c.result)
	);
	const { loaded, problems } = withinLimit(unique.outcome, MAX_COMPARED - current.length);
	const taken = current.map((c) => c.label);
	const fresh = loaded.map(({ result, source }: LoadedResult): Column => {
		const label = uniqueName(result.name || 'Unnamed result', taken);
		taken.push(label);
		return { key: `r${nextKey++}`, label, result, source };
	});
	$columns.set([...current, ...fresh]);
	$entryProblems.set(problems);
	$entryStatus.set(additionStatus(fresh.length, unique.duplicates, problems.length));
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
	return openComparison(fragment, bank, 'This page’s link', true);
}

/**
 * Reads a comparison fragment (or a result link's) and adds its results, or replaces the columns
 * with them; problems are reported as coming from `where`. `sources` says where the results came
 * from: one for all, or one per result (a resumed comparison keeps its columns' origins).
 */
function openComparison(
	fragment: string,
	bank: BankModel,
	where: string,
	replace: boolean,
	sources: Column['source'] | readonly Column['source'][] = 'comparison'
): Promise<void> {
	const text = fragment.replace(/^#/, '').trim();
	if (!text) return Promise.resolve();
	const isLatest = newestOpen();
	return reading(async () => {
		if (!text.startsWith('c.')) {
			const read = await readLinks(text, bank);
			if (isLatest()) add(read, replace);
			return;
		}
		const outcome = await decodeComparison(text, bank);
		if (!isLatest()) return;
		if (!outcome.ok) {
			$entryProblems.set([{ where, excerpt: '', message: outcome.message }]);
			$entryStatus.set('');
			return;
		}
		// Per-result sources line up with the results only when every result could be read.
		const sourceOf = (i: number): Column['source'] =>
			typeof sources === 'string'
				? sources
				: outcome.problems.length === 0
					? (sources[i] ?? 'comparison')
					: 'comparison';
		add(
			{
				loaded: outcome.results.map((result, i) => ({ result, source: sourceOf(i) })),
				problems: outcome.problems.map((message) => ({ where, excerpt: '', message })),
			},
			replace
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

const kept = persistedStore<KeptState>({
	key: 'trustline:comparisons',
	read: readKept,
	partlyRead: (dropped) => `some saved comparisons could not be read (${dropped.join('; ')})`,
	saveError:
		'Your browser refused to save the comparison (its storage may be full or switched off). It is kept on this page and saved as soon as the browser allows.',
	backupLabel: 'comparisons-',
});

/** Set when saved comparisons could not be read (or some were dropped). */
export const $keptProblem = kept.$problem;
/** Set while the browser refuses to save comparisons. */
export const $keptSaveError = kept.$saveError;
/** The last comparison made on this browser, to resume; null when there is none. */
export const $lastComparison = computed(kept.$value, (s) => s?.last ?? null);
/** Snapshots of comparisons, oldest first. */
export const $comparisonSnapshots = computed(kept.$value, (s) => s?.snapshots ?? []);

function writeKept(change: Partial<Omit<KeptState, 'schema'>>): boolean {
	const state = kept.$value.get();
	const next: KeptState = {
		schema: KEPT_SCHEMA,
		last: state?.last ?? null,
		snapshots: state?.snapshots ?? [],
		...change,
	};
	return kept.write(next.last || next.snapshots.length ? next : null);
}

/**
 * Keeps the comparison as the last one, given its link's fragment (the share panel makes it
 * whenever the columns change).
 */
export function keepComparison(fragment: string, columns: readonly Column[]): void {
	if (kept.$value.get()?.last?.fragment === fragment) return;
	writeKept({ last: keptComparison(fragment, columns, new Date()) });
}

/** Opens the last comparison again, in place of the current columns. */
export function resumeLastComparison(bank: BankModel): Promise<void> {
	const last = $lastComparison.get();
	if (!last) return Promise.resolve();
	return openComparison(last.fragment, bank, 'The last comparison', true, last.sources);
}

/** Takes a snapshot of the comparison, given its link's fragment; null when it could not be saved. */
export function takeComparisonSnapshot(
	fragment: string,
	columns: readonly Column[]
): ComparisonSnapshot | null {
	const snapshot = comparisonSnapshot(fragment, columns, new Date());
	return writeKept({ snapshots: withComparisonSnapshot($comparisonSnapshots.get(), snapshot) })
		? snapshot
		: null;
}

/** Adds the results of a comparison snapshot to the comparison (those already there are ignored). */
export function addComparisonSnapshot(
	snapshot: ComparisonSnapshot,
	bank: BankModel
): Promise<void> {
	return openComparison(snapshot.fragment, bank, 'The snapshot', false, 'snapshot');
}

export function deleteComparisonSnapshot(id: string): void {
	writeKept({ snapshots: $comparisonSnapshots.get().filter((s) => s.id !== id) });
}

export function dismissKeptProblem(): void {
	kept.dismiss();
}
