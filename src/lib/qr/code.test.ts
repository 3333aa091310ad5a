import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import jsQR from 'jsqr';
import encodeQR from 'qr';
import { MAX_QR_BYTES, QR_ECC, QUIET_ZONE, qrCode } from './code';

/** Paints the code's path (our own "M x y h w v1 h-w z" runs) as black on white RGBA pixels. */
function rasterize(path: string, size: number, scale: number) {
	const width = size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++)
			for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++)
				pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
	}
	return { pixels, width };
}

/** What a scanner reads from the code, or null. */
function scan(link: string, scale = 4): string | null {
	const code = qrCode(link);
	if (!code.ok) throw new Error(code.message);
	const { pixels, width } = rasterize(code.path, code.size, scale);
	return jsQR(pixels, width, width, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

const ORIGIN = 'https://trustline.example';
const linkOf = (length: number) => {
	const start = `${ORIGIN}/results/#r.`;
	return start + 'AbC-_9'.repeat(Math.ceil(length / 6)).slice(0, length - start.length);
};

describe('qrCode', () => {
	test('returns a code a scanner reads back as the link', () => {
		const link = `${ORIGIN}/results/#r.AQJkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP8Tq2w`;
		expect(scan(link)).toBe(link);
	});

	test('returns a standalone SVG with a light ground, dark modules and a quiet zone', () => {
		const code = qrCode(`${ORIGIN}/compare/#c.x`);
		if (!code.ok) throw new Error(code.message);
		expect(code.svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/
		);
		expect(code.svg).toContain('fill="#fff"');
		expect(code.svg).toContain(`<path fill="#000" d="${code.path}"/>`);
		expect(code.svg).not.toMatch(/style=|<script/);
		// 37 bytes need version 3 at low correction: 29 modules, plus the quiet zone on both sides.
		expect(code.size).toBe(29 + 2 * QUIET_ZONE);
		expect(code.path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h7`)).toBe(true);
	});

	test(`holds a link of ${MAX_QR_BYTES} characters, and a scanner reads it`, () => {
		const longest = linkOf(MAX_QR_BYTES);
		expect(longest).toHaveLength(MAX_QR_BYTES);
		expect(scan(longest)).toBe(longest);
	});

	test('finds that the longest link that fits is MAX_QR_BYTES long', () => {
		let low = 1;
		let high = 10_000;
		while (low < high) {
			const mid = Math.ceil((low + high) / 2);
			if (qrCode(linkOf(Math.max(mid, 40))).ok) low = mid;
			else high = mid - 1;
		}
		expect(low).toBe(MAX_QR_BYTES);
		// The limit is the library's, not only this module's check.
		expect(() =>
			encodeQR(linkOf(MAX_QR_BYTES), 'raw', { ecc: QR_ECC, encoding: 'byte' })
		).not.toThrow();
		expect(() =>
			encodeQR(linkOf(MAX_QR_BYTES + 1), 'raw', { ecc: QR_ECC, encoding: 'byte' })
		).toThrow();
	});

	test('returns a clear message, not a code, for a link one character too long', () => {
		const code = qrCode(linkOf(MAX_QR_BYTES + 1));
		expect(code).toEqual({
			ok: false,
			bytes: MAX_QR_BYTES + 1,
			max: MAX_QR_BYTES,
			message:
				'This link is too long for a QR code: it has 2,954 characters and a QR code holds at most 2,953. Copy the link instead, or share without notes or with fewer results to make it shorter.',
		});
	});

	test('counts a link in bytes, as the code stores it', () => {
		const link = `${linkOf(MAX_QR_BYTES - 2)}é`; // é is two bytes in UTF-8
		expect(qrCode(link).ok).toBe(true);
		expect(qrCode(`${link}é`).ok).toBe(false);
	});

	test('returns a message for an empty link and never throws', () => {
		expect(qrCode('')).toMatchObject({
			ok: false,
			message: 'There is no link to show as a QR code.',
		});
		fc.assert(
			fc.property(fc.string({ maxLength: 4000 }), (text) => {
				expect(() => qrCode(text)).not.toThrow();
			}),
			{ numRuns: 50 }
		);
	});

	test('returns codes a scanner reads back for any short link', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,300}$/), (payload) => {
				const link = `${ORIGIN}/results/#r.${payload}`;
				expect(scan(link, 3)).toBe(link);
			}),
			{ numRuns: 25 }
		);
	});
});
