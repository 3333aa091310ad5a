/**
 * Keyboard movement between threat markers: one marker is in the Tab order at a time, and the
 * arrow keys, Home and End move between the markers that are shown, in reading order.
 */

/** Keys that move between markers. */
export const MOVE_KEYS = [
	'ArrowRight',
	'ArrowDown',
	'ArrowLeft',
	'ArrowUp',
	'Home',
	'End',
] as const;

/**
 * The marker a key moves to from `current` in `order`: Right and Down go to the next one, Left and
 * Up to the previous one (both wrap around), Home and End to the first and last. Null for any
 * other key or an empty order; a `current` not in the order moves to the first (or, going back,
 * the last) marker.
 */
export function nextMarker(
	order: readonly string[],
	current: string | null,
	key: string
): string | null {
	if (order.length === 0) return null;
	const last = order.length - 1;
	const index = current === null ? -1 : order.indexOf(current);
	switch (key) {
		case 'Home':
			return order[0]!;
		case 'End':
			return order[last]!;
		case 'ArrowRight':
		case 'ArrowDown':
			return order[index === -1 || index === last ? 0 : index + 1]!;
		case 'ArrowLeft':
		case 'ArrowUp':
			return order[index <= 0 ? last : index - 1]!;
		default:
			return null;
	}
}

/**
 * The marker that holds the Tab stop: the remembered one while it is shown, else the first shown
 * marker, else none.
 */
export function tabStop(order: readonly string[], remembered: string | null): string | null {
	if (remembered !== null && order.includes(remembered)) return remembered;
	return order[0] ?? null;
}
