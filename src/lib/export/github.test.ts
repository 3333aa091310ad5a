import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { ActionItem } from './actions';
import {
	githubIssueUrl,
	issueBody,
	issueTitle,
	MAX_LINK_LENGTH,
	MAX_TITLE_LENGTH,
	parseRepository,
} from './github';
import { isRepository } from './repository';
import { hostileAssessment, hostileBank, itemsOf, longText, ORIGIN } from './tracker-fixtures';

/** The title, body and labels GitHub's form receives from a link. */
function formOf(url: string) {
	const parsed = new URL(url);
	return {
		path: `${parsed.origin}${parsed.pathname}`,
		title: parsed.searchParams.get('title'),
		body: parsed.searchParams.get('body'),
		labels: parsed.searchParams.get('labels'),
	};
}

const first = (items: ActionItem[]): ActionItem => {
	const item = items[0];
	if (!item) throw new Error('no items');
	return item;
};

describe('parseRepository', () => {
	test.each([
		['contoso/payments', 'contoso/payments'],
		['  contoso/payments  ', 'contoso/payments'],
		['https://github.com/contoso/payments', 'contoso/payments'],
		['https://github.com/contoso/payments/', 'contoso/payments'],
		['github.com/contoso/payments.git', 'contoso/payments'],
		['https://www.github.com/Contoso-Ltd/my.repo_2', 'Contoso-Ltd/my.repo_2'],
	])('accepts %j as %j', (input, repository) => {
		expect(parseRepository(input)).toEqual({ ok: true, repository });
	});

	test.each([
		['', /^Enter the GitHub repository: enter it as owner\/name/],
		['payments', /“payments” is not a GitHub repository/],
		['contoso/payments/issues', /is not a GitHub repository/],
		['-contoso/payments', /is not a GitHub repository/],
		['con--toso/payments', /is not a GitHub repository/],
		['contoso/..', /is not a GitHub repository/],
		['contoso/pay ments', /is not a GitHub repository/],
		['contoso/pay?ments=1', /is not a GitHub repository/],
		['my.org/payments', /“my.org\/payments” is not a GitHub repository/],
		['dev.azure.com/contoso/payments', /Only repositories on github.com/],
		['https://gitlab.com/contoso/payments', /Only repositories on github.com/],
		['javascript:alert(1)//x/y', /Only repositories on github.com/],
	])('refuses %j with a message saying what to enter', (input, message) => {
		const check = parseRepository(input);
		expect(check.ok).toBe(false);
		if (!check.ok) {
			expect(check.message).toMatch(message);
			expect(check.message).toContain('contoso/payments');
		}
	});

	test('never throws and accepts only owner/name of the allowed characters', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (input) => {
				const check = parseRepository(input);
				if (check.ok)
					expect(check.repository).toMatch(/^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/);
				else expect(check.message.length).toBeGreaterThan(0);
			})
		);
	});

	test('agrees with isRepository, the check saved assessments go through', () => {
		const repositoryLike = fc
			.tuple(
				fc.stringMatching(/^[A-Za-z0-9.-]{0,41}$/),
				fc.stringMatching(/^[A-Za-z0-9._/-]{0,102}$/)
			)
			.map(([owner, name]) => `${owner}/${name}`);
		fc.assert(
			fc.property(fc.oneof(repositoryLike, fc.string({ maxLength: 60 })), (input) => {
				const check = parseRepository(input);
				// Whatever the field saves is accepted when read back, and what is read back is
				// exactly what the field would save.
				if (check.ok) expect(isRepository(check.repository)).toBe(true);
				if (isRepository(input)) expect(check).toEqual({ ok: true, repository: input });
			}),
			{ numRuns: 500 }
		);
	});
});

