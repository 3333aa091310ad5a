/**
 * What the results page shows: the user's own active assessment, or a result opened from a link.
 * Decoding lives in src/lib/share; this store only remembers the outcome for the islands.
 */
import { atom } from 'nanostores';
import type { BankModel } from '../lib/model';
import { decodeResult, type DecodeWarning, type SharedResult } from '../lib/share';

export type SharedState =
	| { status: 'none' }
	| { status: 'loading' }
	| { status: 'error'; message: string }
	| { status: 'ok'; result: SharedResult; warnings: DecodeWarning[] };

export const $shared = atom<SharedState>({ status: 'none' });

/** Reads a result link's fragment (with or without '#'); an empty fragment means "no link". */
export async function openSharedLink(fragment: string, bank: BankModel): Promise<void> {
	const text = fragment.replace(/^#/, '');
	if (!text) {
		$shared.set({ status: 'none' });
		return;
	}
	$shared.set({ status: 'loading' });
	const outcome = await decodeResult(text, bank);
	$shared.set(
		outcome.ok
			? { status: 'ok', result: outcome.result, warnings: outcome.warnings }
			: { status: 'error', message: outcome.message }
	);
}

/** Leaves the shared view and shows the user's own assessment again. */
export function closeSharedLink(): void {
	$shared.set({ status: 'none' });
}
