/**
 * Brings the server-rendered questionnaire to life: restores the active assessment's answers,
 * saves every change through the store's actions, and keeps progress counts current. The stores
 * hold all logic; this file only maps DOM events to actions and state to the DOM.
 *
 * It stays light with banks of hundreds of controls: a change touches only the fieldsets whose
 * answer changed (answers are replaced, never mutated, so a changed answer is a new object), the
 * counts come from the answers rather than from the DOM, and nothing here reads layout, so the
 * browser never has to lay out the form between two writes.
 *
 * Review: each answer shows its "Checked on" day (editable), "Due for review" once its review
 * date has come, "Confirm still true", its evidence, and a Scorecard suggestion when one waits.
 * The "Show" filter hides the questions it leaves out; it applies when it changes (or when
 * suggestions arrive), never while someone works through the questions it shows, so a question
 * confirmed under "Due for review" stays in place with its new date rather than vanishing.
 */
import { $activeAssessment, setAnswer, setNaReason, setNote } from '../stores/assessments';
import {
	$lastConfirm,
	confirmStillTrue,
	setCheckedOn,
	setEvidence,
	setReviewInterval,
	undoLastConfirm,
} from '../stores/review';
import {
	$suggestions,
	acceptSuggestion,
	dismissSuggestion,
	type ShownSuggestion,
} from '../stores/suggestions';
import type { AnswerValue, Answers, Assessment, ControlAnswer } from '../lib/model';
import {
	addEvidence,
	checkEvidenceInput,
	MAX_EVIDENCE,
	type Evidence,
} from '../lib/evidence/evidence';
import {
	checkedOnProblem,
	DEFAULT_REVIEW_INTERVAL,
	isReviewInterval,
	localToday,
	type ReviewInterval,
} from '../lib/evidence/review';
import { isAnswerDue, isShown, SHOW_FILTERS, type ShowFilter } from '../lib/evidence/review-set';
import { ANSWER_WORDS } from '../lib/words';

function parseValue(raw: string): AnswerValue | null {
	if (raw === 'na' || raw === 'unknown') return raw;
	const n = Number(raw);
	return n === 0 || n === 1 || n === 2 || n === 3 ? n : null;
}

const FILTER_WORDS: Record<ShowFilter, string> = {
	all: 'all questions',
	unanswered: 'unanswered questions',
	due: 'answers due for review',
	suggested: 'questions with a Scorecard suggestion',
};

/** The elements of one question that change with its answer, found once. */
interface Question {
	code: number;
	fieldset: HTMLFieldSetElement;
	env: string;
	title: string;
	radios: HTMLInputElement[];
	naField: HTMLElement | null;
	naReason: HTMLInputElement | null;
	note: HTMLTextAreaElement | null;
	clear: HTMLElement | null;
	due: HTMLElement | null;
	confirm: HTMLElement | null;
	checkedText: HTMLElement | null;
	checked: HTMLElement | null;
	checkedOn: HTMLInputElement | null;
	checkedMsg: HTMLElement | null;
	evidenceList: HTMLUListElement | null;
	evidenceInput: HTMLInputElement | null;
	evidenceAdd: HTMLButtonElement | null;
	evidenceMsg: HTMLElement | null;
	evidenceHint: string;
	suggestion: HTMLElement | null;
	/** The capability heading above it, hidden when the filter hides all its questions. */
	heading: HTMLElement | null;
}

/** An element with text, made without HTML parsing: every string shown here is untrusted. */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attrs: Record<string, string> = {}
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	return node;
}

class Questionnaire extends HTMLElement {
	#unsubscribe: (() => void)[] = [];
	#questions = new Map<string, Question>();
	#counters: { env: string; slot: Element }[] = [];
	/** The answers the DOM shows, to find what changed. */
	#shown: Answers = {};
	/** The notes written before answering, as last shown. */
	#shownPending: Record<string, string> = {};
	/** The interval and day the DOM's due marks were worked out for. */
	#dueFor = '';
	#filter: ShowFilter = 'all';
	#status: HTMLElement | null = null;
	#interval: HTMLSelectElement | null = null;
	#undo: HTMLButtonElement | null = null;
	#bankVersion = 1;
	#suggestionsShown: Readonly<Record<string, ShownSuggestion>> = {};

