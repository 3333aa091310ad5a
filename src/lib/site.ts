/**
 * The site's public address. `astro.config.mjs` sets Astro's `site` from it; pages pass it to the
 * exports, whose links to the guides must work outside the site (in a tracker, an attestation).
 * Imported by the config, so it uses nothing but the language.
 */

/** The address used when `TRUSTLINE_SITE` is not set. */
export const DEFAULT_SITE = 'https://trustline.example';

/**
 * The site's origin from the `TRUSTLINE_SITE` environment variable (or the default when it is
 * unset or blank), e.g. "https://trustline.contoso.com". Throws with a message that says what to
 * set when the value is not an http(s) origin: the site is built for the root of its host (no
 * `base`), so a path, query or fragment would make every absolute link point somewhere else.
 */
export function siteFromEnv(value: string | undefined): string {
	const text = (value ?? '').trim();
	if (text === '') return DEFAULT_SITE;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(
			`TRUSTLINE_SITE must be an address such as https://trustline.example, not "${text}".`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`TRUSTLINE_SITE must start with https:// (or http://), not "${url.protocol}".`);
	}
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
		throw new Error(
			`TRUSTLINE_SITE must be the site's origin only (such as ${url.origin}): Trustline is built for the root of its host.`
		);
	}
	return url.origin;
}
