import { z } from 'astro/zod';
import { EnvironmentIdSchema, SlugSchema } from './common';

/** Front matter of a guidance page in content/guides (MDX). */
export const GuideSchema = z.object({
	/** The page title. */
	title: z.string().min(3),
	/** One or two sentences shown in lists and as the page description. */
	summary: z.string().min(20),
	/** The control this page guides (its id); absent on overview pages. */
	control: SlugSchema.optional(),
	/** For overview pages: the environment it introduces, if any. */
	environment: EnvironmentIdSchema.optional(),
	/** When the page's facts were last checked against the vendors' documentation (ISO date, shown on the page). */
	reviewed: z
		.preprocess(
			// Astro's YAML reads an unquoted date as a Date, the `yaml` package as a string: accept both.
			(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
			z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
		)
		.optional(),
	/** Order among overview pages (lower first). */
	order: z.number().int().default(100),
});
export type Guide = z.infer<typeof GuideSchema>;
