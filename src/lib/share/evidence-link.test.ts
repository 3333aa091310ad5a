import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { openLink, sealFragment } from '../links/envelope';
import { ByteWriter, utf8 } from '../bytes/bytes';
import { deflate } from '../bytes/deflate';
import { realBank } from '../../test/content';
import { answerArb } from '../export/fixtures';
import type { Answers } from '../model';
import { decodeResult, decodeUnguarded, encodeResult, RESULT_LINK } from './codec';
import { withEvidence } from './evidence-link';
import {
	dayNumber,
	normalizeShared,
	validateShared,
	versionCodes,
	type SharedResult,
} from './shared';
import { fakeBank } from './fixtures';

const SMALL = fakeBank(1, [1, 2, 3, 4, 5, 6, 7]);

const base = (answers: Answers, extra: Partial<SharedResult> = {}): SharedResult => ({
	bankVersion: 1,
	name: 'Payments team',
	date: '2026-11-30',
	targets: { developer: 2, platform: 2, application: 2 },
	answers,
	...extra,
});

const WITH_EVIDENCE = base(
	{
		'1': {
			value: 2,
			note: 'Reviewed with the platform team',
			checkedOn: '2026-11-02',
			evidence: [
				{ kind: 'link', url: 'https://github.com/acme/web/settings/branches' },
				{ kind: 'text', text: 'Ruleset "main" requires one review' },
			],
		},
		'2': { value: 'na', naReason: 'No pipelines', checkedOn: '2026-06-01' },
		'3': { value: 1 },
		'5': { value: 'unknown', checkedOn: '2025-12-31' },
	},
	{ reviewInterval: 3 }
);

const payload = (fragment: string) => {
	const opened = openLink(fragment, RESULT_LINK);
	if (!opened.ok) throw new Error(opened.reason);
	return opened.payload;
};

