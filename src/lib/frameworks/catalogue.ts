/**
 * The IDs each framework defines, so a control can only cite an ID that exists. Sources (all read
 * for ../shared/research/zero-trust-devops-facts.md, section 3): NIST SP 800-218 SSDF v1.1 (42 tasks;
 * there is no PW.3 and no PW.4.3 in v1.1), SLSA v1.0 build levels and v1.2 source levels, OpenSSF
 * Scorecard checks, CISA Zero Trust Maturity Model v2.0 pillars and functions, S2C2F requirements and
 * OWASP Top 10 CI/CD Security Risks. The Microsoft Zero Trust Workshop tasks are content
 * (content/frameworks/ms-zt-workshop.yaml) because they change with the workshop.
 */

const range = (prefix: string, from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** NIST SSDF v1.1 tasks. */
export const SSDF_TASKS: readonly string[] = [
	...range('PO.1.', 1, 3),
	...range('PO.2.', 1, 3),
	...range('PO.3.', 1, 3),
	...range('PO.4.', 1, 2),
	...range('PO.5.', 1, 2),
	'PS.1.1',
	'PS.2.1',
	...range('PS.3.', 1, 2),
	...range('PW.1.', 1, 3),
	'PW.2.1',
	'PW.4.1',
	'PW.4.2',
	'PW.4.4',
	'PW.5.1',
	...range('PW.6.', 1, 2),
	...range('PW.7.', 1, 2),
	...range('PW.8.', 1, 2),
	...range('PW.9.', 1, 2),
	...range('RV.1.', 1, 3),
	...range('RV.2.', 1, 2),
	...range('RV.3.', 1, 4),
];

/** SLSA levels: v1.0 build track and v1.2 source track. */
export const SLSA_LEVELS: readonly string[] = [
	...range('Build L', 1, 3),
	...range('Source L', 1, 4),
];

/**
 * OpenSSF Scorecard check names: the 18 default checks and the 2 experimental ones (SBOM and
 * Webhooks), as `checks/all_checks.go` of Scorecard v5.5 registers them.
 */
export const SCORECARD_CHECKS = [
	'Binary-Artifacts',
	'Branch-Protection',
	'CI-Tests',
	'CII-Best-Practices',
	'Code-Review',
	'Contributors',
	'Dangerous-Workflow',
	'Dependency-Update-Tool',
	'Fuzzing',
	'License',
	'Maintained',
	'Packaging',
	'Pinned-Dependencies',
	'SAST',
	'SBOM',
	'Security-Policy',
	'Signed-Releases',
	'Token-Permissions',
	'Vulnerabilities',
	'Webhooks',
] as const;
/** One OpenSSF Scorecard check name, e.g. "Branch-Protection". */
export type ScorecardCheckName = (typeof SCORECARD_CHECKS)[number];

const CROSS_CUTTING = ['Visibility and Analytics', 'Automation and Orchestration', 'Governance'];
const ZTMM_PILLARS: Record<string, string[]> = {
	Identity: ['Authentication', 'Identity Stores', 'Risk Assessments', 'Access Management'],
	Devices: [
		'Policy Enforcement and Compliance Monitoring',
		'Asset and Supply Chain Risk Management',
		'Resource Access',
		'Device Threat Protection',
	],
	Networks: [
		'Network Segmentation',
		'Network Traffic Management',
		'Traffic Encryption',
		'Network Resilience',
	],
	'Applications and Workloads': [
		'Application Access',
		'Application Threat Protections',
		'Accessible Applications',
		'Secure Application Development and Deployment Workflow',
		'Application Security Testing',
	],
	Data: [
		'Data Inventory Management',
		'Data Categorization',
		'Data Availability',
		'Data Access',
		'Data Encryption',
	],
};

/** CISA ZTMM v2.0 functions as "Pillar: Function", including each pillar's cross-cutting rows. */
export const ZTMM_FUNCTIONS: readonly string[] = [
	...Object.entries(ZTMM_PILLARS).flatMap(([pillar, functions]) =>
		[...functions, ...CROSS_CUTTING].map((f) => `${pillar}: ${f}`)
	),
	...CROSS_CUTTING.map((f) => `Cross-cutting: ${f}`),
];

/** S2C2F requirement IDs. */
export const S2C2F_REQUIREMENTS: readonly string[] = [
	...range('ING-', 1, 4),
	...range('SCA-', 1, 5),
	...range('INV-', 1, 2),
	...range('UPD-', 1, 3),
	...range('AUD-', 1, 4),
	...range('ENF-', 1, 2),
	...range('REB-', 1, 4),
	'FIX-1',
];

/** OWASP Top 10 CI/CD Security Risks. */
export const OWASP_CICD_RISKS: readonly string[] = range('CICD-SEC-', 1, 10);
