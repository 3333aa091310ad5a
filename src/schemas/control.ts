import { z } from 'astro/zod';
import { EnvironmentIdSchema, PrincipleSchema, SlugSchema } from './common';
import { FRAMEWORK_KEYS } from '../lib/frameworks/keys';

export { FRAMEWORK_KEYS };

/** The four maturity stages, in order, as keys of a control's level descriptions. */
export const LEVEL_KEYS = ['traditional', 'initial', 'advanced', 'optimal'] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];

/** Framework references of a control, each a list of IDs (empty lists may be left out). */
export const FrameworksSchema = z.object({
	/** NIST SP 800-218 SSDF tasks, e.g. "PO.5.1". */
	ssdf: z.array(z.string().regex(/^(PO|PS|PW|RV)\.\d+(\.\d+)?$/)).default([]),
	/** SLSA requirements or levels, e.g. "Build L3". */
	slsa: z.array(z.string().min(2)).default([]),
	/** OpenSSF Scorecard checks, e.g. "Branch-Protection". */
	scorecard: z.array(z.string().regex(/^[A-Z][A-Za-z]+(-[A-Z][A-Za-z]+)*$/)).default([]),
	/** CISA Zero Trust Maturity Model v2.0 pillar and function, e.g. "Identity: Authentication". */
	ztmm: z.array(z.string().min(3)).default([]),
	/** S2C2F practices, e.g. "SCA-1". */
	s2c2f: z.array(z.string().regex(/^[A-Z]{3,4}-\d+$/)).default([]),
	/** OWASP Top 10 CI/CD Security Risks, e.g. "CICD-SEC-2". */
	owaspCicd: z.array(z.string().regex(/^CICD-SEC-(?:[1-9]|10)$/)).default([]),
	/** Microsoft Zero Trust Workshop DevSecOps tasks, e.g. "DS_007" (listed in content/frameworks/ms-zt-workshop.yaml). */
	msZtw: z.array(z.string().regex(/^DS_\d{3}$/)).default([]),
});
export type Frameworks = z.infer<typeof FrameworksSchema>;

/** One control = one assessment question; the file name is its id. */
export const ControlSchema = z.object({
	/** Stable positive number that result links use; unique and never reused, even after removal. */
	code: z.number().int().positive().max(1023),
	/** Short imperative name, e.g. "Require phishing-resistant MFA for developers". */
	title: z.string().min(5).max(90),
	/** The question a team answers about its own setup. */
	question: z.string().min(15).max(240).endsWith('?'),
	/** The environment whose section asks the question. */
	environment: EnvironmentIdSchema,
	/** The capability group within the environment, e.g. "Identity and access". */
	capability: z.string().min(3).max(50),
	/** The Zero Trust principles the control serves (at least one). */
	principles: z.array(PrincipleSchema).min(1),
	/** 1, 2 or 3; 3 is reserved for controls whose absence alone lets an attacker through. */
	weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
	/** What the team observably has at each stage, lowest first. */
	levels: z.object({
		/** Traditional: what it looks like before the control exists. */
		traditional: z.string().min(15),
		/** Initial: first partial step. */
		initial: z.string().min(15),
		/** Advanced: in place for most of the estate. */
		advanced: z.string().min(15),
		/** Optimal: complete, enforced and monitored. */
		optimal: z.string().min(15),
	}),
	/** Ids of the threats the control mitigates (at least one). */
	mitigates: z.array(SlugSchema).min(1),
	/** Framework references. */
	frameworks: FrameworksSchema,
	/** Id of the guidance page in content/guides. */
	guide: SlugSchema,
});
export type Control = z.infer<typeof ControlSchema>;
