/**
 * The training model pages render and islands receive: modules with their tour, lessons and
 * knowledge-check questions, every cross-reference resolved into a link with a label. Built once
 * from validated content; a reference to a control, threat, guide or module that does not exist
 * throws, so a broken link fails the build and the content test instead of reaching a reader.
 */
import type { EnvironmentId } from '../model';
import type { Module, Question } from '../../schemas/learn';

/** A resolved link: where it goes and what it says. */
export interface LinkRef {
	href: string;
	label: string;
}

/** A question as the quiz island receives it (serialisable). */
export interface QuizQuestionData {
	id: string;
	scenario: string;
	question: string;
	options: { text: string; correct: boolean; explanation: string }[];
	/** The controls involved, linked to their guidance pages. */
	controls: LinkRef[];
	/** The threats involved, linked to their pages. */
	threats: LinkRef[];
}

/** One stop of the guided tour, as the tour island receives it. */
export interface TourStepData {
	kind: 'threat' | 'flow';
	title: string;
	text: string;
	threat: LinkRef | null;
}

export interface LessonData {
	title: string;
	body: string[];
	guides: LinkRef[];
}

/** A module with everything resolved, in path order. */
export interface ModuleData {
	id: string;
	title: string;
	summary: string;
	order: number;
	environment: EnvironmentId | null;
	objectives: string[];
	tour: TourStepData[];
	lessons: LessonData[];
	questions: QuizQuestionData[];
}

/** The one learning path so far; every module belongs to it, in `order`. */
export const ONBOARDING_PATH = {
	id: 'onboarding',
	title: 'Developer onboarding',
	summary:
		'For developers in their first weeks: Zero Trust in DevOps, then one module for each environment, each ending with a knowledge check.',
} as const;

export const moduleHref = (id: string) => `/learn/${id}/`;
export const guideHref = (id: string) => `/guides/${id}/`;
export const threatHref = (id: string) => `/threats/${id}/`;

interface Entry<T> {
	id: string;
	data: T;
}

/** Builds the modules from validated content. Throws on a reference that does not resolve. */
export function buildLearnModules(input: {
	modules: readonly Entry<Module>[];
	questions: readonly Entry<Question>[];
	controls: readonly Entry<{ title: string; guide: string }>[];
	threats: readonly Entry<{ title: string }>[];
	guides: readonly Entry<{ title: string }>[];
}): ModuleData[] {
	const lookup = <T>(entries: readonly Entry<T>[], kind: string) => {
		const byId = new Map(entries.map((e) => [e.id, e.data]));
		return (id: string, where: string): T => {
			const found = byId.get(id);
			if (found === undefined) throw new Error(`${where} names unknown ${kind} "${id}"`);
			return found;
		};
	};
	const control = lookup(input.controls, 'control');
	const threat = lookup(input.threats, 'threat');
	const guide = lookup(input.guides, 'guide');
	const moduleIds = new Set(input.modules.map((m) => m.id));
	const threatLink = (id: string, where: string): LinkRef => ({
		href: threatHref(id),
		label: threat(id, where).title,
	});

	for (const q of input.questions) {
		if (!moduleIds.has(q.data.module))
			throw new Error(`question ${q.id} names unknown module "${q.data.module}"`);
	}

	return [...input.modules]
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
		.map(({ id, data }): ModuleData => ({
			id,
			title: data.title,
			summary: data.summary,
			order: data.order,
			environment: data.environment ?? null,
			objectives: [...data.objectives],
			tour: data.tour.map((step) => ({
				kind: step.kind,
				title: step.title,
				text: step.text,
				threat: step.threat ? threatLink(step.threat, `module ${id} tour`) : null,
			})),
			lessons: data.lessons.map((lesson) => ({
				title: lesson.title,
				body: [...lesson.body],
				guides: lesson.guides.map((g) => ({
					href: guideHref(g),
					label: guide(g, `module ${id} lesson`).title,
				})),
			})),
			questions: input.questions
				.filter((q) => q.data.module === id)
				.sort((a, b) => a.id.localeCompare(b.id))
				.map((q): QuizQuestionData => ({
					id: q.id,
					scenario: q.data.scenario,
					question: q.data.question,
					options: q.data.options.map((o) => ({
						text: o.text,
						correct: o.correct,
						explanation: o.explanation,
					})),
					controls: q.data.controls.map((c) => {
						const found = control(c, `question ${q.id}`);
						guide(found.guide, `control ${c}`);
						return { href: guideHref(found.guide), label: found.title };
					}),
					threats: q.data.threats.map((t) => threatLink(t, `question ${q.id}`)),
				})),
		}));
}

/** Every link a module page shows from content (tour, lessons, questions), for link checks. */
export function moduleLinks(module: ModuleData): LinkRef[] {
	return [
		...module.tour.flatMap((s) => (s.threat ? [s.threat] : [])),
		...module.lessons.flatMap((l) => l.guides),
		...module.questions.flatMap((q) => [...q.controls, ...q.threats]),
	];
}
