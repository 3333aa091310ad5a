import { z } from 'astro/zod';

/** The three DevOps environments of Microsoft's Zero Trust guidance, by id. */
export const ENVIRONMENT_IDS = ['developer', 'platform', 'application'] as const;
export const EnvironmentIdSchema = z.enum(ENVIRONMENT_IDS);
export type EnvironmentId = z.infer<typeof EnvironmentIdSchema>;

/** The Zero Trust principles a control serves. */
export const PRINCIPLE_IDS = ['verify-explicitly', 'least-privilege', 'assume-breach'] as const;
export const PrincipleSchema = z.enum(PRINCIPLE_IDS);
export type Principle = z.infer<typeof PrincipleSchema>;

/** A content id: lower-case words joined by hyphens, as file names are. */
export const SlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
