/**
 * What the results page shows and does beyond the questionnaire's store: a result opened from a
 * link (`$shared`), saving it as one's own assessment, and importing a JSON export. Decoding and
 * parsing live in src/lib; the islands render these atoms and call these actions.
 */
import { atom } from 'nanostores';
import type { Assessment, BankModel } from '../lib/model';
import type { DecodeWarning } from '../lib/share/codec';
import type { SharedResult } from '../lib/share/shared';
import { createAssessment } from '../lib/assessment/ops';
import { addAssessment } from './assessments';
import { latest } from './hash';

export type SharedState =
	| { status: 'none' }
	| { status: 'loading' }
	| { status: 'error'; message: string }
	| { status: 'ok'; result: SharedResult; warnings: DecodeWarning[] };

export const $shared = atom<SharedState>({ status: 'none' });
/** Set once the shared result on view has been saved as the user's own assessment. */
export const $sharedSaved = atom(false);

const newestOpen = latest();

/**
 * Reads a result link's fragment (with or without '#'); an empty fragment means "no link". Only
 * the latest call's outcome is shown, however long each decode takes.
 */
export async function openSharedLink(fragment: string, bank: BankModel): Promise<void> {
	const text = fragment.replace(/^#/, '');
	const isLatest = newestOpen();
	$sharedSaved.set(false);
	if (!text) {
		$shared.set({ status: 'none' });
		return;
	}
	$shared.set({ status: 'loading' });
	const outcome = await import('../lib/share/codec').then(
		({ decodeResult }) => decodeResult(text, bank),
		() => ({
			ok: false as const,
			message:
				'The results link could not be opened because part of this page failed to load. Reload the page to try again.',
		})
	);
	if (!isLatest()) return;
	$shared.set(
		outcome.ok
			? { status: 'ok', result: outcome.result, warnings: outcome.warnings }
			: { status: 'error', message: outcome.message }
	);
}

/** Leaves the shared view and shows the user's own assessment again. */
export function closeSharedLink(): void {
	newestOpen();
	$shared.set({ status: 'none' });
	$sharedSaved.set(false);
}

/**
 * Saves the shared result on view as a new assessment of the user's, with a snapshot of it. It
 * reports "saved" only once the snapshot is written, so leaving the page right after loses
 * nothing; a snapshot that fails must not block the save.
 */
export async function saveSharedResult(bank: BankModel): Promise<void> {
	const shared = $shared.get();
	if (shared.status !== 'ok') return;
	const { result } = shared;
	const fresh = createAssessment(result.name, bank.version, new Date());
	const id = addAssessment({ ...fresh, targets: result.targets, answers: result.answers });
	// The snapshot store loads on first use.
	await import('./snapshots').then((m) => m.takeSnapshot(id, 'shared')).catch(() => {});
	if ($shared.get() === shared) $sharedSaved.set(true);
}

/** Where an import stands: a problem, a message, or a file that clashes with a saved assessment. */
export interface ImportState {
	error: string;
	status: string;
	/** An imported assessment whose id is already saved, waiting for "replace" or "copy". */
	pending: Assessment | null;
}

export const $import = atom<ImportState>({ error: '', status: '', pending: null });

/** Reads a JSON export and adds it, or asks what to do when an assessment with its id exists. The
 * import code (./importing and the JSON reader) loads on the first import, so opening the page does
 * not pay for it. */
export async function importFile(file: File | undefined, bank: BankModel): Promise<void> {
	$import.set({ error: '', status: '', pending: null });
	if (!file) return;
	const importing = await import('./importing').catch(() => null);
	if (!importing) return $import.set({ error: failedToLoad(file.name), status: '', pending: null });
	$import.set(await importing.importJsonFile(file, bank));
}

/** Settles an import that clashed: replace the saved assessment, import a copy, or cancel. */
export async function resolveImport(choice: 'replace' | 'copy' | 'cancel'): Promise<void> {
	const { pending } = $import.get();
	if (!pending) return;
	if (choice === 'cancel')
		return $import.set({ error: '', status: 'Import cancelled; nothing changed.', pending: null });
	const importing = await import('./importing').catch(() => null);
	if (!importing) return $import.set({ ...$import.get(), error: failedToLoad(), status: '' });
	$import.set({ error: '', status: importing.settleImport(pending, choice), pending: null });
}

function failedToLoad(name?: string): string {
	return `${name ? `“${name}”` : 'The file'} was not imported because part of this page failed to load. Reload the page to try again.`;
}
