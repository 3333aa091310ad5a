// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const KEY = 'trustline:assessments';

/** The stores as a page that has just loaded them sees them. */
async function freshStores() {
	vi.resetModules();
	return { s: await import('./assessments'), repo: await import('./repository') };
}

describe('setRepository', () => {
	beforeEach(() => localStorage.clear());
	afterEach(() => localStorage.clear());

	test('saves the repository with the active assessment and reads it back after a reload', async () => {
		const old = {
			id: 'a',
			name: 'Payments team',
			createdAt: '2026-11-01T00:00:00.000Z',
			updatedAt: '2026-11-01T00:00:00.000Z',
			bankVersion: 2,
			targets: { developer: 2, platform: 2, application: 2 },
			answers: { '5': { value: 1 } },
		};
		// Data saved before the field existed loads as it is.
		localStorage.setItem(KEY, JSON.stringify({ schema: 2, activeId: 'a', assessments: [old] }));
		const { s, repo } = await freshStores();
		const stop = s.$activeAssessment.listen(() => {});
		expect(s.$activeAssessment.get()).toEqual(old);

		repo.setRepository('contoso/payments');

		const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		expect(saved.assessments[0]).toEqual({ ...old, repository: 'contoso/payments' });
		stop();
		const { s: reloaded, repo: repo2 } = await freshStores();
		const stop2 = reloaded.$activeAssessment.listen(() => {});
		expect(reloaded.$activeAssessment.get()?.repository).toBe('contoso/payments');
		repo2.setRepository('');
		expect(JSON.parse(localStorage.getItem(KEY) ?? 'null').assessments[0]).toEqual(old);
		stop2();
	});
});
