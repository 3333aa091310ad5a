import type { Answers, BankModel } from '../../lib/model';
import { readAnswers } from '../../lib/scoring';
import { COVERAGE_STATUSES, coverageTotals } from '../../lib/frameworks/coverage-rules';
import { COVERAGE_WORDS, percentText } from '../../lib/words';
import type { NamedCrosswalk } from '../../lib/frameworks/crosswalk';

/**
 * How much of each framework the answers meet: a table per framework with the IDs its controls
 * cite per status, as counts and percents; /frameworks/ lists the IDs with their controls. Tables
 * only, no chart, so there is nothing that needs a text twin.
 */
export default function FrameworkCoverage({
	bank,
	frameworks,
	answers,
}: {
	bank: BankModel;
	/** The referenced crosswalk (IDs and citing codes) with names and slugs, from the page's props. */
	frameworks: readonly NamedCrosswalk[];
	answers: Answers;
}) {
	// A few hundred IDs at most: cheap enough to count on every render.
	const values = readAnswers(bank.controls, answers);
	return (
		<section aria-labelledby="coverage-heading">
			<h2 id="coverage-heading">Framework coverage</h2>
			<p>
				<a href="/frameworks/#coverage">How coverage is worked out</a>
			</p>
			<div class="coverage-grid">
				{frameworks.map((info) => {
					const coverage = coverageTotals(info, values);
					return (
						<table key={info.framework}>
							<caption>
								{info.name}: {coverage.total} IDs cited
							</caption>
							<thead>
								<tr>
									<th scope="col">Status</th>
									<th scope="col">IDs</th>
									<th scope="col">Share</th>
								</tr>
							</thead>
							<tbody>
								{COVERAGE_STATUSES.map((status) => (
									<tr key={status}>
										<th scope="row">{COVERAGE_WORDS[status]}</th>
										<td>{coverage.counts[status]}</td>
										<td>{percentText(coverage.percents[status])}</td>
									</tr>
								))}
							</tbody>
						</table>
					);
				})}
			</div>
		</section>
	);
}