describe('issueBody', () => {
	test('returns the step, the next stage, the threats, the guide and the source in Markdown', () => {
		expect(issueBody(first(itemsOf()))).toBe(
			[
				'Raise “Build provenance” (control 202, DevOps platform) from Traditional to Initial. The target for this environment is Optimal.',
				'',
				'### What Initial looks like',
				'',
				'some',
				'',
				'### Threats it mitigates',
				'',
				'- Tampered build (High)',
				'',
				'### How to get there',
				'',
				`Follow the guide: ${ORIGIN}/guides/build-provenance-attestations/#from-traditional-to-initial`,
				'',
				'---',
				'',
				'Action 1 of 2 from the Trustline assessment Payments team (2026-11-26), priority 36 (weight × (1 + severities of the threats mitigated) × stages to climb).',
				'',
			].join('\n')
		);
	});

	test('returns hostile text escaped: no HTML tag, link or emphasis survives', () => {
		const body = issueBody(first(itemsOf(hostileAssessment(), hostileBank())));
		expect(body).not.toMatch(/(^|[^\\])<img/);
		expect(body).toContain('\\<img');
		expect(body).toContain('\\[click\\](https://evil.example)');
		expect(body).toContain('\\*\\*bold\\*\\*');
		expect(body).not.toMatch(/[\u202e\u2066\u2069]/);
		expect(body.isWellFormed()).toBe(true);
	});
});

describe('issueTitle', () => {
	test('returns one line of at most 256 characters', () => {
		const [item] = itemsOf(hostileAssessment(), hostileBank('x\n'.repeat(400)));
		const title = item ? issueTitle(item) : '';
		expect(title).not.toMatch(/[\n\r]/);
		expect([...title].length).toBe(MAX_TITLE_LENGTH);
		expect(title.endsWith('…')).toBe(true);
	});
});

describe('githubIssueUrl', () => {
	test("returns GitHub's new-issue form with the title, the body and the labels", () => {
		const item = first(itemsOf());
		const url = githubIssueUrl('contoso/payments', item);
		expect(formOf(url)).toEqual({
			path: 'https://github.com/contoso/payments/issues/new',
			title: 'Build provenance: from Traditional to Initial',
			body: issueBody(item),
			labels: 'trustline,devops-platform',
		});
		expect(url.length).toBeLessThan(MAX_LINK_LENGTH);
	});

	test('returns hostile text percent-encoded, so nothing breaks out of its parameter', () => {
		const item = first(itemsOf(hostileAssessment(), hostileBank()));
		const url = githubIssueUrl('contoso/payments', item);
		expect(url).toMatch(
			/^https:\/\/github\.com\/contoso\/payments\/issues\/new\?title=[^&#]*&labels=[^&#]*&body=[^&#]*$/
		);
		const form = formOf(url);
		expect(form.title).toBe(issueTitle(item));
		expect(form.labels).toBe('trustline,developer-environment');
	});

	test('returns a link under 8,000 characters whose body ends with a pointer to the guide', () => {
		const item = first(itemsOf(hostileAssessment(), hostileBank('😀 %&'.repeat(3000))));
		const url = githubIssueUrl('contoso/payments', item);
		expect(url.length).toBeLessThan(MAX_LINK_LENGTH);
		const body = formOf(url).body ?? '';
		expect(issueBody(item).startsWith(body.slice(0, 200))).toBe(true);
		expect(body).toMatch(
			/\*\*Shortened to fit in a link\.\*\* The whole step is in the guide: https:\/\/trustline\.example\/guides\/guide-1\/#from-traditional-to-initial\n$/
		);
	});

	test('returns a body cut at a space when one is near the cut', () => {
		const item = first(itemsOf(hostileAssessment('Team'), hostileBank('word '.repeat(4000))));
		const body = formOf(githubIssueUrl('contoso/payments', item)).body ?? '';
		expect(body).toMatch(/word\n\n…\n\n\*\*Shortened/);
	});

	test('returns links under 8,000 characters for any long or hostile text, keeping the guide', () => {
		fc.assert(
			fc.property(longText(5000), longText(300), (text, name) => {
				for (const item of itemsOf(hostileAssessment(name), hostileBank(text))) {
					const url = githubIssueUrl(
						'a-very-long-owner-name-of-39-characters/' + 'r'.repeat(100),
						item
					);
					expect(url.length).toBeLessThan(MAX_LINK_LENGTH);
					const form = formOf(url);
					expect(form.title).toBe(issueTitle(item));
					expect(form.body).toContain(item.guideUrl);
					const whole = issueBody(item);
					if (form.body !== whole) expect(form.body).toContain('Shortened to fit in a link');
				}
			}),
			{ numRuns: 25 }
		);
	});
});
