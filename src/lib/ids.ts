/**
 * Identifier lists shared by the schemas and the browser code. Kept free of zod so that islands
 * importing them do not pull the schema library into the browser bundle.
 */

/** The three DevOps environments of Microsoft's Zero Trust guidance, by id. */
export const ENVIRONMENT_IDS = ['developer', 'platform', 'application'] as const;
export type EnvironmentId = (typeof ENVIRONMENT_IDS)[number];

/** The Zero Trust principles a control serves. */
export const PRINCIPLE_IDS = ['verify-explicitly', 'least-privilege', 'assume-breach'] as const;
export type Principle = (typeof PRINCIPLE_IDS)[number];
