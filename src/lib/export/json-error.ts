/**
 * Where a text stops being JSON. `JSON.parse` says only that it failed, and each browser words
 * the failure differently (V8 gives an offset, Firefox a line and column, Safari neither), so the
 * import message finds the place itself and words it the same everywhere.
 */

/** The first place a text departs from the JSON grammar. */
export interface JsonErrorLocation {
	/** Offset in UTF-16 code units; the text's length when it ends too early. */
	offset: number;
	/** Line number, from 1; "\n", "\r\n" and a lone "\r" each end a line. */
	line: number;
	/** Column in Unicode code points, from 1. */
	column: number;
	/** The character found there, or null when the text ends too early. */
	found: string | null;
}

/** The four characters JSON counts as white space. */
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The characters a backslash may introduce in a JSON string, other than "u". */
const SIMPLE_ESCAPES = '"\\/bfnrt';

const isHex = (char: string | undefined) => char !== undefined && /^[0-9a-fA-F]$/.test(char);

/**
 * The offset of the first character that makes `text` invalid JSON (the text's length if it
 * ends too early), or null when the text is valid JSON.
 *
 * The scanner keeps its nesting on an explicit stack rather than recursing, so a file of a
 * million "[" costs memory, not the call stack.
 */
export function jsonErrorOffset(text: string): number | null {
	const n = text.length;
	const stack: ('[' | '{')[] = [];
	let i = 0;
	let state: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after-value' = 'value';

	const skipSpace = () => {
		while (i < n && isSpace(text.charCodeAt(i))) i++;
	};

	/** Reads the string that opens at `i`; returns the offset of an error, or -1. */
	const readString = (): number => {
		i++;
		while (i < n) {
			const code = text.charCodeAt(i);
			if (code === 0x22) {
				i++;
				return -1;
			}
			if (code < 0x20) return i;
			if (code === 0x5c) {
				const escape = text[i + 1];
				if (escape === undefined) return n;
				if (escape === 'u') {
					for (let k = i + 2; k < i + 6; k++) {
						if (k >= n) return n;
						if (!isHex(text[k])) return k;
					}
					i += 6;
				} else if (SIMPLE_ESCAPES.includes(escape)) {
					i += 2;
				} else {
					return i + 1;
				}
				continue;
			}
			i++;
		}
		return n;
	};

	/**
	 * Reads the number that starts at `i`; returns the offset of an error, or -1. A sign, point
	 * or exponent mark must be followed by a digit, so "1." is reported after the point.
	 */
	const readNumber = (): number => {
		if (text[i] === '-') i++;
		if (!isDigit(text.charCodeAt(i))) return i;
		if (text[i] === '0') i++;
		else while (isDigit(text.charCodeAt(i))) i++;
		if (text[i] === '.') {
			i++;
			if (!isDigit(text.charCodeAt(i))) return i;
			while (isDigit(text.charCodeAt(i))) i++;
		}
		if (text[i] === 'e' || text[i] === 'E') {
			i++;
			if (text[i] === '+' || text[i] === '-') i++;
			if (!isDigit(text.charCodeAt(i))) return i;
			while (isDigit(text.charCodeAt(i))) i++;
		}
		return -1;
	};

	for (;;) {
		skipSpace();
		if (state === 'after-value') {
			const top = stack.at(-1);
			if (top === undefined) return i < n ? i : null;
			if (i >= n) return n;
			const char = text[i];
			if (char === ',') {
				i++;
				state = top === '[' ? 'value' : 'key';
			} else if (char === (top === '[' ? ']' : '}')) {
				i++;
				stack.pop();
			} else {
				return i;
			}
			continue;
		}
		if (i >= n) return n;
		const char = text[i];
		if (
			(state === 'value-or-close' && char === ']') ||
			(state === 'key-or-close' && char === '}')
		) {
			i++;
			stack.pop();
			state = 'after-value';
			continue;
		}
		if (state === 'key' || state === 'key-or-close') {
			if (char !== '"') return i;
			const bad = readString();
			if (bad >= 0) return bad;
			skipSpace();
			if (i >= n) return n;
			if (text[i] !== ':') return i;
			i++;
			state = 'value';
			continue;
		}
		// What remains is a value, wherever it stands.
		if (char === '{' || char === '[') {
			stack.push(char);
			i++;
			state = char === '{' ? 'key-or-close' : 'value-or-close';
			continue;
		}
		if (char === '"') {
			const bad = readString();
			if (bad >= 0) return bad;
			state = 'after-value';
			continue;
		}
		const literal = char === 't' ? 'true' : char === 'f' ? 'false' : char === 'n' ? 'null' : '';
		if (literal) {
			for (let k = 0; k < literal.length; k++) {
				if (i + k >= n) return n;
				if (text[i + k] !== literal[k]) return i + k;
			}
			i += literal.length;
			state = 'after-value';
			continue;
		}
		if (char === '-' || isDigit(text.charCodeAt(i))) {
			const bad = readNumber();
			if (bad >= 0) return bad;
			state = 'after-value';
			continue;
		}
		return i;
	}
}

