import { z } from 'astro/zod';
import { SCORECARD_CHECKS } from '../lib/frameworks/catalogue';
import { LEVEL_KEYS } from './control';
import { SlugSchema } from './common';

/** One OpenSSF Scorecard check name, e.g. "Branch-Protection". */
export const ScorecardCheckSchema = z.enum(SCORECARD_CHECKS);

/** A Scorecard check score: a whole number from 0 to 10 (-1, inconclusive, never suggests). */
const CheckScoreSchema = z.number().int().min(0).max(10);

/** A range of check scores and the stage those scores suggest. */
export const ScoreBandSchema = z
	.object({
		/** Lowest score of the band (0 to 10). */
		min: CheckScoreSchema,
		/** Highest score of the band (0 to 10, at least `min`). */
		max: CheckScoreSchema,
		/** The stage a score in the band suggests. */
		stage: z.enum(LEVEL_KEYS),
		/** One line: what a score in the band shows about the control, in the stage's terms. */
		because: z.string().min(20).max(300),
	})
	.refine((band) => band.min <= band.max, { message: 'min must not be above max' });
export type ScoreBand = z.infer<typeof ScoreBandSchema>;

/** How one check's score speaks to one control. */
export const ScorecardMappingSchema = z.object({
	/** The Scorecard check. */
	check: ScorecardCheckSchema,
	/** Id of the control (its file name in content/controls). */
	control: SlugSchema,
	/**
	 * Score bands, lowest scores first, with stages rising; scores outside every band suggest
	 * nothing. Empty when the check is cited by the control but cannot tell its stages apart.
	 */
	bands: z.array(ScoreBandSchema).max(4),
	/** One line: what the check looks at for this control, and what it cannot see. */
	rationale: z.string().min(20).max(400),
});
export type ScorecardMapping = z.infer<typeof ScorecardMappingSchema>;

/** content/automation/scorecard.yaml: which Scorecard checks suggest which answers. */
export const ScorecardFileSchema = z.object({
	/** The Scorecard release whose documentation and scoring code the mapping was checked against. */
	scorecardVersion: z.string().regex(/^v\d+\.\d+(\.\d+)?$/),
	/** When the mapping was last checked against Scorecard (ISO date). */
	reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	/** Check-to-control mappings, in the order the /automation/ page lists them. */
	mappings: z.array(ScorecardMappingSchema).min(1),
	/** Checks that speak to no control, each with the reason. */
	unmapped: z.array(
		z.object({
			/** The Scorecard check. */
			check: ScorecardCheckSchema,
			/** One line: why no control's stages follow from its score. */
			reason: z.string().min(20).max(400),
		})
	),
});
export type ScorecardFile = z.infer<typeof ScorecardFileSchema>;
