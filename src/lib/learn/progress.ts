/**
 * Training progress as the browser saves it: its shape, schema version, how stored text is read
 * back (validated, never trusted), and the pure operations the store applies. Storage is untrusted
 * input: another tab, an extension or a future Trustline may have written it.
 */
import { isPassing, isValidAnswer, scoreQuiz, seedFromText, type ScorableQuestion } from '../quiz';

/** The current storage schema. A later version adds its migration to `readProgress`. */
export const LEARN_SCHEMA = 1;

/** Limits that keep hostile or runaway storage from growing without bound. */
export const MAX_MODULES = 64;
export const MAX_ANSWERS = 200;
export const MAX_QUESTIONS_SCORED = 500;
const MAX_ID_LENGTH = 100;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One finished attempt's score and when it finished. */
export interface ModuleResult {
	correct: number;
	total: number;
	/** ISO 8601 timestamp. */
	at: string;
}

/** The attempt a learner is on (or has just finished, until they retry). */
export interface Attempt {
	/** Seed of the attempt's order of questions and options (see arrangeQuiz). */
	seed: number;
	/** Checked answers: question id -> option index in content order. */
	answers: Record<string, number>;
}

/** Everything saved about one module. */
export interface ModuleProgress {
	/** True once the learner reached the last stop of the guided tour. */
	tourDone: boolean;
	/** The current attempt, or null before the first answer. */
	attempt: Attempt | null;
	/** Finished attempts. */
	attempts: number;
	/** The latest finished attempt. */
	last: ModuleResult | null;
	/** The best passing attempt (the earliest of equals), kept even when a later attempt fails. */
	passed: ModuleResult | null;
}

/** The whole saved state, keyed by module id. */
export interface LearnProgress {
	schema: typeof LEARN_SCHEMA;
	modules: Record<string, ModuleProgress>;
}

