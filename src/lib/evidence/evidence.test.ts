import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	addEvidence,
	checkEvidenceInput,
	checkEvidenceLink,
	checkEvidenceText,
	cleanEvidenceList,
	MAX_EVIDENCE,
	MAX_EVIDENCE_TEXT,
	MAX_LINK_LENGTH,
	type Evidence,
} from './evidence';

const problem = (outcome: { ok: boolean; problem?: string }) =>
	outcome.ok ? null : outcome.problem;
const link = (url: string): Evidence => ({ kind: 'link', url });
const text = (t: string): Evidence => ({ kind: 'text', text: t });

describe('checkEvidenceLink', () => {
	test.each([
		[
			'https://wiki.example.org/runbooks/branch-rules',
			'https://wiki.example.org/runbooks/branch-rules',
		],
		['  HTTPS://Example.ORG  ', 'https://example.org/'],
		['http://intranet.local/reviews?id=7#top', 'http://intranet.local/reviews?id=7#top'],
		['https://example.org/a b', 'https://example.org/a%20b'],
		['https://bücher.example/', 'https://xn--bcher-kva.example/'],
	])('keeps %j as %j', (input, url) => {
		expect(checkEvidenceLink(input)).toEqual({ ok: true, value: { kind: 'link', url } });
	});

	test.each([
		['javascript:alert(1)', 'javascript:'],
		['JaVaScRiPt:alert(document.cookie)', 'javascript:'],
		['java\nscript:alert(1)', 'javascript:'],
		['\tjavascript:alert(1)', 'javascript:'],
		['data:text/html,<script>alert(1)</script>', 'data:'],
		['vbscript:msgbox(1)', 'vbscript:'],
		['file:///etc/passwd', 'file:'],
		['ftp://files.example.org/report.pdf', 'ftp:'],
		['mailto:security@example.org', 'mailto:'],
	])('refuses %j, naming its scheme', (input, scheme) => {
		expect(problem(checkEvidenceLink(input))).toBe(
			`Only http and https links can be evidence; a “${scheme}” link is not allowed.`
		);
	});

	test.each([
		['', 'Enter a link, starting with https://.'],
		['   ', 'Enter a link, starting with https://.'],
		['example.org/runbook', '“example.org/runbook” is not a full link; start it with https://.'],
		['https://', 'This is not a valid link.'],
		['http://exa mple.org', 'This is not a valid link.'],
		[
			'https://alice:secret@example.org/',
			'The link holds a user name or password, which would travel with the assessment; remove them.',
		],
		[
			`https://example.org/${'a'.repeat(MAX_LINK_LENGTH)}`,
			`The link is too long (${MAX_LINK_LENGTH + 20} characters); evidence links are at most ${MAX_LINK_LENGTH}.`,
		],
	])('refuses %j with a message', (input, message) => {
		expect(problem(checkEvidenceLink(input))).toBe(message);
	});

	test('never throws, and keeps only http and https links that read back as themselves', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 80 }),
					fc.webUrl({ withFragments: true, withQueryParameters: true }),
					fc
						.tuple(
							fc.constantFrom(
								'javascript',
								'JAVASCRIPT',
								'data',
								'vbscript',
								'java\tscript',
								' javascript'
							),
							fc.string()
						)
						.map(([scheme, rest]) => `${scheme}:${rest}`)
				),
				(input) => {
					const outcome = checkEvidenceLink(input);
					if (!outcome.ok) {
						expect(outcome.problem).toMatch(/^[A-Z“].*\.$/s);
						return;
					}
					const url = new URL(outcome.value.url);
					expect(['http:', 'https:']).toContain(url.protocol);
					expect(url.href).toBe(outcome.value.url);
					expect(url.username + url.password).toBe('');
					expect(checkEvidenceLink(outcome.value.url)).toEqual(outcome);
				}
			),
			{ numRuns: 3000 }
		);
	});

	test('accepts every ordinary web address', () => {
		fc.assert(
			fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => {
				expect(checkEvidenceLink(url).ok).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('checkEvidenceText', () => {
	test('keeps short text, cleaned of control and bidirectional characters', () => {
		expect(checkEvidenceText('  Ruleset “main-protection”\u202E checked by Sam\u0007  ')).toEqual({
			ok: true,
			value: { kind: 'text', text: 'Ruleset “main-protection” checked by Sam' },
		});
	});

	test('refuses empty text and text over the limit, saying how long it is', () => {
		expect(problem(checkEvidenceText(' \n '))).toBe('Enter some text, or a link.');
		expect(problem(checkEvidenceText('x'.repeat(MAX_EVIDENCE_TEXT)))).toBeNull();
		expect(problem(checkEvidenceText('😀'.repeat(MAX_EVIDENCE_TEXT)))).toBeNull();
		expect(problem(checkEvidenceText('x'.repeat(MAX_EVIDENCE_TEXT + 1)))).toBe(
			'The text is too long (301 characters); evidence text is at most 300. Link to a longer document instead.'
		);
	});
});

describe('checkEvidenceInput', () => {
	test.each([
		['https://example.org/x', link('https://example.org/x')],
		['www.example.org/x', link('https://www.example.org/x')],
		['Owner: platform team', text('Owner: platform team')],
		['See ruleset 12 on https://example.org', text('See ruleset 12 on https://example.org')],
		['note:reviewed', text('note:reviewed')],
	])('reads %j as %j', (input, value) => {
		expect(checkEvidenceInput(input)).toEqual({ ok: true, value });
	});

	test.each([
		["javascript:alert('a b')"],
		['data:text/html;base64,PHNjcmlwdD4='],
		['java\nscript:alert(1)'],
	])('refuses %j as a link, never keeping it as text', (input) => {
		expect(problem(checkEvidenceInput(input))).toMatch(
			/^Only http and https links can be evidence/
		);
	});
});

describe('addEvidence', () => {
	test(`holds at most ${MAX_EVIDENCE} entries per answer`, () => {
		let list: Evidence[] = [];
		for (let i = 1; i <= MAX_EVIDENCE; i++) {
			const added = addEvidence(list, text(`item ${i}`));
			expect(added.ok).toBe(true);
			if (added.ok) list = added.value;
		}
		expect(problem(addEvidence(list, text('one more')))).toBe(
			'An answer holds at most 5 pieces of evidence; remove one first.'
		);
		expect(list).toHaveLength(5);
	});

	test('refuses the same evidence twice, and leaves the list unchanged', () => {
		const list = [link('https://example.org/'), text('Ruleset 12')];
		expect(problem(addEvidence(list, link('https://example.org/')))).toBe(
			'The answer already has this evidence.'
		);
		expect(addEvidence(list, text('https://example.org/')).ok).toBe(true);
		expect(list).toHaveLength(2);
	});
});

describe('cleanEvidenceList', () => {
	test('keeps valid entries, drops unsafe and broken ones and counts them', () => {
		expect(
			cleanEvidenceList([
				{ kind: 'link', url: 'https://example.org/a' },
				{ kind: 'link', url: 'javascript:alert(1)' },
				{ kind: 'text', text: '  Checked with the platform team  ' },
				{ kind: 'text', text: '' },
				{ kind: 'image', src: 'x' },
				'https://example.org/b',
				null,
				{ kind: 'link', url: 'https://example.org/a' },
			])
		).toEqual({
			evidence: [link('https://example.org/a'), text('Checked with the platform team')],
			dropped: 6,
		});
	});

	test('cuts long text rather than dropping it, and keeps only the first five entries', () => {
		const { evidence, dropped } = cleanEvidenceList([
			{ kind: 'text', text: 'y'.repeat(1000) },
			...Array.from({ length: 6 }, (_, i) => ({ kind: 'text', text: `entry ${i}` })),
		]);
		expect(evidence).toHaveLength(5);
		expect(evidence[0]).toEqual(text('y'.repeat(MAX_EVIDENCE_TEXT)));
		expect(dropped).toBe(2);
	});

	test('reads nothing as no evidence, and anything but a list as one dropped entry', () => {
		expect(cleanEvidenceList(undefined)).toEqual({ evidence: [], dropped: 0 });
		expect(cleanEvidenceList(null)).toEqual({ evidence: [], dropped: 0 });
		expect(cleanEvidenceList({ kind: 'text', text: 'x' })).toEqual({ evidence: [], dropped: 1 });
	});

	test('never throws, returns at most five valid entries, and is idempotent', () => {
		const entryArb = fc.oneof(
			fc.record({ kind: fc.constant('link'), url: fc.oneof(fc.webUrl(), fc.string()) }),
			fc.record({ kind: fc.constant('text'), text: fc.string({ unit: 'binary', maxLength: 400 }) }),
			fc.anything()
		);
		fc.assert(
			fc.property(fc.oneof(fc.array(entryArb, { maxLength: 9 }), fc.anything()), (input) => {
				const { evidence } = cleanEvidenceList(input);
				expect(evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE);
				for (const entry of evidence) {
					if (entry.kind === 'link') expect(checkEvidenceLink(entry.url).ok).toBe(true);
					else expect(checkEvidenceText(entry.text)).toEqual({ ok: true, value: entry });
				}
				expect(cleanEvidenceList(evidence)).toEqual({ evidence, dropped: 0 });
			}),
			{ numRuns: 2000 }
		);
	});
});
