/**
 * The written severity scale of content/README.md: a threat's severity follows from its impact
 * (what the attacker gets) and its reach (how far it spreads), so every threat is rated the same way.
 */

/** What the attacker gets. */
export const IMPACTS = ['low', 'medium', 'high'] as const;
export type Impact = (typeof IMPACTS)[number];

/** How far it spreads: one project or environment, or many projects, the organisation or its customers. */
export const REACHES = ['narrow', 'wide'] as const;
export type Reach = (typeof REACHES)[number];

const SCALE: Record<Impact, Record<Reach, 1 | 2 | 3>> = {
	high: { narrow: 3, wide: 3 },
	medium: { narrow: 2, wide: 3 },
	low: { narrow: 1, wide: 2 },
};

/** Severity 1 (low) to 3 (high) for an impact and a reach. */
export function severityOf(impact: Impact, reach: Reach): 1 | 2 | 3 {
	return SCALE[impact][reach];
}
