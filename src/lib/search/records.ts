/**
 * Controls have no page of their own: each is shown in "The control at a glance" on its guide. So
 * the search indexes each control as a record of its own (its question and what each stage looks
 * like) pointing at that section, and the guide page leaves the section out of its own record.
 */
import type { Control } from '../../schemas/control';
import { TYPE_FILTER, type SearchType } from './results';

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** The id of the control section on a guide page (src/components/ControlFacts.astro). */
export const CONTROL_FACTS_ID = 'control-facts';

const CONTROLS: SearchType = 'Controls';

/** The search record of one control, pointing at its facts on its guide page. */
export function controlRecord(control: Control, environmentName: string): SearchRecord {
	const { levels } = control;
	return {
		url: `/guides/${control.guide}/#${CONTROL_FACTS_ID}`,
		content: [
			control.title,
			control.question,
			`Traditional: ${levels.traditional}`,
			`Initial: ${levels.initial}`,
			`Advanced: ${levels.advanced}`,
			`Optimal: ${levels.optimal}`,
			`Capability: ${control.capability}`,
			`Code ${control.code}`,
		].join('\n'),
		language: 'en',
		meta: { title: `${control.title} (control ${control.code}, ${environmentName})` },
		filters: { [TYPE_FILTER]: [CONTROLS] },
	};
}
