/**
 * The workshop shows each control's question and four stage descriptions, which the page's
 * props leave out to stay small (lightBank): they come from /workshop/controls.json, written at
 * build time from the same bank, and fetched when the workshop opens (precached for offline use).
 */
import type { BankModel } from '../model';

/** Where the build writes the file (src/pages/workshop/controls.json.ts). */
export const CONTROL_TEXTS_URL = '/workshop/controls.json';

/** The file as fetched, not yet checked (see readControlTexts); null when it cannot be had. */
export function fetchControlTexts(): Promise<unknown> {
	return fetch(CONTROL_TEXTS_URL)
		.then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
		.catch(() => null);
}

/** A control's long texts. */
export interface ControlTexts {
	question: string;
	levels: [string, string, string, string];
}

/** The file's shape: the bank version and each control's texts by code. */
export interface ControlTextsFile {
	version: number;
	controls: Record<string, ControlTexts>;
}

/** The file's content for a bank. */
export function controlTextsOf(bank: BankModel): ControlTextsFile {
	return {
		version: bank.version,
		controls: Object.fromEntries(
			bank.controls.map((c) => [String(c.code), { question: c.question, levels: c.levels }])
		),
	};
}

const isText = (x: unknown): x is string => typeof x === 'string';

/**
 * The texts by code from the fetched file, or null when it is not the file this page was built
 * with (an old copy from before a deploy): the workshop then shows titles and guide links only.
 */
export function readControlTexts(x: unknown, bank: BankModel): Map<number, ControlTexts> | null {
	if (typeof x !== 'object' || x === null) return null;
	const file = x as Partial<ControlTextsFile>;
	if (file.version !== bank.version || typeof file.controls !== 'object' || !file.controls)
		return null;
	const out = new Map<number, ControlTexts>();
	for (const control of bank.controls) {
		const entry = (file.controls as Record<string, unknown>)[String(control.code)];
		if (typeof entry !== 'object' || entry === null) continue;
		const { question, levels } = entry as Partial<ControlTexts>;
		if (!isText(question) || !Array.isArray(levels) || levels.length !== 4 || !levels.every(isText))
			continue;
		out.set(control.code, { question, levels: [levels[0], levels[1], levels[2], levels[3]] });
	}
	return out;
}

/** What a key does on a workshop screen: PageDown and PageUp (presentation clickers) always, the
 * arrow keys only outside form fields, where they belong to the field. */
export function navigationOf(key: string, inField: boolean): 'next' | 'previous' | null {
	if (key === 'PageDown') return 'next';
	if (key === 'PageUp') return 'previous';
	if (inField) return null;
	if (key === 'ArrowRight') return 'next';
	if (key === 'ArrowLeft') return 'previous';
	return null;
}
