import { z } from 'astro/zod';

/** One of the three environments; the file name is its id (developer, platform, application). */
export const EnvironmentSchema = z.object({
	/** The name users see, e.g. "Developer environment". */
	name: z.string().min(3),
	/** One or two sentences on what the environment holds and why attackers want it. */
	summary: z.string().min(20),
	/** Position in menus, tables and diagrams (1 first). */
	order: z.number().int().min(1),
	/** What the environment is made of, as short noun phrases (for the overview page). */
	components: z.array(z.string().min(2)).default([]),
});
export type Environment = z.infer<typeof EnvironmentSchema>;
