/**
 * Snapshots of assessments, saved in localStorage under 'trustline:snapshots' and kept in sync
 * across tabs, through the persisted-store factory (./persisted.ts): unreadable data is copied
 * aside, never deleted, and a refused save keeps the snapshots in memory until one succeeds.
 */
import { computed } from 'nanostores';
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
import { persistedStore } from './persisted';

export const SNAPSHOTS_KEY = 'trustline:snapshots';

const store = persistedStore<SnapshotState>({
	key: SNAPSHOTS_KEY,
	read: (raw) => {
		const outcome = readSnapshots(raw);
		return outcome.status === 'ok'
			? { status: 'ok', value: outcome.state, dropped: outcome.dropped }
			: outcome;
	},
	partlyRead: (dropped) => `some saved snapshots could not be read (${dropped.join('; ')})`,
	saveError:
		'Your browser refused to save the snapshot (its storage may be full or switched off). It is kept on this page and saved as soon as the browser allows.',
});

/** Set when stored snapshots could not be read (or some were dropped). */
export const $snapshotProblem = store.$problem;
/** Set while the browser refuses to save snapshots. */
export const $snapshotSaveError = store.$saveError;
/** The saved snapshots, or those held in memory while saving is refused. */
export const $snapshotState = store.$value;

/** All snapshots, oldest first. */
export const $snapshots = computed($snapshotState, (s) => s?.snapshots ?? []);

/** Saves the snapshots; false when the browser refused and they are held in memory only. */
function write(snapshots: Snapshot[]): boolean {
	return store.write(snapshots.length ? { schema: SNAPSHOT_SCHEMA, snapshots } : null);
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
	store.dismiss();
}
