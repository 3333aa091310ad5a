/**
 * Keeping unreadable saved data aside. Every store that reads localStorage treats it as untrusted:
 * what it cannot read is copied under a backup key (never deleted) before the store starts over,
 * and the page tells the user, with a way to download it.
 */

/** Prefix of every backup key, so one place lists everything kept aside. */
export const BACKUP_PREFIX = 'trustline:backup:';

/** What a store could not read, for the page to explain and offer as a download. */
export interface StorageProblem {
	/** What was wrong, in words. */
	problem: string;
	/** Where the unreadable data was copied to; null if the browser refused to copy it. */
	backupKey: string | null;
	/** The unreadable text itself, for the download. */
	raw: string;
}

/** A short, stable fingerprint, so the same damaged text is backed up once, not on every read. */
export function fingerprint(text: string): string {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return (h >>> 0).toString(36);
}

/**
 * Copies unreadable text under BACKUP_PREFIX + label + fingerprint and describes the problem.
 * Never throws: when storage refuses, the problem says so through a null backupKey.
 */
export function keepAside(raw: string, problem: string, label = ''): StorageProblem {
	let backupKey: string | null = `${BACKUP_PREFIX}${label}${fingerprint(raw)}`;
	try {
		if (localStorage.getItem(backupKey) !== raw) localStorage.setItem(backupKey, raw);
	} catch {
		backupKey = null;
	}
	return { problem, backupKey, raw };
}
