import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const jsqrSource = readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8');

/**
 * Reads the QR code in a screenshot of `code` as a phone would: the screenshot's pixels go through
 * jsQR (run in the page with evaluate, which the page's policy does not govern). Returns the text
 * the code carries, or null when jsQR finds no code.
 */
export async function scanScreenshot(page: Page, code: Locator): Promise<string | null> {
	const png = (await code.screenshot()).toString('base64');
	await page.evaluate(
		`window.__jsQR || (function(){ var module = { exports: {} }; var exports = module.exports; ${jsqrSource}; window.__jsQR = module.exports.default || module.exports; })()`
	);
	return page.evaluate(async (data) => {
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth;
		canvas.height = image.naturalHeight;
		const context = canvas.getContext('2d');
		if (!context) return null;
		context.drawImage(image, 0, 0);
		const { data: pixels, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
		const jsQR = (
			window as unknown as {
				__jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
			}
		).__jsQR;
		return jsQR(pixels, width, height)?.data ?? null;
	}, png);
}
