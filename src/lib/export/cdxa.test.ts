import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import type { Assessment, BankModel } from '../model';
import { scoreAssessment } from '../scoring';
import { buildCrosswalk, definedIds, type FrameworkCrosswalk } from '../frameworks/crosswalk';
import { loadContent, realBank } from '../../test/content';
import { assessmentArb, BANK, example, EXAMPLE } from './fixtures';
import { toCdxa, toCdxaJson, uuidOf } from './cdxa';

/** The official CycloneDX 1.6 JSON schema (strict), as the CycloneDX library ships it. */
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

/** The schema's complaints about a document, or null when it is valid. */
async function problemsOf(json: string): Promise<unknown> {
	return validator.validate(json);
}

const CROSSWALK: FrameworkCrosswalk[] = [
	{
		framework: 'ssdf',
		entries: [
			{ id: 'PO.5.1', codes: [101, 201] },
			{ id: 'PS.1.1', codes: [] },
		],
	},
	{ framework: 'slsa', entries: [{ id: 'Build L3', codes: [202] }] },
];

const ORIGIN = 'https://trustline.example';

function cdxaOf(
	assessment: Assessment = EXAMPLE,
	bank: BankModel = BANK,
	crosswalk: readonly FrameworkCrosswalk[] | undefined = CROSSWALK
) {
	const result = scoreAssessment(bank, assessment.answers, assessment.targets);
	const options = crosswalk ? { origin: ORIGIN, crosswalk } : { origin: ORIGIN };
	return {
		json: toCdxaJson(assessment, bank, result, options),
		doc: toCdxa(assessment, bank, result, options) as {
			definitions: {
				standards: { requirements: Record<string, unknown>[]; levels: Record<string, unknown>[] }[];
			};
			declarations: {
				claims: Record<string, unknown>[];
				evidence?: Record<string, unknown>[];
				attestations: { summary: string; map: Record<string, unknown>[] }[];
				targets: { organizations: { name: string }[] };
			};
			metadata: { timestamp?: string; properties?: { name: string; value: string }[] };
			serialNumber: string;
		},
	};
}

