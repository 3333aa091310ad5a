/**
 * The link to one step of a control's guide, shared by the Markdown exports and the tracker
 * exports. Its own module so the results page's Markdown exports do not pull in the trackers.
 */

/** An origin to put paths after: "" when there is none, and never a trailing slash. */
export function trimOrigin(origin: string | undefined): string {
	return (origin ?? '').replace(/\/+$/, '');
}

/** The absolute (or, without an origin, site-relative) link to one step of a guide. */
export function guideStepUrl(origin: string | undefined, guide: string, anchor: string): string {
	const base = trimOrigin(origin);
	return `${base}/guides/${encodeURIComponent(guide)}/#${encodeURIComponent(anchor)}`;
}
