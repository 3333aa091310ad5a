/**
 * The runtime model every pure module shares: a compact, serialisable view of the question bank
 * (built from content/ at build time) and of one team's assessment. Islands receive these as props.
 */
import type { EnvironmentId } from './ids';
import type { Control } from '../schemas/control';
import type { Threat } from '../schemas/threat';
import type { Environment } from '../schemas/environment';
import type { Bank } from '../schemas/bank';
import type { Evidence } from './evidence/read';
import type { ReviewInterval } from './evidence/days';

export type { EnvironmentId };
export { ENVIRONMENT_IDS } from './ids';

/** 0 Traditional, 1 Initial, 2 Advanced, 3 Optimal. */
export type Level = 0 | 1 | 2 | 3;
export const LEVELS: readonly Level[] = [0, 1, 2, 3];
export const STAGE_NAMES = ['Traditional', 'Initial', 'Advanced', 'Optimal'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** What a team answered for one control: a level, Not applicable, or Don't know. */
export type AnswerValue = Level | 'na' | 'unknown';

/** One control's answer plus optional free text, evidence and the day it was last checked. */
export interface ControlAnswer {
	value: AnswerValue;
	/** Notes, free text. */
	note?: string;
	/** Why the control does not apply (only with value 'na'). */
	naReason?: string;
	/** Who will find out where the control stands (only with value 'unknown'). */
	checker?: string;
	/** Up to five links (http or https) or short texts that show the answer is true. */
	evidence?: Evidence[];
	/**
	 * The day the answer was given or last confirmed, YYYY-MM-DD in the user's time zone; absent
	 * on answers saved before Trustline dated them (they count as due for review).
	 */
	checkedOn?: string;
}

/** Answers keyed by control code (as a string, because JSON object keys are strings). */
export type Answers = Record<string, ControlAnswer>;

/** Target stage per environment (default Advanced). */
export type Targets = Record<EnvironmentId, Level>;

/** One named assessment, as saved in the browser and exported as JSON. */
export interface Assessment {
	/** Local identifier (random), never shown. */
	id: string;
	/** The name users give it, e.g. "Payments team". */
	name: string;
	/** ISO 8601 timestamps. */
	createdAt: string;
	updatedAt: string;
	/** The bank version the answers were given against. */
	bankVersion: number;
	targets: Targets;
	answers: Answers;
	/**
	 * Notes written before their question is answered, by control code (as a string). A note
	 * moves into the answer when one is chosen and back here when the answer is cleared.
	 */
	pendingNotes?: Record<string, string>;
	/**
	 * How often answers are due for review: 3, 6 or 12 months, or 'none'. Absent on assessments
	 * saved before Trustline had reviews, which then have the default, 6 months.
	 */
	reviewInterval?: ReviewInterval;
	/**
	 * The GitHub repository ("owner/name") the "Create GitHub issue" links and the `gh` script
	 * point at; absent until the user sets one. Saved as `parseRepository` returns it; read back as
	 * cleaned text, which the tracker panel uses only when `isRepository` accepts it.
	 */
	repository?: string;
}

/** A control as the scoring, share and UI code needs it. */
export interface BankControl {
	code: number;
	id: string;
	title: string;
	question: string;
	environment: EnvironmentId;
	capability: string;
	weight: 1 | 2 | 3;
	/** Threat ids. */
	mitigates: string[];
	/** Guidance page id. */
	guide: string;
	levels: [string, string, string, string];
}

export interface BankThreat {
	id: string;
	title: string;
	environment: EnvironmentId;
	severity: 1 | 2 | 3;
	summary: string;
}

export interface BankEnvironment {
	id: EnvironmentId;
	name: string;
	order: number;
}

/** The whole question bank, ordered: environments by order, controls by environment then code. */
export interface BankModel {
	version: number;
	released: string;
	environments: BankEnvironment[];
	controls: BankControl[];
	threats: BankThreat[];
	/** Earlier versions' codes, so links made against them still decode. */
	previous: { version: number; codes: number[] }[];
}

export const DEFAULT_TARGET: Level = 2;

/** Builds the bank model from validated content entries (ids are file names). */
export function buildBank(input: {
	bank: Bank;
	environments: { id: string; data: Environment }[];
	controls: { id: string; data: Control }[];
	threats: { id: string; data: Threat }[];
}): BankModel {
	const environments = input.environments
		.map((e) => ({ id: e.id as EnvironmentId, name: e.data.name, order: e.data.order }))
		.sort((a, b) => a.order - b.order);
	const envOrder = new Map(environments.map((e, i) => [e.id, i]));
	const controls = input.controls
		.map(({ id, data }): BankControl => ({
			code: data.code,
			id,
			title: data.title,
			question: data.question,
			environment: data.environment,
			capability: data.capability,
			weight: data.weight,
			mitigates: [...data.mitigates],
			guide: data.guide,
			levels: [
				data.levels.traditional,
				data.levels.initial,
				data.levels.advanced,
				data.levels.optimal,
			],
		}))
		.sort(
			(a, b) =>
				(envOrder.get(a.environment) ?? 9) - (envOrder.get(b.environment) ?? 9) || a.code - b.code
		);
	const threats = input.threats
		.map(({ id, data }): BankThreat => ({
			id,
			title: data.title,
			environment: data.environment,
			severity: data.severity,
			summary: data.summary,
		}))
		.sort(
			(a, b) =>
				(envOrder.get(a.environment) ?? 9) - (envOrder.get(b.environment) ?? 9) ||
				b.severity - a.severity ||
				a.title.localeCompare(b.title)
		);
	return {
		version: input.bank.version,
		released: input.bank.released,
		environments,
		controls,
		threats,
		previous: input.bank.previous.map((p) => ({ version: p.version, codes: [...p.codes] })),
	};
}

/** The codes a bank version holds, ascending; undefined for a version this site does not know. */
export function codesOfVersion(bank: BankModel, version: number): number[] | undefined {
	if (version === bank.version) return bank.controls.map((c) => c.code).sort((a, b) => a - b);
	return bank.previous.find((p) => p.version === version)?.codes;
}

/**
 * The bank without its longest texts (questions and level descriptions), for pages that score and
 * list controls but never ask the questions: it keeps the island props small.
 */
export function lightBank(bank: BankModel): BankModel {
	return {
		...bank,
		controls: bank.controls.map((c) => ({ ...c, question: '', levels: ['', '', '', ''] })),
		threats: bank.threats.map((t) => ({ ...t, summary: '' })),
	};
}
