/**
 * The crosswalk: for each framework, every ID it defines and the controls that cite it. Built once
 * at build time from content; the static `/frameworks/` pages list it and `/results/` receives the
 * referenced part of it (IDs and control codes only) to compute coverage in the browser.
 */
import type { EnvironmentId } from '../ids';
import {
	OWASP_CICD_RISKS,
	S2C2F_REQUIREMENTS,
	SCORECARD_CHECKS,
	SLSA_LEVELS,
	SSDF_TASKS,
	ZTMM_FUNCTIONS,
} from './catalogue';
import { FRAMEWORK_KEYS, FRAMEWORKS, type FrameworkKey } from './keys';

/** A control as the crosswalk needs it. */
export interface CrosswalkControl {
	code: number;
	title: string;
	guide: string;
	environment: EnvironmentId;
	/** The control's framework IDs by framework; a missing key means none. */
	frameworks: Readonly<Partial<Record<FrameworkKey, readonly string[]>>>;
}

/** An ID a framework defines, with its title where the catalogue holds one (workshop tasks). */
export interface DefinedId {
	id: string;
	title?: string;
}

/** One framework ID and the codes of the controls that cite it, ascending. */
export interface CrosswalkEntry {
	id: string;
	title?: string;
	codes: number[];
}

/** One framework's IDs in the framework's own order. */
export interface FrameworkCrosswalk {
	framework: FrameworkKey;
	entries: CrosswalkEntry[];
}

const plain = (ids: readonly string[]): DefinedId[] => ids.map((id) => ({ id }));

/**
 * Every ID each framework defines: the lists in `./catalogue.ts`, and for the Microsoft Zero
 * Trust Workshop the tasks from content/frameworks/ms-zt-workshop.yaml.
 */
export function definedIds(
	workshopTasks: readonly DefinedId[]
): Record<FrameworkKey, readonly DefinedId[]> {
	return {
		ssdf: plain(SSDF_TASKS),
		slsa: plain(SLSA_LEVELS),
		scorecard: plain(SCORECARD_CHECKS),
		ztmm: plain(ZTMM_FUNCTIONS),
		s2c2f: plain(S2C2F_REQUIREMENTS),
		owaspCicd: plain(OWASP_CICD_RISKS),
		msZtw: workshopTasks.map(({ id, title }) => (title === undefined ? { id } : { id, title })),
	};
}

/**
 * The crosswalk of every framework, in `FRAMEWORK_KEYS` order. Each framework lists every ID it
 * defines, in its own order, with the codes of the controls that cite it (none for an ID no
 * control cites). An ID a control cites that the framework does not define (a content slip the
 * rubric test catches) is still listed, after the defined ones, so no citation disappears.
 */
export function buildCrosswalk(
	controls: readonly CrosswalkControl[],
	defined: Readonly<Record<FrameworkKey, readonly DefinedId[]>>
): FrameworkCrosswalk[] {
	return FRAMEWORK_KEYS.map((framework) => {
		const entries = new Map<string, CrosswalkEntry>();
		for (const { id, title } of defined[framework]) {
			if (!entries.has(id))
				entries.set(id, title === undefined ? { id, codes: [] } : { id, title, codes: [] });
		}
		const extra: CrosswalkEntry[] = [];
		for (const control of controls) {
			for (const id of new Set(control.frameworks[framework] ?? [])) {
				let entry = entries.get(id);
				if (!entry) {
					entry = { id, codes: [] };
					entries.set(id, entry);
					extra.push(entry);
				}
				if (!entry.codes.includes(control.code)) entry.codes.push(control.code);
			}
		}
		for (const entry of entries.values()) entry.codes.sort((a, b) => a - b);
		const listed = [...entries.values()].filter((entry) => !extra.includes(entry));
		extra.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		return { framework, entries: [...listed, ...extra] };
	});
}

/**
 * The part of the crosswalk coverage needs: only the IDs some control cites, without titles. This
 * is what `/results/` receives as props, so it stays small.
 */
export function referencedCrosswalk(
	crosswalk: readonly FrameworkCrosswalk[]
): FrameworkCrosswalk[] {
	return crosswalk.map(({ framework, entries }) => ({
		framework,
		entries: entries
			.filter((e) => e.codes.length > 0)
			.map(({ id, codes }) => ({ id, codes: [...codes] })),
	}));
}

/** A framework's referenced crosswalk with the name its table shows and its crosswalk page's slug. */
export interface NamedCrosswalk extends FrameworkCrosswalk {
	name: string;
	slug: string;
}

/**
 * What `/results/` receives as props for its coverage tables: `referencedCrosswalk` with each
 * framework's name and slug, so the page needs neither `./keys` nor the catalogue in the browser.
 */
export function namedCrosswalk(crosswalk: readonly FrameworkCrosswalk[]): NamedCrosswalk[] {
	return referencedCrosswalk(crosswalk).map((f) => ({
		...f,
		name: FRAMEWORKS[f.framework].name,
		slug: FRAMEWORKS[f.framework].slug,
	}));
}
