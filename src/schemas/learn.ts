import { z } from 'astro/zod';
import { EnvironmentIdSchema, SlugSchema } from './common';

/** Module ids that would collide with the fixed pages under /learn/. */
export const RESERVED_MODULE_IDS = ['completion', 'gaps'] as const;

/** One stop of a module's guided tour: a threat or a flow of its environment's diagram. */
export const TourStepSchema = z
	.object({
		/** 'threat' for a threat vector, 'flow' for a data or trust flow between parts of the diagram. */
		kind: z.enum(['threat', 'flow']),
		/** Short name of the stop, e.g. "Privileged credential hijack". */
		title: z.string().min(3).max(90),
		/** Two to four sentences: what happens at this point and why it matters. */
		text: z.string().min(40).max(700),
		/** Id of the threat the stop shows or leads to (required for 'threat' stops). */
		threat: SlugSchema.optional(),
	})
	.refine((step) => step.kind === 'flow' || step.threat !== undefined, {
		message: 'a threat stop names its threat',
		path: ['threat'],
	});
export type TourStep = z.infer<typeof TourStepSchema>;

/** A short lesson inside a module, which points to the guidance pages that go deeper. */
export const LessonSchema = z.object({
	/** The lesson's heading. */
	title: z.string().min(3).max(90),
	/** Its paragraphs, in order (plain text). */
	body: z.array(z.string().min(40)).min(1).max(4),
	/** Ids of the guidance pages (content/guides) the lesson links to, at least one. */
	guides: z.array(SlugSchema).min(1).max(6),
});
export type Lesson = z.infer<typeof LessonSchema>;

/** A training module of the onboarding path (content/learn/modules); the file name is its id. */
export const ModuleSchema = z.object({
	/** The module's title, e.g. "Developer environment". */
	title: z.string().min(3).max(80),
	/** One or two sentences shown on the path overview. */
	summary: z.string().min(20).max(300),
	/** Position in the path (lower first, unique). */
	order: z.number().int().min(0),
	/** The environment the module covers; absent for the introduction. */
	environment: EnvironmentIdSchema.optional(),
	/** What a learner can do after the module, each starting with a verb. */
	objectives: z.array(z.string().min(15).max(200)).min(2).max(6),
	/** The guided tour of the environment's diagram, one stop at a time. */
	tour: z.array(TourStepSchema).min(3).max(12),
	/** Short lessons, each linking to guidance pages. */
	lessons: z.array(LessonSchema).min(2).max(8),
});
export type Module = z.infer<typeof ModuleSchema>;

/** One answer option of a knowledge-check question. */
export const OptionSchema = z.object({
	/** What the learner would do or believe, in one or two sentences. */
	text: z.string().min(3).max(300),
	/** True for the one correct option. */
	correct: z.boolean().default(false),
	/** Why the option is right or wrong, shown after answering (every option has one). */
	explanation: z.string().min(20).max(600),
});
export type Option = z.infer<typeof OptionSchema>;

/** A scenario question of a module's knowledge check (content/learn/questions); the file name is its id. */
export const QuestionSchema = z.object({
	/** Id of the module whose knowledge check asks it. */
	module: SlugSchema,
	/** A realistic situation from a developer's working day, in a few sentences. */
	scenario: z.string().min(60).max(700),
	/** The question about the situation, e.g. "What do you do?". */
	question: z.string().min(8).max(200).endsWith('?'),
	/** Exactly four options, one of them correct (content/README.md, "Knowledge checks"). */
	options: z
		.array(OptionSchema)
		.length(4)
		.refine((options) => options.filter((o) => o.correct).length === 1, {
			message: 'exactly one option is correct',
		}),
	/** Ids of the controls (content/controls) the question is about, at least one. */
	controls: z.array(SlugSchema).min(1).max(4),
	/** Ids of the threats (content/threats) the situation involves, at least one. */
	threats: z.array(SlugSchema).min(1).max(4),
});
export type Question = z.infer<typeof QuestionSchema>;
