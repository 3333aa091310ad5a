import { useState } from 'preact/hooks';
import { columnLabel, type Column } from '../../lib/compare/grid';
import { moveColumn, removeColumn, renameColumn } from '../../stores/compare';

type Props = { columns: Column[] };

const SOURCES: Record<Column['source'], string> = {
	link: 'Result link',
	file: 'JSON file',
	comparison: 'Comparison link',
	saved: 'Saved in this browser',
	snapshot: 'Snapshot',
};

/** The compared results, one per column: rename, reorder or remove them. */
export default function ResultList({ columns }: Props) {
	// Open while the list is short; with many results the names are one click away, and the list
	// is only built once opened (50 rows of fields and buttons are a good part of a first render).
	const [chosen, setChosen] = useState<boolean | null>(null);
	const open = chosen ?? columns.length <= 10;
	return (
		<section aria-labelledby="list-heading">
			<h2 id="list-heading">Results compared ({columns.length})</h2>
			<details class="result-details" open={open}>
				<summary
					onClick={(e) => {
						// The page keeps the open state, so that only the user's choice overrides the default.
						e.preventDefault();
						setChosen(!open);
					}}
				>
					Names, dates and order of the {columns.length} results
				</summary>
				{open && (
					<div class="table-wrap">
						<table class="result-list">
							<caption class="visually-hidden">The results compared, in column order</caption>
							<thead>
								<tr>
									<th scope="col">Column</th>
									<th scope="col">Name</th>
									<th scope="col">Dated</th>
									<th scope="col">Question bank</th>
									<th scope="col">From</th>
									<th scope="col" class="no-print">
										Actions
									</th>
								</tr>
							</thead>
							<tbody>
								{columns.map((c, i) => (
									<tr key={c.key}>
										<td>{i + 1}</td>
										<td>
											<label class="visually-hidden" for={`name-${c.key}`}>
												Name of column {i + 1}
											</label>
											<input
												id={`name-${c.key}`}
												type="text"
												maxLength={80}
												value={c.label}
												onInput={(e) => renameColumn(c.key, (e.target as HTMLInputElement).value)}
											/>
										</td>
										<td>{c.result.date}</td>
										<td>Version {c.result.bankVersion}</td>
										<td>{SOURCES[c.source]}</td>
										<td class="no-print">
											<span class="actions">
												<button
													type="button"
													class="secondary small"
													disabled={i === 0}
													onClick={() => moveColumn(c.key, -1)}
													aria-label={`Move “${columnLabel(c, i)}” left`}
												>
													←
												</button>
												<button
													type="button"
													class="secondary small"
													disabled={i === columns.length - 1}
													onClick={() => moveColumn(c.key, 1)}
													aria-label={`Move “${columnLabel(c, i)}” right`}
												>
													→
												</button>
												<button
													type="button"
													class="secondary small"
													onClick={() => removeColumn(c.key)}
													aria-label={`Remove “${columnLabel(c, i)}”`}
												>
													Remove
												</button>
											</span>
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</details>
		</section>
	);
}
