/**
 * The one reader of the location hash: `$hash` holds the fragment without its '#', fed by
 * `hashchange` while anything listens. Every island that opens a link (results, comparison,
 * threat model, training completion, the workshop, the gaps path) reads it here rather than listening on its own.
 *
 * `latest()` makes the guard every link opener needs: decoding is asynchronous (the codec may load
 * lazily, DEFLATE is a stream), so a link pasted while another is still being read must not be
 * overwritten by the older one finishing last.
 */
import { atom, onMount } from 'nanostores';

const read = () => (typeof location === 'undefined' ? '' : location.hash.replace(/^#/, ''));

/**
 * The current fragment, without '#' ('' when there is none). A new object on every change, so the
 * same link opened again (after the page replaced the address itself) is read again.
 */
export const $hash = atom<{ fragment: string }>({ fragment: '' });

onMount($hash, () => {
	const update = () => $hash.set({ fragment: read() });
	update();
	addEventListener('hashchange', update);
	return () => removeEventListener('hashchange', update);
});

/** Removes the fragment from the address without reloading or adding to the history. */
export function clearHash(): void {
	history.replaceState(null, '', location.pathname + location.search);
	$hash.set({ fragment: '' });
}

/**
 * A guard against out-of-order results: each call of the returned function starts a new run and
 * returns a check that is true only while that run is still the latest one.
 */
export function latest(): () => () => boolean {
	let current = 0;
	return () => {
		const run = ++current;
		return () => run === current;
	};
}