export type ReadOutcome =
	| { status: 'empty'; progress: null }
	| { status: 'ok'; progress: LearnProgress; dropped: string[] }
	| { status: 'unreadable'; progress: null; problem: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

const isCount = (x: unknown, max: number): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;

/** True for a module or question id as content files name them. */
export function isContentId(x: unknown): x is string {
	return typeof x === 'string' && x.length <= MAX_ID_LENGTH && SLUG.test(x);
}

export function emptyProgress(): LearnProgress {
	return { schema: LEARN_SCHEMA, modules: {} };
}

export function emptyModule(): ModuleProgress {
	return { tourDone: false, attempt: null, attempts: 0, last: null, passed: null };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function parseResult(x: unknown, what: string): Parsed<ModuleResult | null> {
	if (x === undefined || x === null) return { ok: true, value: null };
	if (!isObject(x)) return { ok: false, problem: `its ${what} is not an object` };
	const { correct, total, at } = x;
	if (!isCount(total, MAX_QUESTIONS_SCORED) || total === 0 || !isCount(correct, total)) {
		return { ok: false, problem: `its ${what} has an impossible score` };
	}
	if (typeof at !== 'string' || at.length > 40 || Number.isNaN(Date.parse(at))) {
		return { ok: false, problem: `its ${what} has no valid date` };
	}
	return { ok: true, value: { correct, total, at: new Date(at).toISOString() } };
}

function parseAttempt(x: unknown): Parsed<Attempt | null> {
	if (x === undefined || x === null) return { ok: true, value: null };
	if (!isObject(x) || !isCount(x['seed'], 0xffffffff) || !isObject(x['answers'])) {
		return { ok: false, problem: 'its current attempt is malformed' };
	}
	const entries = Object.entries(x['answers']);
	if (entries.length > MAX_ANSWERS)
		return { ok: false, problem: 'its current attempt has too many answers' };
	const answers: Record<string, number> = {};
	for (const [id, option] of entries) {
		// Five options at most, so indexes 0-4; anything else was not written by Trustline.
		if (!isContentId(id) || !isCount(option, 4)) {
			return { ok: false, problem: 'its current attempt holds an invalid answer' };
		}
		answers[id] = option;
	}
	return { ok: true, value: { seed: x['seed'], answers } };
}

/** Validates one module's saved progress; returns a clean copy or what is wrong. Never throws. */
export function parseModuleProgress(x: unknown): Parsed<ModuleProgress> {
	if (!isObject(x)) return { ok: false, problem: 'it is not an object' };
	const tourDone = x['tourDone'] ?? false;
	if (typeof tourDone !== 'boolean')
		return { ok: false, problem: 'its tour flag is not true or false' };
	const attempts = x['attempts'] ?? 0;
	if (!isCount(attempts, 1_000_000)) return { ok: false, problem: 'its attempt count is invalid' };
	const attempt = parseAttempt(x['attempt']);
	if (!attempt.ok) return attempt;
	const last = parseResult(x['last'], 'latest result');
	if (!last.ok) return last;
	const passed = parseResult(x['passed'], 'pass');
	if (!passed.ok) return passed;
	if (passed.value && !isPassing(passed.value.correct, passed.value.total)) {
		return { ok: false, problem: 'its pass is below the pass mark' };
	}
	return {
		ok: true,
		value: { tourDone, attempt: attempt.value, attempts, last: last.value, passed: passed.value },
	};
}

/**
 * Reads the stored text. Never throws: text that cannot be read is reported as 'unreadable' so
 * the caller can keep it aside; modules that cannot be read are dropped and listed in `dropped`.
 */
export function readProgress(raw: string | null | undefined): ReadOutcome {
	if (raw === null || raw === undefined || raw === '') return { status: 'empty', progress: null };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return {
			status: 'unreadable',
			progress: null,
			problem: 'the saved progress is not valid JSON',
		};
	}
	if (!isObject(data))
		return { status: 'unreadable', progress: null, problem: 'the saved progress is not an object' };
	const schema = data['schema'];
	if (schema !== LEARN_SCHEMA) {
		return {
			status: 'unreadable',
			progress: null,
			problem:
				typeof schema === 'number' && schema > LEARN_SCHEMA
					? `the saved progress comes from a newer Trustline (format ${schema})`
					: 'the saved progress has no known format version',
		};
	}
	const modules = data['modules'];
	if (!isObject(modules))
		return { status: 'unreadable', progress: null, problem: 'the saved progress lists no modules' };
	const entries = Object.entries(modules);
	const clean: Record<string, ModuleProgress> = {};
	const dropped: string[] = [];
	if (entries.length > MAX_MODULES)
		dropped.push(`${entries.length - MAX_MODULES} modules beyond the limit of ${MAX_MODULES}`);
	for (const [id, value] of entries.slice(0, MAX_MODULES)) {
		if (!isContentId(id)) {
			dropped.push('an entry with an invalid module id');
			continue;
		}
		const parsed = parseModuleProgress(value);
		if (parsed.ok) clean[id] = parsed.value;
		else dropped.push(`module "${id}": ${parsed.problem}`);
	}
	if (entries.length > 0 && Object.keys(clean).length === 0) {
		return {
			status: 'unreadable',
			progress: null,
			problem: `none of the saved modules could be read (${dropped.join('; ')})`,
		};
	}
	return { status: 'ok', progress: { schema: LEARN_SCHEMA, modules: clean }, dropped };
}

/** A module's saved progress, or an empty one. */
export function moduleProgress(progress: LearnProgress | null, moduleId: string): ModuleProgress {
	const saved =
		progress && Object.hasOwn(progress.modules, moduleId) ? progress.modules[moduleId] : undefined;
	return saved ?? emptyModule();
}

/** The attempt a module is on; before the first answer, one seeded by the module id. */
export function currentAttempt(progress: LearnProgress | null, moduleId: string): Attempt {
	return (
		moduleProgress(progress, moduleId).attempt ?? { seed: seedFromText(moduleId), answers: {} }
	);
}

function withModule(
	progress: LearnProgress | null,
	moduleId: string,
	change: (m: ModuleProgress) => ModuleProgress
): LearnProgress {
	const base = progress ?? emptyProgress();
	return {
		...base,
		modules: { ...base.modules, [moduleId]: change(moduleProgress(base, moduleId)) },
	};
}

/** True when `a` is a better result than `b` (a higher share correct; ties keep the earlier). */
function better(a: ModuleResult, b: ModuleResult | null): boolean {
	return b === null || a.correct * b.total > b.correct * a.total;
}

/**
 * Records a checked answer in the module's current attempt. An answer, once checked, stays: a
 * second answer to the same question, an unknown question or an invalid option change nothing
 * (the same object comes back). When the answer completes the attempt, the attempt's result is
 * recorded as the latest result and, if it passes and beats the previous pass, as the pass.
 */
export function withAnswer(
	progress: LearnProgress | null,
	moduleId: string,
	questions: readonly ScorableQuestion[],
	questionId: string,
	option: number,
	now: Date
): LearnProgress | null {
	const question = questions.find((q) => q.id === questionId);
	const attempt = currentAttempt(progress, moduleId);
	if (!question || !isValidAnswer(question, option) || Object.hasOwn(attempt.answers, questionId)) {
		return progress;
	}
	const next: Attempt = {
		seed: attempt.seed,
		answers: { ...attempt.answers, [questionId]: option },
	};
	return withModule(progress, moduleId, (m) => {
		const score = scoreQuiz(questions, next.answers);
		if (!score.complete) return { ...m, attempt: next };
		const result: ModuleResult = {
			correct: score.correct,
			total: score.total,
			at: now.toISOString(),
		};
		return {
			...m,
			attempt: next,
			attempts: m.attempts + 1,
			last: result,
			passed: score.passed && better(result, m.passed) ? result : m.passed,
		};
	});
}

/** Starts a new attempt with a new seed (its questions and options come in a new order). */
export function withRetry(
	progress: LearnProgress | null,
	moduleId: string,
	seed: number
): LearnProgress {
	return withModule(progress, moduleId, (m) => ({
		...m,
		attempt: { seed: seed >>> 0, answers: {} },
	}));
}

/** Marks the guided tour as seen. */
export function withTourDone(
	progress: LearnProgress | null,
	moduleId: string
): LearnProgress | null {
	if (moduleProgress(progress, moduleId).tourDone) return progress;
	return withModule(progress, moduleId, (m) => ({ ...m, tourDone: true }));
}

export type ModuleStatus = 'not-started' | 'in-progress' | 'passed' | 'not-passed';

/** What the path overview and the module page show about one module. */
export interface ModuleState {
	id: string;
	status: ModuleStatus;
	tourDone: boolean;
	/** Questions answered in the current attempt (only ones the module still has). */
	answered: number;
	/** Questions the module has now. */
	total: number;
	attempts: number;
	last: ModuleResult | null;
	passed: ModuleResult | null;
}

/** The state of one module, given the questions it has now. */
export function moduleState(
	progress: LearnProgress | null,
	module: { id: string; questions: readonly ScorableQuestion[] }
): ModuleState {
	const saved = moduleProgress(progress, module.id);
	const score = scoreQuiz(module.questions, saved.attempt?.answers ?? {});
	let status: ModuleStatus = 'not-started';
	if (saved.passed) status = 'passed';
	else if (score.answered > 0 && !score.complete) status = 'in-progress';
	else if (saved.last) status = 'not-passed';
	else if (saved.tourDone || score.answered > 0) status = 'in-progress';
	return {
		id: module.id,
		status,
		tourDone: saved.tourDone,
		answered: score.answered,
		total: score.total,
		attempts: saved.attempts,
		last: saved.last,
		passed: saved.passed,
	};
}

/** The whole path: every module's state, how many passed, and where to continue. */
export function pathState(
	progress: LearnProgress | null,
	modules: readonly { id: string; questions: readonly ScorableQuestion[] }[]
): {
	modules: ModuleState[];
	passed: number;
	total: number;
	complete: boolean;
	next: string | null;
} {
	const states = modules.map((m) => moduleState(progress, m));
	const passed = states.filter((s) => s.status === 'passed').length;
	return {
		modules: states,
		passed,
		total: states.length,
		complete: states.length > 0 && passed === states.length,
		next: states.find((s) => s.status !== 'passed')?.id ?? null,
	};
}
