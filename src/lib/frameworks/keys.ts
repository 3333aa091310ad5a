/**
 * The frameworks a control may cite, as the schemas, pages, coverage tables and exports name them.
 * Kept free of zod and of astro:* so islands can import it without pulling either into the browser.
 */

/** The keys of a control's `frameworks` field, in the order pages list them. */
export const FRAMEWORK_KEYS = [
	'ssdf',
	'slsa',
	'scorecard',
	'ztmm',
	's2c2f',
	'owaspCicd',
	'msZtw',
] as const;
export type FrameworkKey = (typeof FRAMEWORK_KEYS)[number];

/** What pages say about a framework. */
export interface FrameworkInfo {
	/** The name tables and headings use, e.g. "NIST SSDF". */
	name: string;
	/** The path segment of its crosswalk page: `/frameworks/<slug>/`. */
	slug: string;
	/** What its IDs are called, singular, e.g. "task". */
	idNoun: string;
	/** Where the framework is published. */
	source: string;
}

/**
 * Names, crosswalk-page slugs and sources. The sources are the documents the catalogue's IDs were
 * checked against (../shared/research/zero-trust-devops-facts.md, section 0.4); the workshop's
 * comes from content/frameworks/ms-zt-workshop.yaml and is repeated here for the pages' links.
 */
export const FRAMEWORKS: Readonly<Record<FrameworkKey, FrameworkInfo>> = {
	ssdf: {
		name: 'NIST SSDF',
		slug: 'ssdf',
		idNoun: 'task',
		source: 'https://csrc.nist.gov/pubs/sp/800/218/final',
	},
	slsa: { name: 'SLSA', slug: 'slsa', idNoun: 'level', source: 'https://slsa.dev/' },
	scorecard: {
		name: 'OpenSSF Scorecard',
		slug: 'scorecard',
		idNoun: 'check',
		source: 'https://github.com/ossf/scorecard',
	},
	ztmm: {
		name: 'CISA ZTMM v2.0',
		slug: 'ztmm',
		idNoun: 'function',
		source: 'https://www.cisa.gov/sites/default/files/2023-04/zero_trust_maturity_model_v2_508.pdf',
	},
	s2c2f: {
		name: 'S2C2F',
		slug: 's2c2f',
		idNoun: 'requirement',
		source: 'https://github.com/ossf/s2c2f',
	},
	owaspCicd: {
		name: 'OWASP CI/CD Top 10',
		slug: 'owasp-cicd',
		idNoun: 'risk',
		source: 'https://owasp.org/www-project-top-10-ci-cd-security-risks/',
	},
	msZtw: {
		name: 'Microsoft Zero Trust Workshop',
		slug: 'ms-zt-workshop',
		idNoun: 'task',
		source: 'https://github.com/microsoft/zerotrustassessment',
	},
};

/** The framework whose crosswalk page has this slug, or undefined. */
export function frameworkOfSlug(slug: string): FrameworkKey | undefined {
	return FRAMEWORK_KEYS.find((key) => FRAMEWORKS[key].slug === slug);
}

/**
 * The fragment id of one framework ID on its crosswalk page: lower-case letters and digits joined
 * by hyphens ("PO.5.1" -> "po-5-1", "Identity: Authentication" -> "identity-authentication").
 */
export function anchorOfId(id: string): string {
	const slug = id
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `id-${slug || 'x'}`;
}
