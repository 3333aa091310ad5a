/**
 * The GitHub repository of the active assessment, which the tracker panel on /results/ sets.
 * Apart from ./assessments.ts so that only that panel's chunk loads it.
 */
import { updateActive } from './assessments';

/**
 * Saves the GitHub repository of the active assessment: "owner/name" as `parseRepository`
 * returns it, or '' to remove it.
 */
export function setRepository(repository: string): void {
	// The answers' date stays: where work items go changes no result, and exports are dated by it.
	updateActive(({ repository: _previous, ...a }) => (repository ? { ...a, repository } : a));
}
