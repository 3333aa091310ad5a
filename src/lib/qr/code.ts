/**
 * A share link as a QR code, for handing a result from a projector to a phone: an SVG (dark
 * modules on a light ground, whatever the page's colour scheme, with the four-module quiet zone
 * scanners need) or, for a link no QR code can hold, a clear message instead. Pure; the symbol
 * itself comes from the `qr` package (paulmillr/qr, no dependencies).
 *
 * Error correction is "low" (7 % of the symbol may be lost): a code on a screen is not smudged or
 * torn, which is what the higher levels are for, and "low" holds the longest links.
 */
import encodeQR from 'qr';

/** The correction level every code uses (see above). */
export const QR_ECC = 'low';
/**
 * Most bytes a QR code holds at version 40 with low correction, in byte mode: the longest link,
 * in UTF-8 bytes (result links are ASCII, so also in characters), that still fits.
 */
export const MAX_QR_BYTES = 2953;
/** Light modules around the symbol, as the QR specification asks. */
export const QUIET_ZONE = 4;

export type QrOutcome =
	| {
			ok: true;
			/** A standalone SVG document (for download or an <img>). */
			svg: string;
			/** The dark modules as one path, in module units, for drawing the code inline. */
			path: string;
			/** Width and height in modules, quiet zone included: the viewBox is 0 0 size size. */
			size: number;
	  }
	| {
			ok: false;
			/** What the page says instead of the code. */
			message: string;
			/** The link's length in bytes, and what a QR code holds. */
			bytes: number;
			max: number;
	  };

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * The dark modules of `matrix` (quiet zone included) as an SVG path: one rectangle per horizontal
 * run, which keeps the path a fraction of one square per module.
 */
export function pathOf(matrix: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return parts.join('');
}

/** The message shown instead of a code for a link of `bytes` bytes. */
export function tooLongMessage(bytes: number): string {
	return (
		`This link is too long for a QR code: it has ${bytes.toLocaleString('en')} characters and a ` +
		`QR code holds at most ${MAX_QR_BYTES.toLocaleString('en')}. Copy the link instead, or share ` +
		'without notes or with fewer results to make it shorter.'
	);
}

/** A share link as a QR code, or the reason it cannot be one. Never throws. */
export function qrCode(link: string): QrOutcome {
	const bytes = utf8Length(link);
	const tooLong = { ok: false, message: tooLongMessage(bytes), bytes, max: MAX_QR_BYTES } as const;
	if (bytes === 0 || bytes > MAX_QR_BYTES) {
		return bytes === 0
			? { ...tooLong, message: 'There is no link to show as a QR code.' }
			: tooLong;
	}
	let matrix: boolean[][];
	try {
		// Byte mode always: a link's lowercase letters are outside the alphanumeric mode anyway.
		matrix = encodeQR(link, 'raw', { ecc: QR_ECC, encoding: 'byte', border: QUIET_ZONE });
	} catch {
		return tooLong;
	}
	const size = matrix.length;
	const path = pathOf(matrix);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
		`<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
	return { ok: true, svg, path, size };
}
