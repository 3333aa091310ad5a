// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import PracticeQuiz from './PracticeQuiz';
import type { QuizQuestionData } from '../../lib/learn/model';

const QUESTIONS: QuizQuestionData[] = [1, 2, 3, 4, 5].map((n) => ({
	id: `q-${n}`,
	scenario: `Scenario number ${n} happens during a normal working day.`,
	question: `What do you do in case ${n}?`,
	options: [
		{
			text: `Right answer ${n}`,
			correct: true,
			explanation: `Why the right answer ${n} is right.`,
		},
		{
			text: `Wrong answer ${n}`,
			correct: false,
			explanation: `Why the wrong answer ${n} is wrong.`,
		},
		{
			text: `Other answer ${n}`,
			correct: false,
			explanation: `Why the other answer ${n} is wrong.`,
		},
	],
	controls: [{ href: '/guides/protected-branches/', label: 'Protect main and release branches' }],
	threats: [
		{ href: '/threats/privileged-credential-hijack/', label: 'Privileged credential hijack' },
	],
}));

afterEach(cleanup);

/** The current question and its options, in display order (to compare arrangements). */
function arrangement(): string {
	const labels = [...document.querySelectorAll('.quiz-option label')].map((l) =>
		l.textContent.trim()
	);
	return `${current()}: ${labels.join(' | ')}`;
}

/** The number in the current question's scenario. */
function current(): number {
	return Number(/number (\d)/.exec(document.querySelector('.quiz-scenario')!.textContent)![1]);
}

function answer(right: boolean) {
	const n = current();
	fireEvent.click(screen.getByLabelText(new RegExp(`${right ? 'Right' : 'Wrong'} answer ${n}$`)));
	fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
}

describe('the knowledge check', () => {
	test('asks for a choice before checking', () => {
		render(<PracticeQuiz idPrefix="t" questions={QUESTIONS} />);
		fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(screen.getByRole('alert').textContent).toBe('Choose an answer first.');
	});

	test('gives immediate feedback with an explanation for every option and the links', () => {
		render(<PracticeQuiz idPrefix="t" questions={QUESTIONS} />);
		const n = current();
		answer(false);
		expect(screen.getByRole('heading', { level: 4 }).textContent).toContain('Not quite.');
		expect(document.activeElement).toBe(screen.getByRole('heading', { level: 4 }));
		for (const kind of ['right', 'wrong', 'other']) {
			expect(
				screen.getByText(`Why the ${kind} answer ${n} is ${kind === 'right' ? 'right' : 'wrong'}.`)
			).toBeTruthy();
		}
		expect(screen.getByText('Your answer')).toBeTruthy();
		expect(screen.getByText('Correct answer')).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Protect main and release branches' })).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Privileged credential hijack' })).toBeTruthy();
	});

	test('scores the attempt against the pass mark and retries in a new order', () => {
		render(<PracticeQuiz idPrefix="t" questions={QUESTIONS} />);
		const firstOrder: string[] = [];
		for (let i = 0; i < 5; i++) {
			firstOrder.push(arrangement());
			answer(i !== 0);
			fireEvent.click(
				screen.getByRole('button', { name: i < 4 ? 'Next question' : 'See your score' })
			);
		}
		const score = screen.getByRole('heading', { name: /^Your score/ });
		expect(score.textContent).toBe('Your score: 4 of 5 (80 %)');
		expect(document.activeElement).toBe(score);
		expect(screen.getByText('Passed.')).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: 'Retry with a new order' }));
		expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Question 1 of 5');
		expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3 }));
		const secondOrder: string[] = [];
		for (let i = 0; i < 5; i++) {
			secondOrder.push(arrangement());
			answer(i > 1);
			fireEvent.click(
				screen.getByRole('button', { name: i < 4 ? 'Next question' : 'See your score' })
			);
		}
		// Questions and options both move: the same arrangement again has odds of about one in a million.
		expect(secondOrder).not.toEqual(firstOrder);
		expect(screen.getByRole('heading', { name: /^Your score/ }).textContent).toBe(
			'Your score: 3 of 5 (60 %)'
		);
		expect(screen.getByText('Not passed yet.')).toBeTruthy();
	});
});
