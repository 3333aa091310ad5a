import { z } from 'astro/zod';

// Placeholder: the threat-model issue replaces this with the real diagram schema.
/** A threat-model diagram (placeholder until the diagrams land). */
export const DiagramSchema = z.object({ title: z.string() });
export type Diagram = z.infer<typeof DiagramSchema>;
