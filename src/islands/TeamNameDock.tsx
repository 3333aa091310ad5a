import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { hasDefaultName, nameSkipped, rememberNameSkipped } from '../lib/assessment/names';
import { $activeAssessment } from '../stores/assessments';
import TeamNamePrompt from './shared/TeamNamePrompt';

/**
 * The team-name question on the questionnaire pages, asked when an assessment starts: while there
 * is none yet, or the active one is empty and still has the name the site gave it. It appears
 * only in the browser and is docked to the bottom of the window, so it moves nothing on the page
 * (no layout shift). Skipping hides it for the rest of the browser session (on every questionnaire
 * page), and answering a question ends the question.
 */
export default function TeamNameDock({ bankVersion }: { bankVersion: number }) {
	const active = useStore($activeAssessment, { ssr: () => null });
	const [mounted, setMounted] = useState(false);
	const [done, setDone] = useState(false);
	useEffect(() => setMounted(true), []);
	const starting =
		!active || (hasDefaultName(active.name) && Object.keys(active.answers).length === 0);
	if (!mounted || done || !starting || nameSkipped('start', active?.id)) return null;
	return (
		<div class="name-dock">
			<TeamNamePrompt
				purpose="start"
				hasActive={Boolean(active)}
				bankVersion={bankVersion}
				onDone={(outcome) => {
					if (outcome === 'skipped') rememberNameSkipped('start', active?.id);
					setDone(true);
				}}
			/>
		</div>
	);
}
