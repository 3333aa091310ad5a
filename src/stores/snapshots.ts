/**
 * Snapshots of assessments, saved in localStorage under 'trustline:snapshots' and kept in sync
 * across tabs. Reading is defensive as in ./assessments.ts: unreadable data is copied aside under
 * a 'trustline:backup:<hash>' key, never deleted, and $snapshotProblem tells the page.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Assessment } from '../lib/model';
import {
	makeSnapshot,
	readSnapshots,
	SNAPSHOT_SCHEMA,
	withSnapshot,
	type Snapshot,
	type SnapshotReason,
	type SnapshotState,
} from '../lib/compare/snapshots';
import { $assessments } from './assessments';
import { keepAside as keepRawAside, type StorageProblem } from './backup';

export const SNAPSHOTS_KEY = 'trustline:snapshots';

/** Set when stored snapshots could not be read (or some were dropped). */
export const $snapshotProblem = atom<StorageProblem | null>(null);
/** Set when the browser refused to save a snapshot. */
export const $snapshotSaveError = atom<string | null>(null);

function keepAside(raw: string, problem: string): void {
	$snapshotProblem.set(keepRawAside(raw, problem));
}

function decode(raw: string): SnapshotState | null {
	const outcome = readSnapshots(raw);
	if (outcome.status === 'empty') return null;
	if (outcome.status === 'unreadable') {
		keepAside(raw, outcome.problem);
		return null;
	}
	if (outcome.dropped.length > 0) {
		keepAside(raw, `some saved snapshots could not be read (${outcome.dropped.join('; ')})`);
	}
	return outcome.state;
}

export const $snapshotState = persistentAtom<SnapshotState | null>(SNAPSHOTS_KEY, null, {
	encode: (value) => (value ? JSON.stringify(value) : undefined) as string,
	decode,
});

/** All snapshots, oldest first. */
export const $snapshots = computed($snapshotState, (s) => s?.snapshots ?? []);

function write(snapshots: Snapshot[]): boolean {
	try {
		$snapshotState.set(snapshots.length ? { schema: SNAPSHOT_SCHEMA, snapshots } : null);
		$snapshotSaveError.set(null);
		return true;
	} catch {
		$snapshotSaveError.set(
			'Your browser refused to save the snapshot (its storage may be full or switched off).'
		);
		return false;
	}
}

/**
 * Takes a snapshot of an assessment as it is now: on demand (reason 'manual') or when a shared
 * result is saved as an assessment ('shared'). Takes the assessment, or the id of one saved in this
 * browser (so a caller that just saved it snapshots what was actually stored). Returns the
 * snapshot, or null when there is no such assessment or the snapshot could not be saved.
 */
export function takeSnapshot(
	assessment: Assessment | string,
	reason: SnapshotReason = 'manual'
): Snapshot | null {
	const subject =
		typeof assessment === 'string'
			? $assessments.get().find((a) => a.id === assessment)
			: assessment;
	if (!subject) return null;
	const snapshot = makeSnapshot(subject, reason, new Date());
	return write(withSnapshot($snapshots.get(), snapshot)) ? snapshot : null;
}

/** Deletes one snapshot. */
export function deleteSnapshot(id: string): void {
	write($snapshots.get().filter((s) => s.id !== id));
}

export function dismissSnapshotProblem(): void {
	$snapshotProblem.set(null);
}