/** Where `text` stops being JSON, as a line, a column and the character found; null if valid. */
export function locateJsonError(text: string): JsonErrorLocation | null {
	const offset = jsonErrorOffset(text);
	if (offset === null) return null;
	let line = 1;
	let lineStart = 0;
	for (let k = 0; k < offset; k++) {
		const code = text.charCodeAt(k);
		if (code === 0x0a || (code === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
			line++;
			lineStart = k + 1;
		}
	}
	// Columns count code points, so an emoji (two code units) moves the column by one.
	let column = 1;
	for (let k = lineStart; k < offset; k++) {
		const code = text.charCodeAt(k);
		const low = code >= 0xdc00 && code <= 0xdfff;
		const afterHigh =
			k > lineStart && text.charCodeAt(k - 1) >= 0xd800 && text.charCodeAt(k - 1) <= 0xdbff;
		if (!(low && afterHigh)) column++;
	}
	const point = text.codePointAt(offset);
	return {
		offset,
		line,
		column,
		found: point === undefined ? null : String.fromCodePoint(point),
	};
}

/** A character as a message shows it: quoted if visible, else as its code point (U+0009). */
function showCharacter(char: string): string {
	if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return `“${char}”`;
	const point = char.codePointAt(0) ?? 0;
	return `character U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Where and how a text stops being JSON, in words for a message ("unexpected “x” at line 3,
 * column 7", "it ends unexpectedly at line 9, column 1"), or null when the text is valid JSON.
 * Every import that reads JSON words its failure with this, so users see one phrasing.
 */
export function describeJsonError(text: string): string | null {
	const at = locateJsonError(text);
	if (!at) return null;
	const where = `line ${at.line}, column ${at.column}`;
	return at.found === null
		? `it ends unexpectedly at ${where}`
		: `unexpected ${showCharacter(at.found)} at ${where}`;
}

/** The number of bytes `text` takes in UTF-8 (a lone surrogate as the three of U+FFFD). */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A file's text read as JSON, or the sentence that says why it could not be. */
export type JsonText = { ok: true; data: unknown } | { ok: false; problem: string };

/**
 * The opening every JSON import shares: text, within its size (`sizeProblem` words the refusal),
 * a byte order mark skipped (editors on Windows often save one, and JSON.parse does not skip it),
 * not empty, and parsed; text that is not JSON gets the sentence `notJson` makes of it. Never
 * throws.
 */
export function readJsonText(
	text: unknown,
	sizeProblem: (bytes: number) => string | null,
	notJson: (body: string) => string
): JsonText {
	if (typeof text !== 'string')
		return { ok: false, problem: 'The file could not be read as text.' };
	const tooLarge = sizeProblem(utf8Length(text));
	if (tooLarge) return { ok: false, problem: tooLarge };
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, problem: 'The file is empty.' };
	try {
		return { ok: true, data: JSON.parse(body) as unknown };
	} catch {
		return { ok: false, problem: notJson(body) };
	}
}
