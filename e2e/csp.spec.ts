import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { builtPages, readHtml } from './site';

// Astro hashes the inline scripts and styles it emits into each page's meta policy. This guards
// against hash drift and against anyone adding inline code the policy does not cover.
const pages = builtPages();

function policyOf(html: string): Map<string, string[]> {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
	const directives = new Map<string, string[]>();
	if (!meta?.[1]) return directives;
	for (const part of meta[1].replaceAll('&#39;', "'").split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), values);
	}
	return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('the site has pages to check', () => {
	expect(pages.length).toBeGreaterThan(5);
});

for (const { path, file } of pages) {
	test(`${path} has a strict policy covering all its inline code`, () => {
		const html = readHtml(file);
		const policy = policyOf(html);

		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
		expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
		for (const [name, values] of policy) {
			for (const value of values) {
				// The search page alone may compile WebAssembly (Pagefind); it allows no JavaScript eval.
				if (path === '/search/' && name === 'script-src' && value === "'wasm-unsafe-eval'")
					continue;
				expect(value, `${name} in ${path}`).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
			}
		}
		const scriptSrc = policy.get('script-src') ?? [];
		const styleSrc = policy.get('style-src') ?? [];
		for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
			if (/\ssrc=/.test(attrs ?? '') || /type="application\/(ld\+)?json"/.test(attrs ?? ''))
				continue;
			expect(scriptSrc, `inline script in ${path}`).toContain(sha256(body ?? ''));
		}
		for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
			expect(styleSrc, `inline style in ${path}`).toContain(sha256(body ?? ''));
		}
		// Style attributes would need 'unsafe-hashes'; SVG presentation attributes are used instead.
		expect(html).not.toMatch(/\sstyle="/);
		expect(html).not.toMatch(/\son[a-z]+="/);
	});
}
