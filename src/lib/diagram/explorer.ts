/**
 * What the threat-model island needs, kept small: the build turns a diagram's layout and the
 * question bank into `ExplorerData` (ids, titles, codes and marker positions only), and the
 * browser turns that back into a bank model the scoring engine and the result-link decoder
 * accept, so the island computes exposure with the same engine as the results page.
 */
import type { EnvironmentId } from '../ids';
import type { BankControl, BankModel } from '../model';
import { readAnswers, threatCoverage, type ThreatCoverage, type ThreatStatus } from '../scoring';
import { describePart, highlightShapes, type DiagramLayout } from './layout';

/** One threat on the diagram, as the island shows it. */
export interface ExplorerThreat {
	id: string;
	/** The number on its marker. */
	n: number;
	title: string;
	environment: EnvironmentId;
	severity: 1 | 2 | 3;
	/** Marker centre in diagram units. */
	x: number;
	y: number;
	/** Node and flow ids it attaches to (keys of `shapes` and `parts`). */
	on: string[];
	/** Codes of the controls that mitigate it, in bank order. */
	controls: number[];
}

/** A control that mitigates a threat on the diagram. */
export interface ExplorerControl {
	code: number;
	title: string;
	environment: EnvironmentId;
	/** Guidance page id. */
	guide: string;
}

/**
 * What only the details panel shows: each threat's attack path and the mitigating controls'
 * titles and pages. The page carries it as a JSON data block beside the island, read when a panel
 * first opens, so hydrating the island does not revive it from props (half their size).
 */
export interface ExplorerDetails {
	/** The attack path of each threat on the diagram, in order, by threat id. */
	steps: Record<string, string[]>;
	/** The controls that mitigate the diagram's threats. */
	controls: ExplorerControl[];
}

/** Everything the island receives: plain data, a few kilobytes. */
export interface ExplorerData {
	/** Diagram id: "overview" or an environment id. */
	diagram: string;
	width: number;
	height: number;
	/** Highlight outline (SVG path data) per node and flow id that a threat attaches to. */
	shapes: Record<string, string>;
	/** The same ids in words: a box's label, or "From → To (label)" for a flow. */
	parts: Record<string, string>;
	/** In marker order. */
	threats: ExplorerThreat[];
	/** Environments in bank order, with the names users see. */
	environments: { id: EnvironmentId; name: string }[];
	/** What result links and scoring need of the bank: its version, codes and earlier versions. */
	bank: { version: number; released: string; codes: number[]; previous: BankModel['previous'] };
}

/** The island's data for one diagram. */
export function explorerData(
	diagram: string,
	layout: DiagramLayout,
	bank: BankModel
): ExplorerData {
	const threatById = new Map(bank.threats.map((t) => [t.id, t]));
	const threats = layout.markers.flatMap((marker): ExplorerThreat[] => {
		const threat = threatById.get(marker.threat);
		if (!threat) return [];
		return [
			{
				id: threat.id,
				n: marker.n,
				title: threat.title,
				environment: threat.environment,
				severity: threat.severity,
				x: marker.x,
				y: marker.y,
				on: marker.on,
				controls: bank.controls.filter((c) => c.mitigates.includes(threat.id)).map((c) => c.code),
			},
		];
	});
	const shapes = highlightShapes(
		layout,
		threats.flatMap((t) => t.on)
	);
	return {
		diagram,
		width: layout.width,
		height: layout.height,
		shapes,
		parts: Object.fromEntries(Object.keys(shapes).map((id) => [id, describePart(layout, id)])),
		threats,
		environments: bank.environments.map((e) => ({ id: e.id, name: e.name })),
		bank: {
			version: bank.version,
			released: bank.released,
			codes: bank.controls.map((c) => c.code),
			previous: bank.previous,
		},
	};
}

/**
 * The details panel's data for the threats of a diagram. `attackPaths` holds each threat's steps
 * (the bank model does not carry them).
 */
export function explorerDetails(
	threats: readonly Pick<ExplorerThreat, 'id' | 'controls'>[],
	bank: BankModel,
	attackPaths: ReadonlyMap<string, readonly string[]>
): ExplorerDetails {
	const used = new Set(threats.flatMap((t) => t.controls));
	return {
		steps: Object.fromEntries(threats.map((t) => [t.id, [...(attackPaths.get(t.id) ?? [])]])),
		controls: bank.controls
			.filter((c) => used.has(c.code))
			.map((c) => ({ code: c.code, title: c.title, environment: c.environment, guide: c.guide })),
	};
}

/**
 * A bank model rebuilt from the island's data. It holds every control code of the current
 * version (so result links decode exactly as on the results page) and, for the diagram's
 * threats, which controls mitigate them (so `scoreAssessment` gives the same threat coverage as
 * with the full bank). Text (titles, questions, level descriptions) is left empty: the details
 * panel reads titles from `ExplorerDetails`.
 */
export function bankFromExplorer(data: ExplorerData): BankModel {
	const mitigates = new Map<number, string[]>();
	for (const threat of data.threats) {
		for (const code of threat.controls)
			mitigates.set(code, [...(mitigates.get(code) ?? []), threat.id]);
	}
	const controls = data.bank.codes.map((code): BankControl => {
		return {
			code,
			id: `control-${code}`,
			title: '',
			question: '',
			// Neither threat coverage nor the result-link decoder reads a control's environment.
			environment: 'developer',
			capability: '',
			weight: 1,
			mitigates: mitigates.get(code) ?? [],
			guide: '',
			levels: ['', '', '', ''],
		};
	});
	return {
		version: data.bank.version,
		released: data.bank.released,
		environments: data.environments.map((e, i) => ({ ...e, order: i + 1 })),
		controls,
		threats: data.threats.map((t) => ({
			id: t.id,
			title: t.title,
			environment: t.environment,
			severity: t.severity,
			summary: '',
		})),
		previous: data.bank.previous,
	};
}

/**
 * Each threat's coverage by the answers, keyed by threat id: exactly what `scoreAssessment`
 * returns in `threats` (the same `readAnswers` and `threatCoverage`), without scoring the
 * environments and the roadmap, which a diagram does not show and its bundle need not carry.
 */
export function threatCoverages(bank: BankModel, answers: unknown): Map<string, ThreatCoverage> {
	const values = readAnswers(bank.controls, answers);
	return new Map(bank.threats.map((t) => [t.id, threatCoverage(t, bank.controls, values)]));
}

/** The filters above a diagram; null shows all. */
export interface ExplorerFilter {
	environment: EnvironmentId | null;
	status: ThreatStatus | null;
}

/** Where a threat attaches, in words, e.g. "Source control; Source control → CI/CD pipelines (trigger builds)". */
export function whereText(
	data: Pick<ExplorerData, 'parts'>,
	threat: Pick<ExplorerThreat, 'on'>
): string {
	return threat.on.map((id) => data.parts[id] ?? id).join('; ');
}

/** The threats the filter lets through, in marker order. */
export function visibleThreats<T extends { id: string; environment: EnvironmentId }>(
	threats: readonly T[],
	statusOf: (id: string) => ThreatStatus,
	filter: ExplorerFilter
): T[] {
	return threats.filter(
		(t) =>
			(filter.environment === null || t.environment === filter.environment) &&
			(filter.status === null || statusOf(t.id) === filter.status)
	);
}

// Pages other than the threat model read links too; the function lives with the link helpers.
export { fragmentKind } from '../links/fragment';