	connectedCallback(): void {
		this.#bankVersion = Number(this.dataset['bankVersion'] ?? '1');
		const form = this.querySelector('form');
		if (!form) return;
		let heading: HTMLElement | null = null;
		for (const node of form.querySelectorAll<HTMLElement>('h3.capability, .q')) {
			if (node.matches('h3')) {
				heading = node;
				continue;
			}
			const fieldset = node as HTMLFieldSetElement;
			const code = fieldset.dataset['code'] ?? '';
			const hint = fieldset.querySelector<HTMLElement>('[data-evidence-msg]');
			this.#questions.set(code, {
				code: Number(code),
				fieldset,
				env: fieldset.dataset['env'] ?? '',
				title: fieldset.querySelector('.q-title')?.textContent?.trim() ?? '',
				radios: [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
				naField: fieldset.querySelector('.na-field'),
				naReason: fieldset.querySelector('.na-reason'),
				note: fieldset.querySelector('.note'),
				clear: fieldset.querySelector('[data-clear]'),
				due: fieldset.querySelector('[data-due]'),
				confirm: fieldset.querySelector('[data-confirm]'),
				checkedText: fieldset.querySelector('[data-checked-text]'),
				checked: fieldset.querySelector('[data-checked]'),
				checkedOn: fieldset.querySelector('.checked-on'),
				checkedMsg: fieldset.querySelector('[data-checked-msg]'),
				evidenceList: fieldset.querySelector('[data-evidence-list]'),
				evidenceInput: fieldset.querySelector('.evidence-input'),
				evidenceAdd: fieldset.querySelector('[data-add-evidence]'),
				evidenceMsg: hint,
				evidenceHint: hint?.textContent?.trim() ?? '',
				suggestion: fieldset.querySelector('[data-suggestion]'),
				heading,
			});
		}
		for (const counter of this.querySelectorAll<HTMLElement>('[data-progress-for]')) {
			const slot = counter.querySelector('[data-answered]');
			if (slot) this.#counters.push({ env: counter.dataset['progressFor'] ?? '', slot });
		}
		this.#status = this.querySelector('[data-review-status]');
		this.#interval = this.querySelector('#review-interval');
		this.#undo = this.querySelector('[data-undo-confirm]');

		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('change', (event) => {
			const target = event.target;
			if (!(target instanceof HTMLInputElement)) return;
			const code = Number(target.closest<HTMLElement>('.q')?.dataset['code']);
			if (!code) return;
			if (target.type === 'radio') {
				const value = parseValue(target.value);
				if (value !== null) setAnswer(code, value, this.#bankVersion);
			} else if (target.classList.contains('checked-on')) {
				this.#changeCheckedOn(code, target);
			}
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
		form.addEventListener('keydown', (event) => {
			const target = event.target;
			if (
				event.key === 'Enter' &&
				target instanceof HTMLInputElement &&
				target.classList.contains('evidence-input')
			) {
				event.preventDefault();
				const code = Number(target.closest<HTMLElement>('.q')?.dataset['code']);
				if (code) this.#addEvidence(code);
			}
		});
		form.addEventListener('click', (event) => this.#click(event));

		this.querySelector('.show-filter')?.addEventListener('change', (event) => {
			const value = (event.target as HTMLInputElement).value as ShowFilter;
			if (SHOW_FILTERS.includes(value)) this.#applyFilter(value);
		});
		this.#interval?.addEventListener('change', () => {
			const raw = this.#interval?.value;
			const interval = raw === 'none' ? 'none' : Number(raw);
			if (isReviewInterval(interval)) setReviewInterval(interval);
		});
		this.querySelector('[data-confirm-all]')?.addEventListener('click', () => this.#confirmAll());
		this.#undo?.addEventListener('click', () => {
			const last = $lastConfirm.get();
			undoLastConfirm();
			if (this.#undo) this.#undo.hidden = true;
			this.querySelector<HTMLElement>('[data-confirm-all]')?.focus();
			this.#say(
				last
					? `Undone: ${last.count === 1 ? 'the answer has' : `${last.count} answers have`} their earlier "Checked on" dates again.`
					: ''
			);
		});

		this.#unsubscribe.push(
			$activeAssessment.subscribe((assessment) => this.render(assessment)),
			$suggestions.subscribe((suggestions) => this.#showSuggestions(suggestions))
		);
	}

