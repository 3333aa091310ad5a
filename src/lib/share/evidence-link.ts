/**
 * The evidence section of a result link (format 3, see ./codec.ts): the review interval, and per
 * answer the day it was checked on and its evidence. Written only when the sender ticks "Include
 * notes and evidence", and loaded on demand (chunk 'evidence-link'), so pages that open links
 * without it never pay for it. Uncompressed, the section is:
 *
 *   byte 0    the review interval: 0 not carried, 1 none, 2 three, 3 six, 4 twelve months
 *   then      a run of records, one per answer with a checked-on day or evidence, in code order:
 *             varint (index of the control in the version's codes, minus the previous record's
 *             index, minus 1); varint checked-on day (days since 2020-01-01, plus 1; 0 = none);
 *             varint number of entries (at most 5); per entry a varint (UTF-8 byte length × 2,
 *             plus 1 for a link, 0 for a text) and the UTF-8 text or link
 *
 * Everything read is cleaned as saved evidence is (only http and https links, text limited) and
 * stays untrusted: render it as text.
 */
import { ByteReader, ByteWriter, fromUtf8, utf8 } from '../bytes/bytes';
import { deflate, inflate } from '../bytes/deflate';
import { cleanEvidenceList, MAX_EVIDENCE, type Evidence } from '../evidence/read';
import { isReviewInterval, type ReviewInterval } from '../evidence/days';
import type { ControlAnswer } from '../model';
import { dateOfDay, dayNumber, MAX_DAY, type SharedResult } from './shared';

/** The review intervals by their code in the section, 1 to 4 (0: not carried). */
const INTERVALS: readonly ReviewInterval[] = ['none', 3, 6, 12];
/** Cap on the inflated section, as on the notes section. */
const MAX_SECTION_BYTES = 65_536;

/**
 * `shared` (normalized with its notes) with the evidence, checked-on days and review interval of
 * `raw`, cleaned: evidence as saved evidence is cleaned, days only when a link can carry them
 * (2020-01-01 to 2199-06-04; an older day is left out, and the answer counts as never dated).
 */
export function withEvidence(shared: SharedResult, raw: SharedResult): SharedResult {
	const out: SharedResult = { ...shared, answers: {} };
	for (const [code, answer] of Object.entries(shared.answers)) {
		const from = raw.answers[code];
		const next: ControlAnswer = { ...answer };
		const { evidence } = cleanEvidenceList(from?.evidence);
		if (evidence.length) next.evidence = evidence;
		const day = typeof from?.checkedOn === 'string' ? dayNumber(from.checkedOn) : undefined;
		if (day !== undefined) next.checkedOn = from!.checkedOn!;
		out.answers[code] = next;
	}
	if (isReviewInterval(raw.reviewInterval)) out.reviewInterval = raw.reviewInterval;
	return out;
}

/** The compressed section for `shared` (as withEvidence returns it), or null when it has nothing to carry. */
export async function evidenceSection(
	shared: SharedResult,
	codes: readonly number[]
): Promise<Uint8Array | null> {
	const w = new ByteWriter().u8(
		shared.reviewInterval === undefined ? 0 : INTERVALS.indexOf(shared.reviewInterval) + 1
	);
	let previous = -1;
	codes.forEach((code, index) => {
		const answer = shared.answers[String(code)];
		if (!answer || (!answer.evidence && !answer.checkedOn)) return;
		const evidence = answer.evidence ?? [];
		w.varint(index - previous - 1)
			.varint(answer.checkedOn ? dayNumber(answer.checkedOn)! + 1 : 0)
			.varint(evidence.length);
		for (const e of evidence) {
			const bytes = utf8(e.kind === 'link' ? e.url : e.text);
			w.varint(bytes.length * 2 + (e.kind === 'link' ? 1 : 0)).bytes(bytes);
		}
		previous = index;
	});
	return w.length > 1 || shared.reviewInterval !== undefined ? deflate(w.finish()) : null;
}

/** What the reader is told about evidence links a link carried that were not http or https. */
export function unsafeLinksMessage(count: number): string {
	return `${count === 1 ? 'An evidence link' : `${count} evidence links`} in this result ${count === 1 ? 'was' : 'were'} left out: only http and https links can be evidence (a javascript: or data: link could run or show anything).`;
}

/**
 * Reads a compressed section into `values` (answers by index into the version's codes). Returns
 * the review interval, whether some evidence had to be cleaned or left out, and a message when
 * evidence links that are not http or https were left out; or null when the section cannot be
 * read (not DEFLATE, too large, cut short, a record for an unanswered control, a value out of
 * range); then `values` is left as it was.
 */
export async function readEvidenceSection(
	bytes: Uint8Array,
	values: (ControlAnswer | undefined)[]
): Promise<{
	reviewInterval: ReviewInterval | undefined;
	cleaned: boolean;
	unsafe: string | null;
} | null> {
	const section = await inflate(bytes, MAX_SECTION_BYTES);
	if (!section || section.length === 0) return null;
	const r = new ByteReader(section);
	const intervalCode = r.u8();
	if (intervalCode > INTERVALS.length) return null;
	const found: { index: number; checkedOn?: string; evidence: Evidence[] }[] = [];
	let index = -1;
	let cleaned = false;
	let unsafe = 0;
	while (r.remaining > 0) {
		index += r.varint() + 1;
		const day = r.varint();
		const count = r.varint();
		if (!values[index] || day > MAX_DAY + 1 || count > MAX_EVIDENCE) return null;
		const raw: Evidence[] = [];
		for (let i = 0; i < count; i++) {
			const head = r.varint();
			const text = fromUtf8(r.bytes(head >> 1));
			raw.push(head & 1 ? { kind: 'link', url: text } : { kind: 'text', text });
		}
		if (r.overrun || r.malformed) return null;
		// Links that are not http or https get a message of their own; anything else cleaned, the
		// general one.
		const safe = raw.filter((e) => e.kind === 'text' || /^https?:/i.test(e.url.trim()));
		unsafe += raw.length - safe.length;
		const { evidence } = cleanEvidenceList(safe);
		cleaned ||= JSON.stringify(evidence) !== JSON.stringify(safe);
		found.push({ index, evidence, ...(day ? { checkedOn: dateOfDay(day - 1) } : {}) });
	}
	if (r.overrun || r.malformed) return null;
	for (const { index, checkedOn, evidence } of found) {
		const answer = values[index]!;
		if (evidence.length) answer.evidence = evidence;
		if (checkedOn) answer.checkedOn = checkedOn;
	}
	return {
		reviewInterval: INTERVALS[intervalCode - 1],
		cleaned,
		unsafe: unsafe ? unsafeLinksMessage(unsafe) : null,
	};
}
