import type { BankModel } from '../../lib/model';
import { answerWord } from '../../lib/words';
import type { Viewed } from './viewed';

/**
 * The notes and evidence each answer names, with its checked-on date: one's own, or what a shared
 * link carried ("Include notes and evidence"). Notes and evidence are untrusted text: they are
 * rendered as text, and a link becomes a link only when it is http or https (saved data and links
 * have been cleaned already; this is the last check before the browser could act on it).
 */
export default function EvidenceList({ bank, viewed }: { bank: BankModel; viewed: Viewed }) {
	const listed = bank.controls.filter((c) => {
		const a = viewed.answers[String(c.code)];
		return a && (a.evidence?.length || a.note || a.naReason);
	});
	return (
		<section aria-labelledby="evidence-heading">
			<h2 id="evidence-heading">Notes and evidence</h2>
			{listed.length === 0 ? (
				<p>
					No answer names evidence yet. Add links or short texts under "Notes and evidence" on the
					questionnaire.
				</p>
			) : (
				<ul class="evidence-results">
					{listed.map((control) => {
						const answer = viewed.answers[String(control.code)]!;
						return (
							<li key={control.code}>
								<a href={`/assess/${control.environment}/#control-${control.code}`}>
									{control.title}
								</a>
								: {answerWord(answer.value)}
								{answer.checkedOn ? `, checked on ${answer.checkedOn}` : ''}.
								{answer.note && <p class="note">{answer.note}</p>}
								{answer.naReason && <p class="note">Not applicable because: {answer.naReason}</p>}
								{answer.evidence?.length ? (
									<ul aria-label={`Evidence for ${control.title}`}>
										{answer.evidence.map((e, i) => (
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
								) : null}
							</li>
						);
					})}
				</ul>
			)}
		</section>
	);
}
