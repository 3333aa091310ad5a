import { useState } from 'preact/hooks';
import { cleanName } from '../../lib/text';
import { createAssessment, renameActive } from '../../stores/assessments';

type Props = {
	/** Where the question is asked: when an assessment starts, or before its result is shared. */
	purpose: 'start' | 'share';
	/** Whether an active assessment exists to rename (otherwise the name starts a new one). */
	hasActive: boolean;
	bankVersion: number;
	/** Called after the name is saved or the question skipped. */
	onDone: (outcome: 'named' | 'skipped', name: string) => void;
};

/**
 * Asks for a team name, so shared results and comparisons tell teams apart. Always skippable; a
 * name saved here renames the active assessment (or starts one), so no answer is lost either way.
 * It is a plain form in the page, not a dialog: it takes no focus and blocks nothing.
 */
export default function TeamNamePrompt({ purpose, hasActive, bankVersion, onDone }: Props) {
	const [name, setName] = useState('');
	const [error, setError] = useState('');
	const id = `team-name-${purpose}`;
	// Its own section on a questionnaire page; inside the "Share" section on the results page.
	const Heading = purpose === 'start' ? 'h2' : 'h3';
	return (
		<form
			class="card name-prompt"
			aria-labelledby={`${id}-heading`}
			onSubmit={(e) => {
				e.preventDefault();
				const clean = cleanName(name);
				if (!clean) {
					setError('Enter a team name, or choose “Skip”.');
					return;
				}
				if (hasActive) renameActive(clean);
				else createAssessment(clean, bankVersion);
				setError('');
				onDone('named', clean);
			}}
		>
			<Heading id={`${id}-heading`}>
				{purpose === 'start' ? 'Which team is this assessment for?' : 'Name it before you share it'}
			</Heading>
			<p id={`${id}-hint`}>
				{purpose === 'start'
					? 'A team name tells results apart when they are shared or compared. You can rename it later.'
					: 'This assessment still has the name the site gave it, so whoever opens the link or compares it cannot tell which team it is.'}
			</p>
			<p class="name-row">
				<label for={id}>Team name</label>
				<input
					id={id}
					value={name}
					maxLength={80}
					autoComplete="organization"
					aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
					aria-invalid={error ? true : undefined}
					onInput={(e) => setName((e.target as HTMLInputElement).value)}
				/>
				<button type="submit">Save name</button>
				<button type="button" class="secondary" onClick={() => onDone('skipped', '')}>
					Skip
				</button>
			</p>
			{error && (
				<p id={`${id}-error`} class="notice error" role="alert">
					{error}
				</p>
			)}
		</form>
	);
}
