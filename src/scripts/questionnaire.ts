/**
 * Brings the server-rendered questionnaire to life: restores the active assessment's answers,
 * saves every change through the store's actions, and keeps progress counts current. The stores
 * hold all logic; this file only maps DOM events to actions and state to the DOM.
 *
 * It stays light with banks of hundreds of controls: a change touches only the fieldsets whose
 * answer changed (answers are replaced, never mutated, so a changed answer is a new object), the
 * counts come from the answers rather than from the DOM, and nothing here reads layout, so the
 * browser never has to lay out the form between two writes.
 */
import { $activeAssessment, setAnswer, setNaReason, setNote } from '../stores/assessments';
import type { AnswerValue, Answers, Assessment, ControlAnswer } from '../lib/model';

function parseValue(raw: string): AnswerValue | null {
	if (raw === 'na' || raw === 'unknown') return raw;
	const n = Number(raw);
	return n === 0 || n === 1 || n === 2 || n === 3 ? n : null;
}

/** The elements of one question that change with its answer, found once. */
interface Question {
	fieldset: HTMLFieldSetElement;
	env: string;
	radios: HTMLInputElement[];
	naField: HTMLElement | null;
	naReason: HTMLInputElement | null;
	note: HTMLTextAreaElement | null;
	clear: HTMLElement | null;
}

class Questionnaire extends HTMLElement {
	#unsubscribe: (() => void) | undefined;
	#questions = new Map<string, Question>();
	#counters: { env: string; slot: Element }[] = [];
	/** The answers the DOM shows, to find what changed. */
	#shown: Answers = {};
	/** The notes written before answering, as last shown. */
	#shownPending: Record<string, string> = {};

	connectedCallback(): void {
		const bankVersion = Number(this.dataset['bankVersion'] ?? '1');
		const form = this.querySelector('form');
		if (!form) return;
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('.q')) {
			const code = fieldset.dataset['code'] ?? '';
			this.#questions.set(code, {
				fieldset,
				env: fieldset.dataset['env'] ?? '',
				radios: [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
				naField: fieldset.querySelector('.na-field'),
				naReason: fieldset.querySelector('.na-reason'),
				note: fieldset.querySelector('.note'),
				clear: fieldset.querySelector('[data-clear]'),
			});
		}
		for (const counter of this.querySelectorAll<HTMLElement>('[data-progress-for]')) {
			const slot = counter.querySelector('[data-answered]');
			if (slot) this.#counters.push({ env: counter.dataset['progressFor'] ?? '', slot });
		}
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('change', (event) => {
			const target = event.target;
			if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
			const code = Number(target.closest<HTMLElement>('.q')?.dataset['code']);
			const value = parseValue(target.value);
			if (code && value !== null) setAnswer(code, value, bankVersion);
		});
		form.addEventListener('input', (event) => {
			const target = event.target;
			const code = Number((target as HTMLElement).closest<HTMLElement>('.q')?.dataset['code']);
			if (!code) return;
			if (target instanceof HTMLTextAreaElement && target.classList.contains('note')) {
				setNote(code, target.value);
			} else if (target instanceof HTMLInputElement && target.classList.contains('na-reason')) {
				setNaReason(code, target.value);
			}
		});
		form.addEventListener('click', (event) => {
			const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-clear]');
			if (!button) return;
			const fieldset = button.closest<HTMLElement>('.q');
			const code = Number(fieldset?.dataset['code']);
			if (!code || !fieldset) return;
			setAnswer(code, null, bankVersion);
			fieldset.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
		});
		this.#unsubscribe = $activeAssessment.subscribe((assessment) => this.render(assessment));
	}

	disconnectedCallback(): void {
		this.#unsubscribe?.();
	}

	render(assessment: Assessment | null): void {
		const answers = assessment?.answers ?? {};
		const pending = assessment?.pendingNotes ?? {};
		const shown = this.#shown;
		const shownPending = this.#shownPending;
		const codes = [shown, answers, shownPending, pending].flatMap((o) => Object.keys(o));
		for (const code of new Set(codes)) {
			if (answers[code] !== shown[code] || pending[code] !== shownPending[code])
				this.#show(code, answers[code], pending[code]);
		}
		this.#shown = answers;
		this.#shownPending = pending;
		const counts = new Map<string, number>();
		for (const code of Object.keys(answers)) {
			const env = this.#questions.get(code)?.env;
			if (env !== undefined) counts.set(env, (counts.get(env) ?? 0) + 1);
		}
		for (const { env, slot } of this.#counters) {
			const text = String(counts.get(env) ?? 0);
			if (slot.textContent !== text) slot.textContent = text;
		}
	}

	/** Shows one question's answer (or none) in its fieldset. */
	#show(code: string, answer: ControlAnswer | undefined, pendingNote = ''): void {
		const q = this.#questions.get(code);
		if (!q) return;
		const value = answer ? String(answer.value) : null;
		for (const radio of q.radios) radio.checked = radio.value === value;
		q.fieldset.classList.toggle('answered', Boolean(answer));
		if (q.naField) q.naField.hidden = answer?.value !== 'na';
		this.#syncText(q.naReason, answer?.naReason ?? '');
		this.#syncText(q.note, answer ? (answer.note ?? '') : pendingNote);
		if (q.clear) q.clear.hidden = !answer;
	}

	/** Updates a text field from the store without moving the caret of the person typing in it. */
	#syncText(field: HTMLInputElement | HTMLTextAreaElement | null, text: string): void {
		if (field && document.activeElement !== field && field.value !== text) field.value = text;
	}
}

if (!customElements.get('tl-questionnaire'))
	customElements.define('tl-questionnaire', Questionnaire);
