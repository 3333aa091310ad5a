import type { BankModel } from '../../lib/model';
import { answerWord } from '../../lib/words';
import type { Viewed } from './viewed';

/**
 * The evidence each answer names, with its checked-on date. Evidence is untrusted text: it is
 * rendered as text, and a link becomes a link only when it is http or https (saved data has been
 * validated already; this is the last check before the browser could act on it).
 */
export default function EvidenceList({ bank, viewed }: { bank: BankModel; viewed: Viewed }) {
	const withEvidence = bank.controls.filter(
		(c) => (viewed.answers[String(c.code)]?.evidence?.length ?? 0) > 0
	);
	return (
		<section aria-labelledby="evidence-heading">
			<h2 id="evidence-heading">Evidence</h2>
			{withEvidence.length === 0 ? (
				<p>
					No answer names evidence yet. Add links or short texts under "Notes and evidence" on the
					questionnaire.
				</p>
			) : (
				<ul class="evidence-results">
					{withEvidence.map((control) => {
						const answer = viewed.answers[String(control.code)];
						return (
							<li key={control.code}>
								<a href={`/assess/${control.environment}/#control-${control.code}`}>
									{control.title}
								</a>
								: {answerWord(answer?.value)}
								{answer?.checkedOn ? `, checked on ${answer.checkedOn}` : ''}.
								<ul>
									{answer?.evidence?.map((e, i) => (
										<li key={i}>
											{e.kind === 'link' && /^https?:\/\//i.test(e.url) ? (
												<a href={e.url} rel="noreferrer">
													{e.url}
												</a>
											) : (
												<span>{e.kind === 'link' ? e.url : e.text}</span>
											)}
										</li>
									))}
								</ul>
							</li>
						);
					})}
				</ul>
			)}
		</section>
	);
}
