/**
 * The assessment as a CycloneDX 1.6 attestation (CDXA, ECMA-424), JSON: the question bank as a
 * standard in `definitions.standards` and the team's answers as one attestation in `declarations`,
 * so tools that read CycloneDX can take the result in without knowing Trustline.
 *
 * How the bank maps onto the standard:
 * - each control is a requirement (`requirement-<code>`: its code, title and question), with one
 *   child requirement per stage (`requirement-<code>-<stage>`: that stage's description);
 * - the standard's four levels are the stages: level "Advanced" lists every control's Advanced
 *   requirement, which is what reaching Advanced on every control means.
 * How the answers map onto the declarations:
 * - one claim per answered control (`claim-<code>`): the stage reached and the environment's
 *   target, "Not applicable" with its reason, or "Don't know";
 * - the attestation's map links each answered control's requirement to its claim, with the
 *   conformance score stage / 3 ("Don't know" scores 0, as the scoring module counts it);
 * - a note becomes evidence (`evidence-<code>`) attached to the claim, and so do the evidence
 *   entries the team names for the answer (`evidence-<code>-entries`: each link as a URL, each
 *   text as an attachment, with the day the answer was last checked in the description).
 * Unanswered controls get neither a claim nor a map entry. The document is built from the
 * assessment alone (no clock, no random numbers): the same assessment gives the same file.
 */
import { STAGE_NAMES, type Assessment, type BankModel, type Level } from '../model';
import { cleanTargets, isAnswerValue } from '../assessment/validate';
import { readAnswers, STEP_ANCHORS, type ScoreResult } from '../scoring';
import type { FrameworkCrosswalk } from '../frameworks/crosswalk';
import { COVERAGE_STATUSES, coverageOf } from '../frameworks/coverage';
import { COVERAGE_WORDS } from '../words';
import { FRAMEWORKS } from '../frameworks/keys';
import { assessmentDay, answerOf, percentText, stageWord } from './labels';
import { guideStepUrl, trackerText } from './actions';
import { trimOrigin } from './guide-link';
import { checkedOnOf, evidenceItems } from './evidence-cells';

/** Options of the attestation. */
export interface CdxaOptions {
	/** The site's origin, so the standard's and the guides' links work outside the site. */
	origin?: string;
	/**
	 * The crosswalk: each control's framework IDs become properties of its requirement, and each
	 * framework's coverage a property of the document.
	 */
	crosswalk?: readonly FrameworkCrosswalk[];
}

/** The stages as the standard's level keys, lowest first. */
const LEVEL_KEYS = ['traditional', 'initial', 'advanced', 'optimal'] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** FNV-1a over UTF-16 code units from a given offset basis. */
function fnv1a(text: string, basis: number): number {
	let hash = basis >>> 0;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * A version 8 ("custom") UUID derived from `text`: four FNV-1a hashes with different offset
 * bases, with the version and variant bits set. Not a secret and not collision-proof against an
 * attacker; it only gives each assessment version its own, repeatable serial number.
 */
export function uuidOf(text: string): string {
	const hex = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x7f4a7c15]
		.map((basis) => fnv1a(text, basis).toString(16).padStart(8, '0'))
		.join('');
	const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
	return [
		hex.slice(0, 8),
		hex.slice(8, 12),
		`8${hex.slice(13, 16)}`,
		`${variant}${hex.slice(17, 20)}`,
		hex.slice(20, 32),
	].join('-');
}

/** A conformance score in 0..1 with two decimals. */
const scoreOf = (level: Level) => Math.round((level / 3) * 100) / 100;

/** The timestamp if it is the kind `Date.toISOString` writes, else undefined. */
function isoStamp(value: unknown): string | undefined {
	return typeof value === 'string' &&
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(value) &&
		!Number.isNaN(Date.parse(value))
		? value
		: undefined;
}

/**
 * The attestation as a JSON-ready object. `result` must be `scoreAssessment` of this assessment
 * against `bank`; the bank should be the full one, or the stage descriptions and questions are
 * left out.
 */
