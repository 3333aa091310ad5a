/**
 * The one cleaner of free text: assessment and learner names, column labels, notes and
 * Not-applicable reasons, wherever they come from (typing, saved data, imported files, every link
 * codec). Such text is untrusted: it is limited in length and stripped of characters that could
 * disguise or break the page it is shown on. Callers still render it as text only, never as HTML.
 * One cleaner rather than one per source, because two once drifted apart and only one of them
 * dropped bidirectional overrides. It also words counts (`plural`), which every island and the link
 * codecs share.
 */

/** Longest assessment name a link carries, in Unicode code points. */
export const MAX_NAME_LENGTH = 80;
/** Longest note or Not-applicable reason a link carries, in Unicode code points. */
export const MAX_NOTE_LENGTH = 2000;

/**
 * Characters dropped from any text: control characters (Cc), lone surrogate halves (Cs, which
 * cannot be encoded as UTF-8), and the bidirectional embedding, override and isolate controls that
 * make text display in a different order than it reads ("Trojan Source").
 */
const UNSAFE = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/gu;
/** Line breaks of every kind, which a one-line name turns into spaces. */
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
/** Line breaks a note keeps, normalised to "\n" before UNSAFE would drop them. */
const NOTE_BREAKS = /\r\n|[\r\u0085\u2028\u2029]/g;
/** Controls a note keeps: multi-line notes are normal, and tabs are harmless in plain text. */
const UNSAFE_IN_NOTE = /[^\P{Cc}\n\t]|[\p{Cs}\u202A-\u202E\u2066-\u2069]/gu;

/** The first `max` code points of `text`, so a surrogate pair is never cut in half. */
export function truncateCodePoints(text: string, max: number): string {
	// A string's UTF-16 length is never smaller than its code-point count.
	if (text.length <= max) return text;
	let count = 0;
	let end = 0;
	while (end < text.length && count < max) {
		const code = text.codePointAt(end)!;
		end += code > 0xffff ? 2 : 1;
		count++;
	}
	return text.slice(0, end);
}

/**
 * A name fit to show: one line, no control or bidi-override characters, trimmed, and at most
 * `max` code points (MAX_NAME_LENGTH unless given; the tracker exports clean titles of any
 * length, and Scorecard results keep longer repository names). Anything that is not a string
 * cleans to ''. Idempotent.
 */
export function cleanName(text: unknown, max = MAX_NAME_LENGTH): string {
	if (typeof text !== 'string') return '';
	const flat = text.replace(LINE_BREAKS, ' ').replace(UNSAFE, '').trim();
	return truncateCodePoints(flat, max).trim();
}

/**
 * A name as it is being typed: cleaned as cleanName cleans it but not trimmed, so a space typed
 * between two words survives until the next word arrives; the finished name is cleanName of
 * what was typed.
 */
export function cleanTypedName(text: unknown): string {
	if (typeof text !== 'string') return '';
	return truncateCodePoints(text.replace(LINE_BREAKS, ' ').replace(UNSAFE, ''), MAX_NAME_LENGTH);
}

/**
 * A note or Not-applicable reason fit to show: line breaks kept (as "\n") and tabs kept, other
 * control and bidi-override characters dropped, at most `max` code points (MAX_NOTE_LENGTH unless
 * given; the tracker exports clean descriptions of any length). Anything that is not a string
 * cleans to ''. Idempotent.
 */
export function cleanNote(text: unknown, max = MAX_NOTE_LENGTH): string {
	if (typeof text !== 'string') return '';
	return truncateCodePoints(text.replace(NOTE_BREAKS, '\n').replace(UNSAFE_IN_NOTE, ''), max);
}

/** A count with its noun: "1 control", "3 controls" (`many` defaults to `one` + "s"). */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}
