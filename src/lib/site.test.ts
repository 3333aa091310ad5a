import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE, siteFromEnv } from './site';

describe('siteFromEnv', () => {
	test.each([
		[undefined, DEFAULT_SITE],
		['', DEFAULT_SITE],
		['   ', DEFAULT_SITE],
		['https://trustline.contoso.com', 'https://trustline.contoso.com'],
		['https://trustline.contoso.com/', 'https://trustline.contoso.com'],
		[' https://Trustline.Contoso.com:8443 ', 'https://trustline.contoso.com:8443'],
		['http://localhost:4321', 'http://localhost:4321'],
	])('returns the origin for %j', (value, site) => {
		expect(siteFromEnv(value)).toBe(site);
	});

	test.each([
		['trustline.contoso.com', /must be an address/],
		['javascript:alert(1)', /must start with https/],
		['ftp://trustline.contoso.com', /must start with https/],
		['https://contoso.github.io/trustline/', /origin only/],
		['https://trustline.contoso.com/?x=1', /origin only/],
		['https://user:pw@trustline.contoso.com', /origin only/],
	])('throws a message naming the problem for %j', (value, message) => {
		expect(() => siteFromEnv(value)).toThrow(message);
	});
});
