/**
 * Brings the server-rendered questionnaire to life: restores the active assessment's answers,
 * saves every change through the store's actions, and keeps progress counts current. The stores
 * hold all logic; this file only maps DOM events to actions and state to the DOM.
 */
import { $activeAssessment, setAnswer, setNaReason, setNote } from '../stores/assessments';
import type { AnswerValue, Assessment } from '../lib/model';

function parseValue(raw: string): AnswerValue | null {
	if (raw === 'na' || raw === 'unknown') return raw;
	const n = Number(raw);
	return n === 0 || n === 1 || n === 2 || n === 3 ? n : null;
}

class Questionnaire extends HTMLElement {
	#unsubscribe: (() => void) | undefined;

	connectedCallback(): void {
		const bankVersion = Number(this.dataset['bankVersion'] ?? '1');
		const form = this.querySelector('form');
		if (!form) return;
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
		const counts = new Map<string, number>();
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('.q')) {
			const code = fieldset.dataset['code'] ?? '';
			const env = fieldset.dataset['env'] ?? '';
			const answer = answers[code];
			const value = answer ? String(answer.value) : null;
			for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
				radio.checked = radio.value === value;
			}
			fieldset.classList.toggle('answered', Boolean(answer));
			if (answer) counts.set(env, (counts.get(env) ?? 0) + 1);
			const naField = fieldset.querySelector<HTMLElement>('.na-field');
			if (naField) naField.hidden = answer?.value !== 'na';
			this.#syncText(fieldset.querySelector('.na-reason'), answer?.naReason ?? '');
			const note = fieldset.querySelector<HTMLTextAreaElement>('.note');
			this.#syncText(note, answer?.note ?? '');
			if (note) note.disabled = !answer;
			const clear = fieldset.querySelector<HTMLElement>('[data-clear]');
			if (clear) clear.hidden = !answer;
		}
		let total = 0;
		for (const counter of this.querySelectorAll<HTMLElement>('[data-progress-for]')) {
			const n = counts.get(counter.dataset['progressFor'] ?? '') ?? 0;
			total += n;
			const slot = counter.querySelector('[data-answered]');
			if (slot) slot.textContent = String(n);
		}
		this.dispatchEvent(new CustomEvent('progress', { detail: total, bubbles: true }));
	}

	/** Updates a text field from the store without moving the caret of the person typing in it. */
	#syncText(field: HTMLInputElement | HTMLTextAreaElement | null, text: string): void {
		if (field && document.activeElement !== field && field.value !== text) field.value = text;
	}
}

if (!customElements.get('tl-questionnaire'))
	customElements.define('tl-questionnaire', Questionnaire);
