/** The site's main navigation, in order. A page appears here once it exists. */
export const NAV_ITEMS: { href: string; label: string }[] = [
	{ href: '/assess/', label: 'Assess' },
	{ href: '/results/', label: 'Results' },
	{ href: '/compare/', label: 'Compare' },
	{ href: '/threat-model/', label: 'Threat model' },
	{ href: '/learn/', label: 'Learn' },
	{ href: '/guides/', label: 'Guides' },
	{ href: '/search/', label: 'Search' },
];

/** Whether a nav item is the current page or one of its children. */
export function isCurrent(itemHref: string, pathname: string): boolean {
	const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return itemHref === '/' ? path === '/' : path.startsWith(itemHref);
}
