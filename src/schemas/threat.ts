import { z } from 'astro/zod';
import { EnvironmentIdSchema } from './common';
import { IMPACTS, REACHES } from '../lib/severity';

/** External taxonomies a threat maps to. */
export const ThreatReferencesSchema = z
	.object({
		/** OWASP Top 10 CI/CD Security Risks, e.g. "CICD-SEC-4". */
		owaspCicd: z.array(z.string().regex(/^CICD-SEC-(?:[1-9]|10)$/)).default([]),
		/** SLSA supply-chain threat letters (A to I), e.g. "E". */
		slsa: z.array(z.string().regex(/^[A-I]$/)).default([]),
		/** MITRE ATT&CK technique IDs, e.g. "T1195.001". */
		attack: z.array(z.string().regex(/^T\d{4}(?:\.\d{3})?$/)).default([]),
	})
	.default({ owaspCicd: [], slsa: [], attack: [] });

/** A threat to one environment; the file name is its id. */
export const ThreatSchema = z.object({
	/** Short name of the threat, e.g. "Privileged credential hijack". */
	title: z.string().min(3).max(80),
	/** The environment the threat enters through. */
	environment: EnvironmentIdSchema,
	/** What the attacker gets (content/README.md, "Severity scale"). */
	impact: z.enum(IMPACTS).optional(),
	/** How far it spreads: one project or environment ('narrow') or many, the organisation or customers ('wide'). */
	reach: z.enum(REACHES).optional(),
	/** 1 low, 2 medium, 3 high: follows from impact and reach on the written scale (a content test checks). */
	severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
	/** One or two sentences a developer understands without context. */
	summary: z.string().min(20),
	/** The attacker's steps in order, 3 to 6 of them, each a concrete action. */
	attackPath: z.array(z.string().min(10)).min(3).max(6),
	/** Mappings to external threat taxonomies. */
	references: ThreatReferencesSchema,
});
export type Threat = z.infer<typeof ThreatSchema>;
