import { z } from 'astro/zod';

import { ENVIRONMENT_IDS, PRINCIPLE_IDS } from '../lib/ids';

export { ENVIRONMENT_IDS, PRINCIPLE_IDS };
export type { EnvironmentId, Principle } from '../lib/ids';

/** One of the three environment ids. */
export const EnvironmentIdSchema = z.enum(ENVIRONMENT_IDS);

/** One of the Zero Trust principles. */
export const PrincipleSchema = z.enum(PRINCIPLE_IDS);

/** A content id: lower-case words joined by hyphens, as file names are. */
export const SlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
