import { z } from 'astro/zod';

/** content/bank.yaml: the question bank's version. */
export const BankSchema = z.object({
	/** Bumped whenever any control's meaning changes; result links carry it. */
	version: z.number().int().positive().max(255),
	/** When this version was released (ISO date). */
	released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	/** Earlier versions and the control codes each held, in order, so their links still decode. */
	previous: z
		.array(
			z.object({
				/** An earlier bank version. */
				version: z.number().int().positive(),
				/** The codes of that version's controls, ascending. */
				codes: z.array(z.number().int().positive()),
			})
		)
		.default([]),
});
export type Bank = z.infer<typeof BankSchema>;