export function toCdxa(
	assessment: Assessment,
	bank: BankModel,
	result: ScoreResult,
	options: CdxaOptions = {}
): JsonObject {
	const origin = trimOrigin(options.origin);
	const names = new Map(bank.environments.map((e) => [e.id, e.name]));
	const targets = cleanTargets(assessment.targets);
	const name =
		trackerText(typeof assessment.name === 'string' ? assessment.name : '', false).trim() ||
		'Unnamed assessment';
	const day = assessmentDay(assessment);
	const stamp = isoStamp(assessment.updatedAt);
	const standardRef = `trustline-bank-${bank.version}`;

	const citations = new Map<number, { name: string; value: string }[]>();
	for (const { framework, entries } of options.crosswalk ?? []) {
		for (const { id, codes } of entries) {
			for (const code of codes) {
				const list = citations.get(code) ?? [];
				list.push({ name: `trustline:framework:${framework}`, value: id });
				citations.set(code, list);
			}
		}
	}

	const requirements: JsonObject[] = [];
	for (const c of bank.controls) {
		const requirement: JsonObject = {
			'bom-ref': `requirement-${c.code}`,
			identifier: String(c.code),
			title: c.title,
			properties: [
				{ name: 'trustline:environment', value: names.get(c.environment) ?? c.environment },
				{ name: 'trustline:capability', value: c.capability },
				{ name: 'trustline:weight', value: String(c.weight) },
				...(citations.get(c.code) ?? []),
			],
			externalReferences: [
				{ type: 'documentation', url: `${origin}/guides/${encodeURIComponent(c.guide)}/` },
			],
		};
		if (c.question) requirement['text'] = c.question;
		requirements.push(requirement);
		LEVEL_KEYS.forEach((key, level) => {
			const child: JsonObject = {
				'bom-ref': `requirement-${c.code}-${key}`,
				identifier: `${c.code}.${level}`,
				title: `${c.title}: ${STAGE_NAMES[level as Level]}`,
				parent: `requirement-${c.code}`,
			};
			if (c.levels[level]) child['text'] = c.levels[level];
			if (level > 0) {
				child['externalReferences'] = [
					{
						type: 'documentation',
						url: guideStepUrl(origin, c.guide, STEP_ANCHORS[level - 1] ?? ''),
					},
				];
			}
			requirements.push(child);
		});
	}

	const claims: JsonObject[] = [];
	const evidence: JsonObject[] = [];
	const map: JsonObject[] = [];
	for (const c of bank.controls) {
		const answer = answerOf(assessment, c.code);
		const value: unknown = answer?.value;
		if (!answer || !isAnswerValue(value)) continue;
		const environment = names.get(c.environment) ?? c.environment;
		const subject = `Control ${c.code} “${c.title}” (${environment})`;
		const target = STAGE_NAMES[targets[c.environment]];
		const claim: JsonObject = { 'bom-ref': `claim-${c.code}`, target: 'target' };
		const entry: JsonObject = { requirement: `requirement-${c.code}`, claims: [`claim-${c.code}`] };
		if (value === 'na') {
			const reason = typeof answer.naReason === 'string' ? trackerText(answer.naReason).trim() : '';
			claim['predicate'] = `${subject} does not apply to the team.`;
			claim['reasoning'] = reason
				? `Not applicable: ${reason}`
				: 'Not applicable; no reason given.';
		} else if (value === 'unknown') {
			claim['predicate'] =
				`Nobody could say which stage ${subject} is at; it counts as Traditional. ` +
				`The target for this environment is ${target}.`;
			claim['reasoning'] = "Answered “Don't know”.";
			entry['conformance'] = { score: 0, rationale: "“Don't know” counts as Traditional." };
			entry['confidence'] = { score: 0, rationale: 'Nobody could say which stage applies.' };
		} else {
			const stage = STAGE_NAMES[value];
			claim['predicate'] =
				`${subject} is at stage ${stage}. The target for this environment is ${target}.`;
			claim['reasoning'] = c.levels[value]
				? `Self-assessed: the team's practice matches the ${stage} description: ${c.levels[value]}`
				: `Self-assessed at ${stage}.`;
			entry['conformance'] = {
				score: scoreOf(value),
				rationale: `Stage ${stage} is ${value} of 3 (Traditional 0 to Optimal 3); target ${target}.`,
			};
		}
		const refs: string[] = [];
		const note = typeof answer.note === 'string' ? trackerText(answer.note).trim() : '';
		if (note) {
			const ref = `evidence-${c.code}`;
			refs.push(ref);
			evidence.push({
				'bom-ref': ref,
				propertyName: 'trustline:note',
				description: `The team's note on control ${c.code}.`,
				data: [
					{ name: 'Note', contents: { attachment: { contentType: 'text/plain', content: note } } },
				],
			});
		}
		const items = evidenceItems(answer);
		if (items.length) {
			const ref = `evidence-${c.code}-entries`;
			const checked = checkedOnOf(answer);
			refs.push(ref);
			evidence.push({
				'bom-ref': ref,
				propertyName: 'trustline:evidence',
				description: `The evidence the team names for control ${c.code}${checked ? `, last checked on ${checked}` : ''}.`,
				data: items.map((item, n) => ({
					name: `Evidence ${n + 1}`,
					contents:
						item.kind === 'link'
							? { url: item.value }
							: {
									attachment: {
										contentType: 'text/plain',
										content: trackerText(item.value).trim(),
									},
								},
				})),
			});
		}
		if (refs.length) claim['evidence'] = refs;
		claims.push(claim);
		map.push(entry);
	}

	const o = result.overall;
	const summary =
		`Self-assessment “${name}”${day ? ` of ${day}` : ''} against the Trustline question bank ` +
		`version ${bank.version}: ${o.answered} of ${o.total} questions answered` +
		`${o.provisional ? ' (provisional)' : ''}; overall ${percentText(o.percent)}, stage ` +
		`${stageWord(o.stage)}. ` +
		result.environments
			.map(
				(e) =>
					`${names.get(e.environment) ?? e.environment}: ${percentText(e.percent)}, ` +
					`${stageWord(e.stage)} (target ${STAGE_NAMES[e.target]}).`
			)
			.join(' ');

	const properties: JsonObject[] = [];
	if (options.crosswalk) {
		const values = readAnswers(bank.controls, assessment.answers);
		for (const coverage of coverageOf(options.crosswalk, values)) {
			properties.push({
				name: `trustline:coverage:${coverage.framework}`,
				value:
					`${FRAMEWORKS[coverage.framework].name}: ${coverage.total} IDs cited; ` +
					COVERAGE_STATUSES.map(
						(s) => `${COVERAGE_WORDS[s].toLowerCase()} ${coverage.counts[s]}`
					).join(', '),
			});
		}
	}

	const metadata: JsonObject = {
		tools: {
			components: [
				{
					type: 'application',
					name: 'Trustline',
					...(origin ? { externalReferences: [{ type: 'website', url: `${origin}/` }] } : {}),
				},
			],
		},
	};
	if (stamp) metadata['timestamp'] = stamp;
	if (properties.length) metadata['properties'] = properties;

	const declarations: JsonObject = {
		assessors: [{ 'bom-ref': 'assessor', thirdParty: false, organization: { name } }],
		attestations: [{ summary, assessor: 'assessor', map }],
		claims,
		targets: { organizations: [{ 'bom-ref': 'target', name }] },
	};
	if (evidence.length) declarations['evidence'] = evidence;

	return {
		$schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
		bomFormat: 'CycloneDX',
		specVersion: '1.6',
		serialNumber: `urn:uuid:${uuidOf(
			JSON.stringify([assessment.id, assessment.updatedAt, bank.version, standardRef])
		)}`,
		version: 1,
		metadata,
		definitions: {
			standards: [
				{
					'bom-ref': standardRef,
					name: 'Trustline Zero Trust DevOps question bank',
					version: String(bank.version),
					description:
						"Controls for the developer environment, the DevOps platform and the application environment, after Microsoft's Zero Trust guidance for DevOps; each with four stages (Traditional, Initial, Advanced, Optimal) in the vocabulary of CISA's Zero Trust Maturity Model.",
					owner: 'Trustline',
					requirements,
					levels: LEVEL_KEYS.map((key, level) => ({
						'bom-ref': `level-${key}`,
						identifier: STAGE_NAMES[level as Level],
						title: `${STAGE_NAMES[level as Level]} on every control`,
						description: `Every control reaches the practice its ${STAGE_NAMES[level as Level]} stage describes.`,
						requirements: bank.controls.map((c) => `requirement-${c.code}-${key}`),
					})),
					...(origin
						? { externalReferences: [{ type: 'documentation', url: `${origin}/guides/` }] }
						: {}),
				},
			],
		},
		declarations,
	};
}

/** The attestation as a JSON file's text: two-space indents, a final newline. */
export function toCdxaJson(
	assessment: Assessment,
	bank: BankModel,
	result: ScoreResult,
	options: CdxaOptions = {}
): string {
	return `${JSON.stringify(toCdxa(assessment, bank, result, options), null, 2)}\n`;
}
