import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
	$activeAssessment,
	$assessments,
	$lastDeleted,
	createAssessment,
	deleteAssessment,
	duplicateActive,
	renameActive,
	setTarget,
	switchAssessment,
	undoDelete,
} from '../stores/assessments';
import { DEFAULT_TARGET, LEVELS, STAGE_NAMES, type EnvironmentId, type Level } from '../lib/model';

type Props = {
	bankVersion: number;
	/** Environments in page order, each with its control codes in questionnaire order. */
	environments: { id: EnvironmentId; name: string; codes: number[] }[];
	/**
	 * On the overview (/assess/), progress links to each environment's page and offers to continue
	 * where the team left off; on a page of questions it jumps to the next unanswered one.
	 */
	overview?: boolean;
	/** Show the progress card (pages with the sticky questionnaire bar show progress there). */
	progress?: boolean;
};

/** Chooses and manages the active assessment, sets targets, and shows progress. */
export default function AssessmentBar({
	bankVersion,
	environments,
	overview = false,
	progress = true,
}: Props) {
	const active = useStore($activeAssessment, { ssr: () => null });
	const list = useStore($assessments, { ssr: () => [] });
	const lastDeleted = useStore($lastDeleted, { ssr: () => null });
	const [renaming, setRenaming] = useState(false);
	const [name, setName] = useState('');
	const [message, setMessage] = useState('');
	const renameInput = useRef<HTMLInputElement>(null);

	useEffect(() => {
		if (renaming) renameInput.current?.focus();
	}, [renaming]);

	const answers = active?.answers ?? {};
	const allCodes = environments.flatMap((e) => e.codes);
	const answeredCount = allCodes.filter((c) => answers[String(c)]).length;
	const percent = allCodes.length ? Math.round((answeredCount / allCodes.length) * 100) : 0;

	// The first unanswered question in page order: where the team left off.
	const resume = environments
		.map((env) => ({ env, code: env.codes.find((c) => !answers[String(c)]) }))
		.find((r) => r.code !== undefined);

	function nextUnanswered() {
		const current = document.activeElement?.closest<HTMLElement>('.q')?.dataset['code'];
		const start = current ? allCodes.indexOf(Number(current)) + 1 : 0;
		const order = [...allCodes.slice(start), ...allCodes.slice(0, start)];
		const code = order.find((c) => !answers[String(c)]);
		if (code === undefined) {
			setMessage('Every question is answered. See your results.');
			return;
		}
		const fieldset = document.getElementById(`control-${code}`);
		fieldset?.scrollIntoView({ block: 'start' });
		fieldset?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
		setMessage('');
	}

	return (
		<div class="assessment-bar">
			<section aria-labelledby="assessment-heading" class="card">
				<h2 id="assessment-heading">Assessment</h2>
				{list.length > 1 && (
					<p>
						<label for="assessment-switch">Active assessment </label>
						<select
							id="assessment-switch"
							value={active?.id ?? ''}
							onChange={(e) => switchAssessment((e.target as HTMLSelectElement).value)}
						>
							{list.map((a) => (
								<option key={a.id} value={a.id}>
									{a.name}
								</option>
							))}
						</select>
					</p>
				)}
				{renaming ? (
					<form
						class="inline-form"
						onSubmit={(e) => {
							e.preventDefault();
							if (active) renameActive(name);
							else createAssessment(name, bankVersion);
							setRenaming(false);
						}}
					>
						<label for="assessment-name">Assessment name</label>
						<input
							id="assessment-name"
							ref={renameInput}
							value={name}
							maxLength={80}
							required
							onInput={(e) => setName((e.target as HTMLInputElement).value)}
						/>
						<button type="submit">Save name</button>
						<button type="button" class="secondary" onClick={() => setRenaming(false)}>
							Cancel
						</button>
					</form>
				) : (
					<p class="assessment-name">
						{active ? (
							<>
								Answering as <strong>{active.name}</strong>
							</>
						) : (
							'Your answers are saved in this browser as you go.'
						)}
					</p>
				)}
				<div class="actions">
					<button
						type="button"
						class="secondary"
						onClick={() => {
							const id = createAssessment('New assessment', bankVersion);
							setMessage('Created a new, empty assessment.');
							void id;
						}}
					>
						New assessment
					</button>
					<button
						type="button"
						class="secondary"
						onClick={() => {
							setName(active?.name ?? 'My assessment');
							setRenaming(true);
						}}
					>
						Rename
					</button>
					{active && (
						<>
							<button
								type="button"
								class="secondary"
								onClick={() => {
									duplicateActive();
									setMessage(`Duplicated “${active.name}”.`);
								}}
							>
								Duplicate
							</button>
							<button
								type="button"
								class="secondary"
								onClick={() => {
									deleteAssessment(active.id);
									setMessage('');
								}}
							>
								Delete
							</button>
						</>
					)}
				</div>
				<div role="status" class="status-line">
					{lastDeleted ? (
						<p>
							Deleted “{lastDeleted.assessment.name}”.{' '}
							<button type="button" class="secondary" onClick={undoDelete}>
								Undo delete
							</button>
						</p>
					) : (
						message && <p>{message}</p>
					)}
				</div>
				<details class="targets">
					<summary>Target stages</summary>
					<p class="hint">
						The stage each environment should reach; results show how far away it is.
					</p>
					{environments.map((env) => (
						<p key={env.id}>
							<label for={`target-${env.id}`}>Target for {env.name} </label>
							<select
								id={`target-${env.id}`}
								value={String(active?.targets[env.id] ?? DEFAULT_TARGET)}
								onChange={(e) =>
									setTarget(
										env.id,
										Number((e.target as HTMLSelectElement).value) as Level,
										bankVersion
									)
								}
							>
								{LEVELS.map((l) => (
									<option key={l} value={String(l)}>
										{STAGE_NAMES[l]}
									</option>
								))}
							</select>
						</p>
					))}
				</details>
			</section>
			{progress && (
				<section aria-labelledby="progress-heading" class="card progress-card">
					<h2 id="progress-heading">Progress</h2>
					<label for="overall-progress">
						{answeredCount} of {allCodes.length} questions answered ({percent} %)
					</label>
					<progress id="overall-progress" max={allCodes.length} value={answeredCount} />
					<ul class="section-links">
						{environments.map((env) => (
							<li key={env.id}>
								<a href={overview ? `/assess/${env.id}/` : `#section-${env.id}`}>{env.name}</a>:{' '}
								{env.codes.filter((c) => answers[String(c)]).length} of {env.codes.length}
							</li>
						))}
					</ul>
					<div class="actions">
						{overview ? (
							answeredCount > 0 &&
							resume && (
								<a class="button" href={`/assess/${resume.env.id}/#control-${resume.code}`}>
									Continue where you left off
								</a>
							)
						) : (
							<button type="button" onClick={nextUnanswered}>
								Next unanswered question
							</button>
						)}
						<a class="button secondary" href="/results/">
							See results
						</a>
					</div>
				</section>
			)}
		</div>
	);
}