	disconnectedCallback(): void {
		for (const stop of this.#unsubscribe) stop();
	}

	render(assessment: Assessment | null): void {
		const answers = assessment?.answers ?? {};
		const pending = assessment?.pendingNotes ?? {};
		const interval = assessment?.reviewInterval ?? DEFAULT_REVIEW_INTERVAL;
		const today = localToday();
		const dueFor = `${String(interval)} ${today}`;
		const all = dueFor !== this.#dueFor;
		this.#dueFor = dueFor;
		if (this.#interval && this.#interval.value !== String(interval)) {
			this.#interval.value = String(interval);
		}
		const shown = this.#shown;
		const shownPending = this.#shownPending;
		const codes = [shown, answers, shownPending, pending].flatMap((o) => Object.keys(o));
		for (const code of new Set(codes)) {
			if (all || answers[code] !== shown[code] || pending[code] !== shownPending[code])
				this.#show(code, answers[code], interval, today, pending[code]);
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
	#show(
		code: string,
		answer: ControlAnswer | undefined,
		interval: ReviewInterval,
		today: string,
		pendingNote = ''
	): void {
		const q = this.#questions.get(code);
		if (!q) return;
		const value = answer ? String(answer.value) : null;
		for (const radio of q.radios) radio.checked = radio.value === value;
		q.fieldset.classList.toggle('answered', Boolean(answer));
		if (q.naField) q.naField.hidden = answer?.value !== 'na';
		this.#syncText(q.naReason, answer?.naReason ?? '');
		this.#syncText(q.note, answer ? (answer.note ?? '') : pendingNote);
		if (q.clear) q.clear.hidden = !answer;
		if (q.due) q.due.hidden = !isAnswerDue(answer, interval, today);
		if (q.checked) q.checked.hidden = !answer;
		if (q.confirm) q.confirm.hidden = !answer;
		if (q.checkedText) {
			q.checkedText.hidden = !answer;
			q.checkedText.textContent = answer?.checkedOn
				? `Checked on ${answer.checkedOn}`
				: 'Checked on: not recorded';
		}
		if (q.checkedOn) {
			q.checkedOn.max = today;
			this.#syncText(q.checkedOn, answer?.checkedOn ?? '');
		}
		if (q.evidenceInput) q.evidenceInput.disabled = !answer;
		if (q.evidenceAdd) q.evidenceAdd.disabled = !answer;
		this.#showEvidence(q, answer?.evidence ?? []);
	}

	/** The evidence list: links (http and https only, as stored) and texts, each with Remove. */
	#showEvidence(q: Question, evidence: readonly Evidence[]): void {
		const list = q.evidenceList;
		if (!list) return;
		list.replaceChildren(
			...evidence.map((entry, index) => {
				const item = el('li');
				const shown = entry.kind === 'link' ? entry.url : entry.text;
				if (entry.kind === 'link' && /^https?:\/\//i.test(entry.url)) {
					item.append(el('a', entry.url, { href: entry.url, rel: 'noreferrer' }));
				} else {
					item.append(el('span', shown));
				}
				const remove = el('button', 'Remove', {
					type: 'button',
					class: 'secondary',
					'data-remove-evidence': String(index),
				});
				remove.append(el('span', ` evidence: ${shown}`, { class: 'visually-hidden' }));
				item.append(' ', remove);
				return item;
			})
		);
		list.hidden = evidence.length === 0;
	}

	#click(event: Event): void {
		const target = event.target as HTMLElement;
		const button = target.closest<HTMLButtonElement>('button');
		const fieldset = button?.closest<HTMLElement>('.q');
		const code = Number(fieldset?.dataset['code']);
		if (!button || !fieldset || !code) return;
		const q = this.#questions.get(String(code));
		if (button.hasAttribute('data-notes-toggle')) {
			const open = button.getAttribute('aria-expanded') !== 'true';
			button.setAttribute('aria-expanded', String(open));
			const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
			if (panel) panel.hidden = !open;
		} else if (button.hasAttribute('data-clear')) {
			setAnswer(code, null, this.#bankVersion);
			fieldset.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
		} else if (button.hasAttribute('data-confirm')) {
			const moved = confirmStillTrue([code]);
			this.#say(
				moved > 0
					? `Confirmed as still true: “${q?.title ?? ''}”, checked on today.`
					: `“${q?.title ?? ''}” is checked on today already.`
			);
		} else if (button.hasAttribute('data-add-evidence')) {
			this.#addEvidence(code);
		} else if (button.hasAttribute('data-remove-evidence')) {
			const index = Number(button.dataset['removeEvidence']);
			const list = $activeAssessment.get()?.answers[String(code)]?.evidence ?? [];
			setEvidence(
				code,
				list.filter((_, i) => i !== index)
			);
			q?.evidenceInput?.focus();
			this.#evidenceMessage(q, 'Evidence removed.');
		} else if (button.hasAttribute('data-accept')) {
			acceptSuggestion(code, this.#bankVersion);
			fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
		} else if (button.hasAttribute('data-dismiss')) {
			dismissSuggestion(code);
			(
				fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
				fieldset.querySelector<HTMLInputElement>('input[type="radio"]')
			)?.focus();
		}
	}

	#evidenceMessage(q: Question | undefined, text: string, problem = false): void {
		if (!q?.evidenceMsg) return;
		q.evidenceMsg.textContent = text || q.evidenceHint;
		q.evidenceMsg.classList.toggle('problem', problem);
		q.evidenceInput?.setAttribute('aria-invalid', String(problem));
	}

