import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';
import type { AnswerValue } from '../../lib/model';
import {
	COVERAGE_STATUSES,
	coverageOf,
	type FrameworkCoverage as Coverage,
} from '../../lib/frameworks/coverage';
import { COVERAGE_WORDS, percentText } from '../../lib/words';
import type { FrameworkCrosswalk } from '../../lib/frameworks/crosswalk';
import { anchorOfId, FRAMEWORKS } from '../../lib/frameworks/keys';

/**
 * How much of each framework the answers meet: a table per framework with the IDs its controls
 * cite per status, as counts and percents, and the IDs themselves behind a disclosure. Tables
 * only, no chart, so there is nothing that needs a text twin.
 */
export default function FrameworkCoverage({
	crosswalk,
	values,
}: {
	/** The referenced crosswalk (IDs and citing codes), from the page's props. */
	crosswalk: readonly FrameworkCrosswalk[];
	/** Answer values by control code, as `readAnswers` returns them. */
	values: ReadonlyMap<number, AnswerValue>;
}) {
	const coverages = useMemo(() => coverageOf(crosswalk, values), [crosswalk, values]);
	return (
		<section aria-labelledby="coverage-heading">
			<h2 id="coverage-heading">Framework coverage</h2>
			<p>
				How many of the IDs each framework's controls cite your answers meet: met when every counted
				control citing it is at Advanced or above, partly met when some are.{' '}
				<a href="/frameworks/#coverage">How coverage is worked out</a>.
			</p>
			<div class="coverage-grid">
				{coverages.map((coverage) => (
					<CoverageTable key={coverage.framework} coverage={coverage} />
				))}
			</div>
		</section>
	);
}

function CoverageTable({ coverage }: { coverage: Coverage }) {
	const info = FRAMEWORKS[coverage.framework];
	const page = `/frameworks/${info.slug}/`;
	return (
		<div class="coverage-card">
			<table>
				<caption>
					{info.name}: {coverage.total} IDs cited
				</caption>
				<thead>
					<tr>
						<th scope="col">Status</th>
						<th scope="col" class="num">
							IDs
						</th>
						<th scope="col" class="num">
							Share
						</th>
					</tr>
				</thead>
				<tbody>
					{COVERAGE_STATUSES.map((status) => (
						<tr key={status}>
							<th scope="row">{COVERAGE_WORDS[status]}</th>
							<td class="num">{coverage.counts[status]}</td>
							<td class="num">{percentText(coverage.percents[status])}</td>
						</tr>
					))}
				</tbody>
			</table>
			{coverage.total > 0 && (
				<details>
					<summary>IDs by status</summary>
					<dl class="meta-list">
						{COVERAGE_STATUSES.map((status) => {
							const ids = coverage.ids.filter((i) => i.status === status);
							return ids.length === 0 ? null : (
								<Fragment key={status}>
									<dt>{COVERAGE_WORDS[status]}</dt>
									<dd>
										{ids.map((i, n) => (
											<Fragment key={i.id}>
												{n > 0 && ', '}
												<a href={`${page}#${anchorOfId(i.id)}`}>{i.id}</a>
											</Fragment>
										))}
									</dd>
								</Fragment>
							);
						})}
					</dl>
				</details>
			)}
		</div>
	);
}
