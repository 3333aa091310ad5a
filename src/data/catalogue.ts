/**
 * Build-time access to the catalogue for pages: reads the content collections once and derives the
 * bank model and the lookups pages need. Only .astro pages import this (it uses astro:content).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildBank, type BankModel } from '../lib/model';
import { SEVERITY_WORDS } from '../lib/words';
import type { EnvironmentId } from '../schemas/common';
import type { WorkshopTask } from '../schemas/framework';
import { FRAMEWORK_KEYS, FRAMEWORKS, type FrameworkKey } from '../lib/frameworks/keys';
import { buildCrosswalk, definedIds, type FrameworkCrosswalk } from '../lib/frameworks/crosswalk';

export type ControlEntry = CollectionEntry<'controls'>;
export type ThreatEntry = CollectionEntry<'threats'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type EnvironmentEntry = CollectionEntry<'environments'>;

export interface Catalogue {
	bank: BankModel;
	environments: EnvironmentEntry[];
	controls: ControlEntry[];
	threats: ThreatEntry[];
	guides: GuideEntry[];
	/** The Microsoft Zero Trust Workshop's DevSecOps tasks, by ID, for the `msZtw` references. */
	workshopTasks: ReadonlyMap<string, WorkshopTask>;
	/** Every framework's IDs with the codes of the controls that cite them. */
	crosswalk: FrameworkCrosswalk[];
	environmentName: (id: EnvironmentId) => string;
	controlsMitigating: (threatId: string) => ControlEntry[];
	threatById: (id: string) => ThreatEntry | undefined;
	controlById: (id: string) => ControlEntry | undefined;
	/** Capability groups of an environment, in order of their lowest control code. */
	capabilities: (env: EnvironmentId) => { name: string; controls: ControlEntry[] }[];
}

let cached: Promise<Catalogue> | undefined;

export function getCatalogue(): Promise<Catalogue> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Catalogue> {
	const [environments, controls, threats, guides, bankEntries, workshopEntries] = await Promise.all(
		[
			getCollection('environments'),
			getCollection('controls'),
			getCollection('threats'),
			getCollection('guides'),
			getCollection('bank'),
			getCollection('workshop'),
		]
	);
	const bankEntry = bankEntries[0];
	if (!bankEntry) throw new Error('content/bank.yaml is missing');
	const bank = buildBank({ bank: bankEntry.data, environments, controls, threats });
	environments.sort((a, b) => a.data.order - b.data.order);
	controls.sort((a, b) => a.data.code - b.data.code);
	const workshopTasks = workshopEntries[0]?.data.tasks ?? [];
	const threatOrder = new Map(bank.threats.map((t, i) => [t.id, i]));
	threats.sort((a, b) => (threatOrder.get(a.id) ?? 0) - (threatOrder.get(b.id) ?? 0));
	return {
		bank,
		environments,
		controls,
		threats,
		guides,
		workshopTasks: new Map(workshopTasks.map((t) => [t.id, t])),
		crosswalk: buildCrosswalk(
			controls.map((c) => c.data),
			definedIds(workshopTasks)
		),
		environmentName: (id) => environments.find((e) => e.id === id)?.data.name ?? id,
		controlsMitigating: (threatId) => controls.filter((c) => c.data.mitigates.includes(threatId)),
		threatById: (id) => threats.find((t) => t.id === id),
		controlById: (id) => controls.find((c) => c.id === id),
		capabilities: (env) => {
			const groups = new Map<string, ControlEntry[]>();
			for (const control of controls.filter((c) => c.data.environment === env)) {
				const list = groups.get(control.data.capability) ?? [];
				list.push(control);
				groups.set(control.data.capability, list);
			}
			return [...groups].map(([name, list]) => ({ name, controls: list }));
		},
	};
}

/** Threat severities in words, shared with the exports. */
export const SEVERITY_NAMES = SEVERITY_WORDS;
export const PRINCIPLE_NAMES = {
	'verify-explicitly': 'Verify explicitly',
	'least-privilege': 'Use least privilege',
	'assume-breach': 'Assume breach',
} as const;
/** Framework names, from the one table in src/lib/frameworks/keys.ts. */
export const FRAMEWORK_NAMES = Object.fromEntries(
	FRAMEWORK_KEYS.map((key) => [key, FRAMEWORKS[key].name])
) as Record<FrameworkKey, string>;
export const WEIGHT_NAMES = { 1: 'Standard', 2: 'Important', 3: 'Critical' } as const;