	#addEvidence(code: number): void {
		const q = this.#questions.get(String(code));
		const input = q?.evidenceInput;
		const answer = $activeAssessment.get()?.answers[String(code)];
		if (!q || !input || !answer) return;
		const checked = checkEvidenceInput(input.value);
		const added = checked.ok ? addEvidence(answer.evidence ?? [], checked.value) : checked;
		if (!added.ok) {
			this.#evidenceMessage(q, added.problem, true);
			return;
		}
		setEvidence(code, added.value);
		input.value = '';
		this.#evidenceMessage(q, `Evidence added (${added.value.length} of ${MAX_EVIDENCE}).`);
	}

	#changeCheckedOn(code: number, input: HTMLInputElement): void {
		const q = this.#questions.get(String(code));
		const problem = checkedOnProblem(input.value, localToday());
		input.setAttribute('aria-invalid', String(problem !== null));
		if (q?.checkedMsg) q.checkedMsg.textContent = problem ?? '';
		if (q?.checkedMsg) q.checkedMsg.classList.toggle('problem', problem !== null);
		if (problem === null) setCheckedOn(code, input.value.trim());
	}

	/** Shows or hides questions by the filter, and says how many are shown. */
	#applyFilter(filter: ShowFilter): void {
		this.#filter = filter;
		const assessment = $activeAssessment.get();
		const context = {
			interval: assessment?.reviewInterval ?? DEFAULT_REVIEW_INTERVAL,
			today: localToday(),
			suggested: new Set(Object.keys($suggestions.get()).map(Number)),
		};
		const answers = assessment?.answers ?? {};
		let shown = 0;
		const headings = new Map<HTMLElement, boolean>();
		for (const q of this.#questions.values()) {
			const visible = isShown(filter, q.code, answers, context);
			q.fieldset.hidden = !visible;
			if (visible) shown++;
			if (q.heading) headings.set(q.heading, (headings.get(q.heading) ?? false) || visible);
		}
		for (const [heading, visible] of headings) heading.hidden = !visible;
		const total = this.#questions.size;
		this.#say(
			filter === 'all'
				? `Showing all ${total} questions.`
				: shown === 0
					? `No ${FILTER_WORDS[filter]} on this page.`
					: `Showing ${shown} of ${total} questions: ${FILTER_WORDS[filter]}.`
		);
	}

	#confirmAll(): void {
		const codes = [...this.#questions.values()]
			.filter((q) => !q.fieldset.hidden)
			.map((q) => q.code);
		const count = confirmStillTrue(codes);
		if (this.#undo) this.#undo.hidden = count === 0;
		this.#say(
			count === 0
				? 'Nothing to confirm: the answers shown are checked on today already, or none is answered.'
				: `Confirmed ${count === 1 ? 'one answer' : `${count} answers`} as still true: checked on today.`
		);
	}

	#say(text: string): void {
		if (this.#status) this.#status.textContent = text;
	}

	/** Puts each waiting suggestion beside its question, with Accept and Dismiss. */
	#showSuggestions(suggestions: Readonly<Record<string, ShownSuggestion>>): void {
		const before = this.#suggestionsShown;
		this.#suggestionsShown = suggestions;
		let arrived = false;
		for (const code of new Set([...Object.keys(before), ...Object.keys(suggestions)])) {
			if (before[code] === suggestions[code]) continue;
			const q = this.#questions.get(code);
			if (!q?.suggestion) continue;
			const s = suggestions[code];
			q.suggestion.hidden = !s;
			if (!s) {
				q.suggestion.replaceChildren();
				continue;
			}
			arrived ||= !before[code];
			const id = `c${code}-suggestion`;
			const head = el('p', undefined, { id });
			head.append(el('strong', `Suggested by Scorecard: ${ANSWER_WORDS[s.level]}`));
			const detail = el(
				'p',
				`${s.repo}, ${s.date}: ${s.check} scored ${s.score} of 10` +
					(s.reason ? ` (“${s.reason}”)` : '') +
					(s.repositories > 1
						? `. The lowest stage of ${s.repositories} repositories; ${s.repo} set it.`
						: '.')
			);
			const accept = el('button', 'Accept', {
				type: 'button',
				'data-accept': '',
				'aria-describedby': `${id} c${code}-title`,
			});
			const dismiss = el('button', 'Dismiss', {
				type: 'button',
				class: 'secondary',
				'data-dismiss': '',
				'aria-describedby': `${id} c${code}-title`,
			});
			q.suggestion.replaceChildren(head, detail, accept, dismiss);
		}
		// A filter on suggestions follows them as they arrive (but not as they are accepted or
		// dismissed, which would hide the question the person is working on).
		if (arrived && this.#filter === 'suggested') this.#applyFilter('suggested');
	}

	/** Updates a text field from the store without moving the caret of the person typing in it. */
	#syncText(field: HTMLInputElement | HTMLTextAreaElement | null, text: string): void {
		if (field && document.activeElement !== field && field.value !== text) field.value = text;
	}
}

if (!customElements.get('tl-questionnaire'))
	customElements.define('tl-questionnaire', Questionnaire);
