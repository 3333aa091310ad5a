import { Component } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { AnswerValue } from '../../lib/model';
import { columnLabel, type Comparison, type GridRow } from '../../lib/compare/grid';
import { groupRows, sortRows, type SortDirection, type SortKey } from '../../lib/compare/sort';
import { medianWord, spreadWord, answerWord } from '../../lib/compare/words';

type Props = { comparison: Comparison };

/** The sort as the page keeps it: a result is named by its column key, so removing one cannot shift it. */
type Sort = { by: 'order' | 'spread' | 'median' | 'title' } | { by: 'column'; key: string };

/** A cell's class: the pattern (and tint) of its answer; the word is always there too. */
function levelClass(value: AnswerValue | null): string {
	return `lv lv-${value === null ? 'none' : value}`;
}

function sameSort(a: Sort, b: Sort): boolean {
	return a.by === b.by && (a.by !== 'column' || (b.by === 'column' && a.key === b.key));
}

/**
 * The control-by-result grid: one row per shared control, one column per result, the team median
 * and the spread, controls to discuss flagged in words. It is a table, so it is its own table
 * twin: every level is a word, with a pattern beside it that does not rely on colour.
 */
export default function ControlGrid({ comparison }: Props) {
	const { columns, rows, bank } = comparison;
	const [sort, setSort] = useState<Sort>({ by: 'order' });
	const [direction, setDirection] = useState<SortDirection>('ascending');
	const [grouped, setGrouped] = useState(true);
	const [onlyDiscuss, setOnlyDiscuss] = useState(false);

	const index = sort.by === 'column' ? columns.findIndex((c) => c.key === sort.key) : -1;
	const key: SortKey =
		sort.by === 'column' ? (index >= 0 ? { by: 'column', column: index } : { by: 'order' }) : sort;
	const sorted = useMemo(() => {
		const shown = onlyDiscuss ? rows.filter((r) => r.discuss) : rows;
		return sortRows(shown, key, direction, grouped);
	}, [rows, key.by, index, direction, grouped, onlyDiscuss]);
	const envName = new Map(bank.environments.map((e) => [e.id, e.name]));
	const width = columns.length + 3;

	function sortBy(next: Sort) {
		if (sameSort(next, sort)) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
		else {
			setSort(next);
			// Spreads read best largest first; everything else from the start.
			setDirection(next.by === 'spread' ? 'descending' : 'ascending');
		}
	}

	function header(label: string, next: Sort, extra = '') {
		const active = sameSort(next, sort) && (next.by !== 'column' || index >= 0);
		return (
			<th
				scope="col"
				class={extra || undefined}
				aria-sort={active ? direction : undefined}
				key={next.by === 'column' ? next.key : next.by}
			>
				<button type="button" class="sort-button" onClick={() => sortBy(next)}>
					{label}
					<span class="sort-mark" aria-hidden="true">
						{active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
					</span>
				</button>
			</th>
		);
	}

	const discussTotal = comparison.discussCount;
	return (
		<section aria-labelledby="controls-heading">
			<h2 id="controls-heading">Controls</h2>
			<p>
				One row per control, one column per result. The team median and the spread count “Don’t
				know” as Traditional, as scoring does, and leave out Not applicable and unanswered. A spread
				of two stages or more is marked <span class="badge discuss-badge">Discuss</span>.
			</p>
			<div class="grid-options no-print">
				<label>
					<input
						type="checkbox"
						checked={grouped}
						onChange={(e) => setGrouped((e.target as HTMLInputElement).checked)}
					/>{' '}
					Group by environment and capability
				</label>
				<label>
					<input
						type="checkbox"
						checked={onlyDiscuss}
						onChange={(e) => setOnlyDiscuss((e.target as HTMLInputElement).checked)}
					/>{' '}
					Show only controls to discuss ({discussTotal})
				</label>
				<span>
					<label for="sort-by">Sort by</label>{' '}
					<select
						id="sort-by"
						value={sort.by === 'column' ? (index >= 0 ? `column:${sort.key}` : 'order') : sort.by}
						onChange={(e) => {
							const v = (e.target as HTMLSelectElement).value;
							const next: Sort = v.startsWith('column:')
								? { by: 'column', key: v.slice(7) }
								: { by: v as 'order' | 'spread' | 'median' | 'title' };
							setSort(next);
							setDirection(next.by === 'spread' ? 'descending' : 'ascending');
						}}
					>
						<option value="order">Question order</option>
						<option value="spread">Spread</option>
						<option value="median">Team median</option>
						<option value="title">Control name</option>
						{columns.map((c, i) => (
							<option key={c.key} value={`column:${c.key}`}>
								{columnLabel(c, i)}
							</option>
						))}
					</select>{' '}
					<label for="sort-direction">Direction</label>{' '}
					<select
						id="sort-direction"
						value={direction}
						onChange={(e) => setDirection((e.target as HTMLSelectElement).value as SortDirection)}
					>
						<option value="ascending">Ascending</option>
						<option value="descending">Descending</option>
					</select>
				</span>
			</div>
			<ul class="level-legend" aria-label="Patterns beside each answer">
				{([0, 1, 2, 3, 'unknown', 'na', null] as const).map((v) => (
					<li key={String(v)} class={levelClass(v)}>
						{answerWord(v)}
					</li>
				))}
			</ul>
			<div class="table-wrap grid-wrap">
				<table class="control-grid">
					<caption class="visually-hidden">
						Each result’s answer per control, with the team median and the spread
					</caption>
					<thead>
						<tr>
							{header('Control', { by: 'title' })}
							{columns.map((c, i) => header(columnLabel(c, i), { by: 'column', key: c.key }))}
							{header('Team median', { by: 'median' }, 'median-col')}
							{header('Spread', { by: 'spread' })}
						</tr>
					</thead>
					{sorted.length === 0 ? (
						<tbody>
							<tr>
								<td colSpan={width}>No control differs by two stages or more.</td>
							</tr>
						</tbody>
					) : grouped ? (
						groupRows(sorted).map((g) => (
							<tbody key={`${g.environment}/${g.capability}`}>
								<tr class="group-row">
									<th scope="rowgroup" colSpan={width}>
										{envName.get(g.environment)}: {g.capability}
									</th>
								</tr>
								{g.rows.map((r) => (
									<Row key={r.control.code} row={r} />
								))}
							</tbody>
						))
					) : (
						<tbody>
							{sorted.map((r) => (
								<Row key={r.control.code} row={r} />
							))}
						</tbody>
					)}
				</table>
			</div>
		</section>
	);
}

/**
 * One control's row. A row object changes only when the results do (CompareView keeps the
 * comparison while only labels change), so re-sorting or renaming moves rows without diffing
 * their cells again: with 50 results that is over 3,000 cells a sort does not touch.
 */
class Row extends Component<{ row: GridRow }> {
	override shouldComponentUpdate(next: { row: GridRow }): boolean {
		return next.row !== this.props.row;
	}

	override render() {
		const r = this.props.row;
		return (
			<tr class={r.discuss ? 'discuss' : undefined}>
				<th scope="row" class="control-name">
					<a href={`/guides/${r.control.guide}/`}>{r.control.title}</a>
				</th>
				{r.values.map((v, i) => (
					<td key={i} class={levelClass(v)}>
						{answerWord(v)}
					</td>
				))}
				<td>{medianWord(r.median)}</td>
				<td class="spread">
					{spreadWord(r.spread)}
					{r.discuss && <span class="badge discuss-badge">Discuss</span>}
				</td>
			</tr>
		);
	}
}
