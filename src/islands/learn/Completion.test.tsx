// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import Completion from './Completion';
import { encodeCompletion } from '../../lib/learn/link';

const MODULES = ['introduction', 'developer'].map((id) => ({
	id,
	title: id === 'developer' ? 'Developer environment' : 'Zero Trust in DevOps',
	questions: [
		{ id: `${id}-q`, options: [{ correct: true }, { correct: false }, { correct: false }] },
	],
}));

afterEach(() => {
	cleanup();
	history.replaceState(null, '', '/learn/completion/');
});

describe('Completion', () => {
	test('shows a shared summary read-only, with the self-report warning and the name as text', async () => {
		const fragment = encodeCompletion({
			name: '<b>Sam</b>',
			date: '2026-03-10',
			modules: [
				{ id: 'developer', passedOn: '2026-03-05', correct: 1, total: 1 },
				{ id: 'retired-module', passedOn: '2026-03-01', correct: 8, total: 8 },
			],
		});
		history.replaceState(null, '', `/learn/completion/#${fragment}`);
		render(<Completion modules={MODULES} />);

		await waitFor(() => screen.getByRole('heading', { name: 'Shared completion summary' }));
		expect(screen.getByText('Self-report, not a certificate.')).toBeTruthy();
		expect(screen.getByText('<b>Sam</b>')).toBeTruthy();
		expect(document.querySelector('b')).toBeNull();
		expect(screen.getByRole('link', { name: 'Developer environment' })).toBeTruthy();
		expect(screen.getByText('5 March 2026')).toBeTruthy();
		expect(screen.getByText(/A module this site no longer has/)).toBeTruthy();
	});

	test('shows a clear alert for a damaged link', async () => {
		history.replaceState(null, '', '/learn/completion/#l.AQAAAAAAAAAA');
		render(<Completion modules={MODULES} />);
		const alert = await waitFor(() => screen.getByRole('alert'));
		expect(alert.textContent).toContain('This completion link could not be opened');
		expect(screen.getByRole('button', { name: 'Show my own summary instead' })).toBeTruthy();
	});

	test('shows the learner their own summary without a link', async () => {
		render(<Completion modules={MODULES} />);
		await waitFor(() => screen.getByRole('heading', { name: 'Your summary' }));
		expect(screen.getByText('0 of 2 modules passed.')).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Create share link' })).toBeNull();
	});
});
