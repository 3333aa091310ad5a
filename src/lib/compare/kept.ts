/**
 * Comparisons kept in the browser: the last one (so leaving /compare/ and coming back can resume
 * it) and snapshots of a comparison taken on request (to look back at how the teams stood). Both
 * keep the comparison as its link's fragment (./link.ts), so what is stored is the format that
 * links already pin with golden fixtures, and reading it back goes through the same checks as
 * opening a link. Storage is untrusted input (another tab, an extension, an older Trustline), so
 * reading validates and never throws; the fragment itself is only decoded when it is opened.
 *
 * Snapshots of assessments live in ./snapshots.ts; these are a separate list because /results/
 * loads that module (saving a shared result takes a snapshot) and has no use for comparisons.
 */
import { cleanName } from '../text';
import { newId } from '../assessment/ops';
import type { Column } from './grid';

/** The storage format this module writes. */
export const KEPT_SCHEMA = 1;
/** Comparison snapshots kept in all; the oldest go first beyond it. */
export const MAX_COMPARISON_SNAPSHOTS = 50;
/** Longest fragment kept: more than any comparison link of MAX_COMPARED results needs. */
const MAX_FRAGMENT = 100_000;
/** Names kept per comparison (a comparison holds at most 100 results). */
const MAX_NAMES = 100;

/** A comparison as it is kept: the link that carries its results, and its columns for lists. */
export interface KeptComparison {
	/** The comparison link's fragment, `c.…`, read with decodeComparison. */
	fragment: string;
	/** ISO 8601 timestamp of when it was kept. */
	savedAt: string;
	/** The columns' names in order (the fragment holds them too, but decoding is asynchronous). */
	names: string[];
	/** Where each column came from, in order, so a resumed comparison still says. */
	sources: Column['source'][];
}

/** A comparison kept on request. */
export interface ComparisonSnapshot extends KeptComparison {
	/** Local identifier (random), never shown. */
	id: string;
}

/** What storage holds under 'trustline:comparisons'. */
export interface KeptState {
	schema: typeof KEPT_SCHEMA;
	last: KeptComparison | null;
	snapshots: ComparisonSnapshot[];
}

export type KeptReadOutcome =
	| { status: 'empty' }
	| { status: 'ok'; value: KeptState; dropped: string[] }
	| { status: 'unreadable'; problem: string };

const SOURCES: readonly Column['source'][] = ['link', 'file', 'comparison', 'saved', 'snapshot'];
const FRAGMENT = /^c\.[A-Za-z0-9_-]+$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** A comparison as it is kept now, from its link's fragment and its columns. */
export function keptComparison(
	fragment: string,
	columns: readonly Pick<Column, 'label' | 'source'>[],
	now: Date
): KeptComparison {
	return {
		fragment,
		savedAt: now.toISOString(),
		names: columns.slice(0, MAX_NAMES).map((c) => cleanName(c.label)),
		sources: columns.slice(0, MAX_NAMES).map((c) => c.source),
	};
}

/** A snapshot of a comparison as it is now. */
export function comparisonSnapshot(
	fragment: string,
	columns: readonly Pick<Column, 'label' | 'source'>[],
	now: Date,
	id = newId()
): ComparisonSnapshot {
	return { id, ...keptComparison(fragment, columns, now) };
}

/** One kept comparison, cleaned, or null when it cannot be read. */
export function parseKept(x: unknown): KeptComparison | null {
	if (!isObject(x)) return null;
	const { fragment, savedAt, names, sources } = x;
	if (typeof fragment !== 'string' || fragment.length > MAX_FRAGMENT || !FRAGMENT.test(fragment))
		return null;
	if (typeof savedAt !== 'string' || !ISO.test(savedAt) || Number.isNaN(Date.parse(savedAt)))
		return null;
	const list = Array.isArray(names) ? names.slice(0, MAX_NAMES).map((name) => cleanName(name)) : [];
	const from = Array.isArray(sources) ? sources.slice(0, MAX_NAMES) : [];
	return {
		fragment,
		savedAt,
		names: list,
		sources: list.map((_, i) => {
			const source: unknown = from[i];
			return SOURCES.find((s) => s === source) ?? 'comparison';
		}),
	};
}

/** The list with `snapshot` added last, the oldest dropped beyond MAX_COMPARISON_SNAPSHOTS. */
export function withComparisonSnapshot(
	snapshots: readonly ComparisonSnapshot[],
	snapshot: ComparisonSnapshot
): ComparisonSnapshot[] {
	return [...snapshots, snapshot].slice(-MAX_COMPARISON_SNAPSHOTS);
}

/**
 * Reads the stored text. Never throws: data that cannot be read at all is reported (the caller
 * keeps it aside and tells the user); a last comparison or snapshot that cannot be read is
 * dropped and listed while the rest load.
 */
export function readKept(raw: string | null | undefined): KeptReadOutcome {
	if (raw === null || raw === undefined || raw === '') return { status: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'unreadable', problem: 'the saved comparisons are not valid JSON' };
	}
	if (!isObject(data))
		return { status: 'unreadable', problem: 'the saved comparisons are not an object' };
	if (data['schema'] !== KEPT_SCHEMA) {
		return {
			status: 'unreadable',
			problem:
				typeof data['schema'] === 'number' && data['schema'] > KEPT_SCHEMA
					? `the saved comparisons come from a newer Trustline (format ${data['schema']})`
					: 'the saved comparisons have no known format version',
		};
	}
	const dropped: string[] = [];
	const last = data['last'] === null || data['last'] === undefined ? null : parseKept(data['last']);
	if (last === null && data['last'] !== null && data['last'] !== undefined)
		dropped.push('the last comparison could not be read');
	const snapshots: ComparisonSnapshot[] = [];
	const seen = new Set<string>();
	const list: unknown[] = Array.isArray(data['snapshots']) ? data['snapshots'] : [];
	for (const item of list.slice(-MAX_COMPARISON_SNAPSHOTS)) {
		const kept = parseKept(item);
		const id = isObject(item) ? item['id'] : undefined;
		if (!kept || typeof id !== 'string' || !ID.test(id))
			dropped.push('a snapshot of a comparison could not be read');
		else if (seen.has(id)) dropped.push('a snapshot of a comparison was stored twice');
		else {
			seen.add(id);
			snapshots.push({ id, ...kept });
		}
	}
	return { status: 'ok', value: { schema: KEPT_SCHEMA, last, snapshots }, dropped };
}
