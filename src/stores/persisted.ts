/**
 * The one way Trustline keeps state in the browser: a store saved in localStorage under one key,
 * kept in sync across tabs (@nanostores/persistent listens to storage events), read defensively and
 * never lost when saving fails. Assessments, training progress and snapshots are all made here.
 *
 * - Reading: saved text is untrusted. What cannot be read (or only partly) is copied aside under a
 *   backup key, never deleted, and `$problem` says what happened (see ./backup.ts).
 * - Saving: when the browser refuses (storage full or switched off), the change is kept in memory
 *   and shown all the same, `$saveError` tells the user, and the next save that succeeds writes
 *   the whole state, every change made meanwhile included. Nothing throws.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { keepAside, type StorageProblem } from './backup';

/** What a store's reader makes of saved text. */
export type ReadResult<T> =
	| { status: 'empty' }
	| { status: 'unreadable'; problem: string }
	| {
			status: 'ok';
			value: T;
			/** What was left out because it could not be read, in words (the rest is kept). */
			dropped?: string[];
			/** Something to tell the user that is not a problem (an upgrade of the saved format). */
			notice?: string;
	  };

export interface PersistedOptions<T> {
	/** The localStorage key. */
	key: string;
	/** Reads saved text; never throws. */
	read: (raw: string) => ReadResult<T>;
	/** The problem to report when `read` dropped parts, given what it dropped. */
	partlyRead: (dropped: string[]) => string;
	/** What the user is told when the browser refuses to save. */
	saveError: string;
	/** Put into backup keys after the common prefix, e.g. 'learn-'. */
	backupLabel?: string;
}

export interface PersistedStore<T> {
	/** The state: what is saved, or what is held in memory since a save was refused. */
	$value: ReadableAtom<T | null>;
	/** Saved data that could not be read, where it was kept, and the text for download. */
	$problem: ReadableAtom<StorageProblem | null>;
	/** A notice that is not a problem (the saved format was upgraded). */
	$notice: ReadableAtom<string | null>;
	/** Set while the browser refuses to save. */
	$saveError: ReadableAtom<string | null>;
	/** Saves `next` (null removes the key). True when saved; false when kept in memory only. */
	write: (next: T | null) => boolean;
	/** Clears the problem and the notice once the user has read them. */
	dismiss: () => void;
}

/** Makes a persisted store; see the module comment for what it promises. */
export function persistedStore<T>(options: PersistedOptions<T>): PersistedStore<T> {
	const $problem = atom<StorageProblem | null>(null);
	const $notice = atom<string | null>(null);
	const $saveError = atom<string | null>(null);

	function decode(raw: string): T | null {
		const outcome = options.read(raw);
		if (outcome.status === 'empty') return null;
		if (outcome.status === 'unreadable') {
			$problem.set(keepAside(raw, outcome.problem, options.backupLabel));
			return null;
		}
		if (outcome.dropped?.length) {
			$problem.set(keepAside(raw, options.partlyRead(outcome.dropped), options.backupLabel));
		} else if (outcome.notice) {
			$notice.set(outcome.notice);
		}
		return outcome.value;
	}

	const $saved = persistentAtom<T | null>(options.key, null, {
		// persistentAtom removes the key when encode returns undefined.
		encode: (value) => (value === null ? undefined : JSON.stringify(value)),
		decode,
	});

	/** What the browser refused to save, held until a save succeeds. */
	const $unsaved = atom<{ value: T | null } | null>(null);
	const $value = computed([$saved, $unsaved], (saved, unsaved) =>
		unsaved ? unsaved.value : saved
	);

	function write(next: T | null): boolean {
		try {
			$saved.set(next);
		} catch {
			$unsaved.set({ value: next });
			$saveError.set(options.saveError);
			return false;
		}
		$unsaved.set(null);
		$saveError.set(null);
		return true;
	}

	// A change kept in memory is also written when the page is hidden (the user switches tab or
	// closes it), in case storage has been freed since and no further change comes.
	if (typeof document !== 'undefined') {
		document.addEventListener('visibilitychange', () => {
			const unsaved = $unsaved.get();
			if (document.visibilityState === 'hidden' && unsaved) write(unsaved.value);
		});
	}

	return {
		$value,
		$problem,
		$notice,
		$saveError,
		write,
		dismiss: () => {
			$problem.set(null);
			$notice.set(null);
		},
	};
}
