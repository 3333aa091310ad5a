// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import Tour from './Tour';
import type { TourStepData } from '../../lib/learn/model';

const STEPS: TourStepData[] = [
	{
		kind: 'flow',
		title: 'Code starts here',
		text: 'A flow step with enough text to read.',
		threat: null,
	},
	{
		kind: 'threat',
		title: 'Credential hijack',
		text: 'A threat step with enough text to read.',
		threat: {
			href: '/threats/privileged-credential-hijack/',
			label: 'Privileged credential hijack',
		},
	},
	{ kind: 'flow', title: 'The end', text: 'The last step with enough text to read.', threat: null },
];

afterEach(() => {
	cleanup();
	localStorage.clear();
});

describe('Tour', () => {
	test('shows one step at a time and moves with Next and Previous', () => {
		render(<Tour moduleId="developer" steps={STEPS} />);
		expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Code starts here');
		expect(screen.getByText('Step 1 of 3')).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Credential hijack');
		expect(
			screen.getByRole('link', { name: 'Privileged credential hijack' }).getAttribute('href')
		).toBe('/threats/privileged-credential-hijack/');

		fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
		expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Code starts here');
	});

	test('announces the step in a polite live region after a move, not on load', () => {
		const { container } = render(<Tour moduleId="developer" steps={STEPS} />);
		const live = container.querySelector('[aria-live="polite"]')!;
		expect(live.textContent).toBe('');
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(live.textContent).toBe('Step 2 of 3: Credential hijack');
	});

	test('keeps the end buttons focusable but inert, with aria-disabled', () => {
		render(<Tour moduleId="developer" steps={STEPS} />);
		const previous = screen.getByRole('button', { name: 'Previous' });
		expect(previous.getAttribute('aria-disabled')).toBe('true');
		expect(previous.hasAttribute('disabled')).toBe(false);
		fireEvent.click(previous);
		expect(screen.getByText('Step 1 of 3')).toBeTruthy();
	});

	test('moves with the arrow keys and marks the tour as seen at the last step', () => {
		render(<Tour moduleId="developer" steps={STEPS} />);
		const next = screen.getByRole('button', { name: 'Next' });
		fireEvent.keyDown(next, { key: 'ArrowRight' });
		fireEvent.keyDown(next, { key: 'ArrowRight' });
		expect(screen.getByText('Step 3 of 3')).toBeTruthy();
		expect(next.getAttribute('aria-disabled')).toBe('true');
		expect(
			JSON.parse(localStorage.getItem('trustline:learn') ?? 'null').modules.developer.tourDone
		).toBe(true);
		fireEvent.keyDown(next, { key: 'ArrowLeft' });
		expect(screen.getByText('Step 2 of 3')).toBeTruthy();
	});
});