describe('toCdxa', () => {
	test('returns a document the CycloneDX 1.6 schema accepts', async () => {
		expect(await problemsOf(cdxaOf().json)).toBeNull();
	});

	test('returns a document the schema accepts for the real bank, every control answered', async () => {
		const bank = realBank();
		const values = [0, 1, 2, 3, 'na', 'unknown'] as const;
		const answers = Object.fromEntries(
			bank.controls.map((c, i) => {
				const value = values[i % values.length] ?? 0;
				return [
					String(c.code),
					{
						value,
						note: `Evidence for ${c.code}: see the wiki, page “${c.title}”.`,
						...(value === 'na' ? { naReason: 'We run no such system.' } : {}),
					},
				];
			})
		);
		const content = loadContent();
		const crosswalk = buildCrosswalk(
			content.controls.map((c) => c.data),
			definedIds(content.workshop.tasks)
		);
		const { json, doc } = cdxaOf(example({ answers }), bank, crosswalk);
		expect(await problemsOf(json)).toBeNull();
		expect(doc.definitions.standards[0]?.requirements).toHaveLength(bank.controls.length * 5);
		expect(doc.declarations.claims).toHaveLength(bank.controls.length);
		expect(doc.metadata.properties?.map((p) => p.name)).toEqual([
			'trustline:coverage:ssdf',
			'trustline:coverage:slsa',
			'trustline:coverage:scorecard',
			'trustline:coverage:ztmm',
			'trustline:coverage:s2c2f',
			'trustline:coverage:owaspCicd',
			'trustline:coverage:msZtw',
		]);
	});

	test('returns documents the schema accepts for any valid assessment', async () => {
		const samples = fc.sample(assessmentArb, { numRuns: 40, seed: 14 });
		for (const assessment of samples) {
			const problems = await problemsOf(cdxaOf(assessment).json);
			expect(problems, JSON.stringify(assessment)).toBeNull();
		}
	});

	test('returns a claim and a map entry per answered control, none for unanswered ones', () => {
		const { doc } = cdxaOf();
		// EXAMPLE answers 101, 102, 201, 202 and 301; 302 is unanswered.
		expect(doc.declarations.claims.map((c) => c['bom-ref'])).toEqual([
			'claim-101',
			'claim-102',
			'claim-201',
			'claim-202',
			'claim-301',
		]);
		expect(doc.declarations.attestations[0]?.map).toEqual([
			{
				requirement: 'requirement-101',
				claims: ['claim-101'],
				conformance: {
					score: 1,
					rationale: 'Stage Optimal is 3 of 3 (Traditional 0 to Optimal 3); target Advanced.',
				},
			},
			{
				requirement: 'requirement-102',
				claims: ['claim-102'],
				conformance: { score: 0, rationale: "“Don't know” counts as Traditional." },
				confidence: { score: 0, rationale: 'Nobody could say which stage applies.' },
			},
			{
				requirement: 'requirement-201',
				claims: ['claim-201'],
				conformance: {
					score: 0.33,
					rationale: 'Stage Initial is 1 of 3 (Traditional 0 to Optimal 3); target Optimal.',
				},
			},
			{
				requirement: 'requirement-202',
				claims: ['claim-202'],
				conformance: {
					score: 0,
					rationale: 'Stage Traditional is 0 of 3 (Traditional 0 to Optimal 3); target Optimal.',
				},
			},
			{ requirement: 'requirement-301', claims: ['claim-301'] },
		]);
	});

	test('attaches the evidence an answer names: links as URLs, texts as attachments, with the day it was checked', async () => {
		const assessment: Assessment = {
			...EXAMPLE,
			answers: {
				...EXAMPLE.answers,
				'201': {
					...EXAMPLE.answers['201']!,
					evidence: [
						{ kind: 'link', url: 'https://wiki.example/pipelines' },
						{ kind: 'text', text: 'Ticket SEC-42' },
					],
					checkedOn: '2026-11-02',
				},
			},
		};
		const { doc, json } = cdxaOf(assessment);
		expect(doc.declarations.claims.find((c) => c['bom-ref'] === 'claim-201')?.['evidence']).toEqual(
			['evidence-201', 'evidence-201-entries']
		);
		expect(doc.declarations.evidence?.find((e) => e['bom-ref'] === 'evidence-201-entries')).toEqual(
			{
				'bom-ref': 'evidence-201-entries',
				propertyName: 'trustline:evidence',
				description: 'The evidence the team names for control 201, last checked on 2026-11-02.',
				data: [
					{ name: 'Evidence 1', contents: { url: 'https://wiki.example/pipelines' } },
					{
						name: 'Evidence 2',
						contents: { attachment: { contentType: 'text/plain', content: 'Ticket SEC-42' } },
					},
				],
			}
		);
		expect(await problemsOf(json)).toBeNull();
	});

	test('returns the stage reached and the target, Not applicable with its reason, notes as evidence', () => {
		const { doc } = cdxaOf();
		const claim = (code: number) =>
			doc.declarations.claims.find((c) => c['bom-ref'] === `claim-${code}`);
		expect(claim(201)).toEqual({
			'bom-ref': 'claim-201',
			target: 'target',
			predicate:
				'Control 201 “Short-lived pipeline credentials” (DevOps platform) is at stage Initial. The target for this environment is Optimal.',
			reasoning: "Self-assessed: the team's practice matches the Initial description: some",
			evidence: ['evidence-201'],
		});
		expect(claim(301)).toMatchObject({
			predicate:
				'Control 301 “Data protection” (Application environment) does not apply to the team.',
			reasoning: 'Not applicable: Holds no customer data',
			evidence: ['evidence-301'],
		});
		expect(doc.declarations.evidence?.find((e) => e['bom-ref'] === 'evidence-201')).toEqual({
			'bom-ref': 'evidence-201',
			propertyName: 'trustline:note',
			description: "The team's note on control 201.",
			data: [
				{
					name: 'Note',
					contents: {
						attachment: {
							contentType: 'text/plain',
							content: 'OIDC for deploys,\nstatic keys for "legacy" jobs',
						},
					},
				},
			],
		});
		expect(doc.declarations.targets.organizations[0]?.name).toBe('Payments team');
	});

	test('returns each control as a requirement with one child per stage, and the stages as levels', () => {
		const { doc } = cdxaOf();
		const standard = doc.definitions.standards[0];
		const own = standard?.requirements.filter((r) =>
			String(r['bom-ref']).startsWith('requirement-201')
		);
		expect(own?.map((r) => [r['bom-ref'], r['identifier'], r['text']])).toEqual([
			['requirement-201', '201', 'Does control 201 hold?'],
			['requirement-201-traditional', '201.0', 'none'],
			['requirement-201-initial', '201.1', 'some'],
			['requirement-201-advanced', '201.2', 'most'],
			['requirement-201-optimal', '201.3', 'all'],
		]);
		expect(own?.[0]?.['properties']).toEqual([
			{ name: 'trustline:environment', value: 'DevOps platform' },
			{ name: 'trustline:capability', value: 'Identity and access' },
			{ name: 'trustline:weight', value: '2' },
			{ name: 'trustline:framework:ssdf', value: 'PO.5.1' },
		]);
		expect(own?.[2]?.['externalReferences']).toEqual([
			{
				type: 'documentation',
				url: `${ORIGIN}/guides/short-lived-credentials/#from-traditional-to-initial`,
			},
		]);
		expect(standard?.levels.map((l) => l['identifier'])).toEqual([
			'Traditional',
			'Initial',
			'Advanced',
			'Optimal',
		]);
		expect(standard?.levels[2]?.['requirements']).toEqual(
			BANK.controls.map((c) => `requirement-${c.code}-advanced`)
		);
	});

	test('returns the framework coverage as document properties', () => {
		// PO.5.1: 101 Optimal, 201 Initial -> partly met. Build L3: 202 Traditional -> not met.
		expect(cdxaOf().doc.metadata.properties).toEqual([
			{
				name: 'trustline:coverage:ssdf',
				value: 'NIST SSDF: 1 IDs cited; met 0, partly met 1, not met 0, not assessed 0',
			},
			{
				name: 'trustline:coverage:slsa',
				value: 'SLSA: 1 IDs cited; met 0, partly met 0, not met 1, not assessed 0',
			},
		]);
	});

	test('returns the same file for the same assessment, and its own serial number for each change', () => {
		expect(cdxaOf().json).toBe(cdxaOf().json);
		const changed = cdxaOf(example({ updatedAt: '2026-11-27T08:00:00.000Z' }));
		expect(changed.doc.serialNumber).not.toBe(cdxaOf().doc.serialNumber);
		expect(changed.doc.metadata.timestamp).toBe('2026-11-27T08:00:00.000Z');
	});

	test('returns a summary with the overall and environment results', () => {
		expect(cdxaOf().doc.declarations.attestations[0]?.summary).toMatch(
			/^Self-assessment “Payments team” of 2026-11-26 against the Trustline question bank version 1: 5 of 6 questions answered \(provisional\); overall \d+ %, stage \w+\. Developer environment: /
		);
	});

	test('returns no timestamp for an assessment whose date is not ISO 8601', async () => {
		const { doc, json } = cdxaOf(example({ updatedAt: 'yesterday' }));
		expect(doc.metadata.timestamp).toBeUndefined();
		expect(await problemsOf(json)).toBeNull();
	});
});

describe('the schema validation', () => {
	test('returns problems for a document that breaks the schema', async () => {
		const doc = JSON.parse(cdxaOf().json) as {
			declarations: { claims: Record<string, unknown>[] };
		};
		const first = doc.declarations.claims[0];
		if (first) first['stage'] = 'Optimal';
		expect(await problemsOf(JSON.stringify(doc))).not.toBeNull();
		expect(
			await problemsOf(
				JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', serialNumber: 'x' })
			)
		).not.toBeNull();
	});
});

describe('uuidOf', () => {
	test('returns a version 8 UUID in the form CycloneDX requires', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(uuidOf(text)).toMatch(
					/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
				);
			})
		);
		expect(uuidOf('a')).toBe(uuidOf('a'));
		expect(uuidOf('a')).not.toBe(uuidOf('b'));
	});
});