describe('result links with notes and evidence', () => {
	test('carry evidence, checked-on days and the review interval when notes are included', async () => {
		const fragment = await encodeResult(WITH_EVIDENCE, SMALL, { includeNotes: true });
		expect(payload(fragment)[0]).toBe(3);
		const outcome = await decodeResult(fragment, SMALL);
		expect(outcome).toEqual({ ok: true, result: WITH_EVIDENCE, warnings: [] });
	});

	test('leave evidence, days and interval out, byte for byte as before, when notes are not included', async () => {
		const plain = base({
			'1': { value: 2 },
			'2': { value: 'na' },
			'3': { value: 1 },
			'5': { value: 'unknown' },
		});
		const fragment = await encodeResult(WITH_EVIDENCE, SMALL);
		expect(fragment).toBe(await encodeResult(plain, SMALL));
		expect(payload(fragment)[0]).toBe(2);
		expect(await decodeResult(fragment, SMALL)).toEqual({
			ok: true,
			result: plain,
			warnings: [],
		});
	});

	test('stay format 2 when included notes come with no evidence, days or interval', async () => {
		const notesOnly = base({ '1': { value: 2, note: 'n' }, '2': { value: 'na', naReason: 'r' } });
		const fragment = await encodeResult(notesOnly, SMALL, { includeNotes: true });
		expect(payload(fragment)[0]).toBe(2);
		expect(await decodeResult(fragment, SMALL)).toMatchObject({
			ok: true,
			result: notesOnly,
		});
	});

	test('keep only http and https evidence links, and days a link can carry', async () => {
		const raw = base({
			'1': {
				value: 3,
				checkedOn: '2019-12-31',
				evidence: [
					{ kind: 'link', url: 'javascript:alert(1)' },
					{ kind: 'link', url: 'data:text/html,<script>alert(1)</script>' },
					{ kind: 'link', url: 'HTTPS://Example.org/a b' },
				],
			},
		});
		const outcome = await decodeResult(
			await encodeResult(raw, SMALL, { includeNotes: true }),
			SMALL
		);
		expect(outcome.ok && outcome.result.answers['1']).toEqual({
			value: 3,
			evidence: [{ kind: 'link', url: 'https://example.org/a%20b' }],
		});
	});

	const ALL = base(
		Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((c) => [String(c), { value: 1 as const }]))
	);

	/** A format-3 link of ALL with `section` as its evidence section (compressed unless told). */
	async function withSection(section: Uint8Array, compress = true): Promise<string> {
		const bytes = new ByteWriter()
			.bytes(payload(await encodeResult(ALL, SMALL)))
			.block(compress ? await deflate(section) : section)
			.finish();
		bytes[0] = 3;
		return sealFragment('r.', bytes);
	}

	test('leave out a hostile link in the evidence section, and say so', async () => {
		const js = utf8('javascript:alert(document.domain)');
		const ok = utf8('https://example.org/');
		const section = new ByteWriter()
			.u8(3)
			.varint(0)
			.varint(dayNumber('2026-11-04')! + 1)
			.varint(2)
			.varint(js.length * 2 + 1)
			.bytes(js)
			.varint(ok.length * 2 + 1)
			.bytes(ok)
			.finish();
		const outcome = await decodeResult(await withSection(section), SMALL);
		if (!outcome.ok) throw new Error(outcome.message);
		expect(outcome.result.answers['1']).toEqual({
			value: 1,
			checkedOn: '2026-11-04',
			evidence: [{ kind: 'link', url: 'https://example.org/' }],
		});
		expect(outcome.result.reviewInterval).toBe(6);
		expect(outcome.warnings).toEqual([
			{
				reason: 'unsafe-evidence',
				message:
					'An evidence link in this result was left out: only http and https links can be evidence (a javascript: or data: link could run or show anything).',
			},
		]);
	});

	test('count every link that is not http or https, however it is disguised', async () => {
		const w = new ByteWriter().u8(0).varint(0).varint(0).varint(3);
		for (const url of [
			'data:text/html,<script>alert(1)</script>',
			' java\nscript:alert(1)',
			'https://example.org/x',
		]) {
			const bytes = utf8(url);
			w.varint(bytes.length * 2 + 1).bytes(bytes);
		}
		const outcome = await decodeResult(await withSection(w.finish()), SMALL);
		if (!outcome.ok) throw new Error(outcome.message);
		expect(outcome.result.answers['1']?.evidence).toEqual([
			{ kind: 'link', url: 'https://example.org/x' },
		]);
		expect(outcome.warnings.map((x) => x.message)).toEqual([
			'2 evidence links in this result were left out: only http and https links can be evidence (a javascript: or data: link could run or show anything).',
		]);
	});

	test.each<[string, Uint8Array, boolean]>([
		['not DEFLATE', utf8('plain'), false],
		['an unknown review interval', new Uint8Array([9]), true],
		[
			'a record past the last control',
			new ByteWriter().u8(1).varint(7).varint(0).varint(0).finish(),
			true,
		],
		['six entries', new ByteWriter().u8(1).varint(0).varint(0).varint(6).finish(), true],
		['a day past 2199', new ByteWriter().u8(1).varint(0).varint(70_000).varint(0).finish(), true],
		[
			'an entry cut short',
			new ByteWriter().u8(1).varint(0).varint(0).varint(1).varint(40).finish(),
			true,
		],
		['nothing at all', new Uint8Array(0), true],
	])('open the answers without a section holding %s, and say so', async (_, section, compress) => {
		const outcome = await decodeResult(await withSection(section, compress), SMALL);
		if (!outcome.ok) throw new Error(outcome.message);
		expect(Object.values(outcome.result.answers)).toEqual(Array(7).fill({ value: 1 }));
		expect(outcome.result).not.toHaveProperty('reviewInterval');
		expect(outcome.warnings.map((w) => w.reason)).toEqual(['unreadable-notes']);
	});

	test('decode any evidence section without throwing, to a valid result', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 80 }), fc.boolean(), async (bytes, compress) => {
				const outcome = await decodeUnguarded(await withSection(bytes, compress), SMALL);
				expect(outcome.ok).toBe(true);
				if (outcome.ok) expect(validateShared(outcome.result, SMALL)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	test('return what was encoded, cleaned, for any answers with notes and evidence', async () => {
		const answers = fc.dictionary(fc.constantFrom('1', '2', '3', '4', '5', '6', '7'), answerArb, {
			noNullPrototype: true,
		});
		const interval = fc.constantFrom(
			undefined,
			'none' as const,
			3 as const,
			6 as const,
			12 as const
		);
		await fc.assert(
			fc.asyncProperty(answers, interval, async (raw, reviewInterval) => {
				const result = base(raw, reviewInterval === undefined ? {} : { reviewInterval });
				const expected = withEvidence(normalizeShared(result, SMALL, true), result);
				const outcome = await decodeUnguarded(
					await encodeResult(result, SMALL, { includeNotes: true }),
					SMALL
				);
				expect(outcome.ok && outcome.result).toEqual(expected);
				expect(validateShared(expected, SMALL)).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('result link lengths', () => {
	const bank = realBank();
	const codes = versionCodes(bank, bank.version)!;
	const day = '2026-11-30';

	test('stay short without notes and grow with ten noted answers holding two evidence links each', async () => {
		const answers: Answers = {};
		const noted: Answers = {};
		codes.forEach((code, i) => {
			answers[String(code)] = { value: (i % 4) as 0 | 1 | 2 | 3 };
			noted[String(code)] = { value: (i % 4) as 0 | 1 | 2 | 3, checkedOn: day };
		});
		codes.slice(0, 10).forEach((code, i) => {
			noted[String(code)] = {
				...noted[String(code)]!,
				note: `Checked with the platform team in the November review, item ${i + 1}.`,
				evidence: [
					{ kind: 'link', url: `https://github.com/acme/payments-api/settings/rules/${1000 + i}` },
					{ kind: 'link', url: `https://wiki.acme.example/security/zero-trust/control-${code}` },
				],
			};
		});
		const name = 'Payments platform te';
		const without = await encodeResult(
			{
				bankVersion: bank.version,
				name,
				date: day,
				targets: { developer: 2, platform: 2, application: 2 },
				answers,
			},
			bank
		);
		const withNotes = await encodeResult(
			{
				bankVersion: bank.version,
				name,
				date: day,
				targets: { developer: 2, platform: 2, application: 2 },
				answers: noted,
				reviewInterval: 6,
			},
			bank,
			{ includeNotes: true }
		);
		const link = (fragment: string) => `https://trustline.example/results/#${fragment}`.length;
		// The figures the closing note reports.
		console.info(
			`result link, ${codes.length} answers: ${link(without)} characters without notes and evidence, ` +
				`${link(withNotes)} with 10 notes and 20 evidence links (every answer dated)`
		);
		expect(without.length).toBeLessThanOrEqual(80);
		expect(withNotes.length).toBeLessThan(2000);
	});
});
