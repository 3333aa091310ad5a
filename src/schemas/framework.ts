import { z } from 'astro/zod';

/** One task of the Microsoft Zero Trust Workshop's DevSecOps pillar. */
export const WorkshopTaskSchema = z.object({
	/** The workshop's ID, e.g. "DS_007". */
	id: z.string().regex(/^DS_\d{3}$/),
	/** The workshop's title of the task. */
	title: z.string().min(5),
	/** The workshop's lifecycle stage (Govern, Code, Build, Deploy, Run). */
	stage: z.enum(['Govern', 'Code', 'Build', 'Deploy', 'Run']),
});
export type WorkshopTask = z.infer<typeof WorkshopTaskSchema>;

/** content/frameworks/ms-zt-workshop.yaml: the task list that controls' `msZtw` IDs come from. */
export const WorkshopSchema = z.object({
	/** The framework's name as pages show it. */
	name: z.string().min(3),
	/** Where the task list comes from. */
	source: z.url(),
	/** Every task, in the workshop's order. */
	tasks: z.array(WorkshopTaskSchema).min(1),
});
export type Workshop = z.infer<typeof WorkshopSchema>;
