/**
 * Ordering the comparison grid: by bank order, spread, median, control name or one result's level,
 * either across all controls or within their environment and capability groups.
 */
import type { AnswerValue, EnvironmentId } from '../model';
import type { GridRow } from './grid';

/** What the grid can be sorted by. `column` names a result by its index. */
export type SortKey =
	| { by: 'order' }
	| { by: 'spread' }
	| { by: 'median' }
	| { by: 'title' }
	| { by: 'column'; column: number };

export type SortDirection = 'ascending' | 'descending';

/** A run of rows that share an environment and a capability, for group headings. */
export interface RowGroup {
	environment: EnvironmentId;
	capability: string;
	rows: GridRow[];
}

/**
 * How a result's answer sorts: its level, with "Don't know" just below Traditional (it counts as
 * Traditional, but says less), and N/A and unanswered never compared (they go last).
 */
function answerRank(value: AnswerValue | null | undefined): number | null {
	if (value === null || value === undefined || value === 'na') return null;
	return value === 'unknown' ? -0.5 : value;
}

/** The number or text a row sorts by; null sorts last in either direction. */
function keyOf(row: GridRow, key: SortKey): number | string | null {
	switch (key.by) {
		case 'spread':
			return row.spread;
		case 'median':
			return row.median;
		case 'title':
			return row.control.title;
		case 'column':
			return answerRank(row.values[key.column]);
		default:
			return row.order;
	}
}

/** Made on first use: the first `Intl` object a page makes loads locale data (a long task). */
let collator: Intl.Collator | undefined;

/**
 * The rows in the order asked for. Rows without a value for the key (no counted answer, N/A,
 * unanswered) go last in either direction; ties keep bank order, so sorting is stable and
 * repeatable. With `grouped`, rows stay within their environment and capability group (groups in
 * bank order) and are sorted inside it. Pure: a new array, the rows are not changed.
 */
export function sortRows(
	rows: readonly GridRow[],
	key: SortKey,
	direction: SortDirection = 'ascending',
	grouped = false
): GridRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const group = grouped ? groupOrder(rows) : null;
	const keyed = rows.map((row) => ({ row, key: keyOf(row, key), group: group?.get(row) ?? 0 }));
	keyed.sort((a, b) => {
		if (a.group !== b.group) return a.group - b.group;
		if (a.key === null || b.key === null) {
			if (a.key !== b.key) return a.key === null ? 1 : -1;
		} else if (a.key !== b.key) {
			const c =
				typeof a.key === 'string' || typeof b.key === 'string'
					? (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(
							String(a.key),
							String(b.key)
						)
					: a.key - b.key;
			if (c !== 0) return sign * c;
		}
		return a.row.order - b.row.order;
	});
	return keyed.map((k) => k.row);
}

/** Each row's group position: environments in bank order, capabilities by their first control. */
function groupOrder(rows: readonly GridRow[]): Map<GridRow, number> {
	const first = new Map<string, number>();
	const byOrder = [...rows].sort((a, b) => a.order - b.order);
	for (const row of byOrder) {
		const id = groupId(row);
		if (!first.has(id)) first.set(id, first.size);
	}
	return new Map(rows.map((row) => [row, first.get(groupId(row))!]));
}

function groupId(row: GridRow): string {
	return `${row.control.environment}\u0000${row.control.capability}`;
}

/** Consecutive rows with the same environment and capability, for headings between them. */
export function groupRows(rows: readonly GridRow[]): RowGroup[] {
	const groups: RowGroup[] = [];
	for (const row of rows) {
		const last = groups[groups.length - 1];
		if (
			last &&
			last.environment === row.control.environment &&
			last.capability === row.control.capability
		) {
			last.rows.push(row);
		} else {
			groups.push({
				environment: row.control.environment,
				capability: row.control.capability,
				rows: [row],
			});
		}
	}
	return groups;
}
