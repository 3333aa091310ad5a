import { z } from 'astro/zod';

// Placeholder: the training issue replaces this with the real module and question schemas.
/** A training module (placeholder until training lands). */
export const ModuleSchema = z.object({ title: z.string() });
export type Module = z.infer<typeof ModuleSchema>;
/** A knowledge-check question (placeholder until training lands). */
export const QuestionSchema = z.object({ prompt: z.string() });
export type Question = z.infer<typeof QuestionSchema>;
