/**
 * Plane geometry for the threat-model diagrams: boxes, arrows between them, points along a path
 * and how much room a label needs. Pure and DOM-free, so the build renders with it and the unit
 * tests check layouts with it.
 */

export interface Point {
	x: number;
	y: number;
}

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Rounds to one decimal, which is finer than any screen shows and keeps the SVG short. */
export function round(n: number): number {
	return Math.round(n * 10) / 10;
}

export function center(r: Rect): Point {
	return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/**
 * Where a line from the centre of `r` towards `toward` crosses the edge of `r`. A point inside
 * the box (or at its centre) gives the centre back.
 */
export function exitPoint(r: Rect, toward: Point): Point {
	const c = center(r);
	const dx = toward.x - c.x;
	const dy = toward.y - c.y;
	const sx = dx === 0 ? Infinity : r.w / 2 / Math.abs(dx);
	const sy = dy === 0 ? Infinity : r.h / 2 / Math.abs(dy);
	const s = Math.min(sx, sy);
	if (!Number.isFinite(s) || s >= 1) return c;
	return { x: c.x + dx * s, y: c.y + dy * s };
}

/**
 * Where an arrow leaves box `r` on its way to `next`: straight up or down when `next` lies above
 * or below the box, straight sideways when it lies beside it, else along the line from the centre.
 * So an arrow with bends at right angles leaves and enters its boxes at right angles too.
 */
export function portToward(r: Rect, next: Point): Point {
	if (next.x >= r.x && next.x <= r.x + r.w) {
		if (next.y < r.y) return { x: next.x, y: r.y };
		if (next.y > r.y + r.h) return { x: next.x, y: r.y + r.h };
	}
	if (next.y >= r.y && next.y <= r.y + r.h) {
		if (next.x < r.x) return { x: r.x, y: next.y };
		if (next.x > r.x + r.w) return { x: r.x + r.w, y: next.y };
	}
	return exitPoint(r, next);
}

/**
 * The points of an arrow from box `a` to box `b` through the bends `via`. Without bends, boxes
 * that overlap in x (or y) get a straight vertical (or horizontal) arrow through the middle of
 * the overlap; other pairs a straight line between their centres, cut at the edges.
 */
export function connect(a: Rect, b: Rect, via: readonly Point[] = []): Point[] {
	const first = via[0];
	const last = via[via.length - 1];
	if (first && last) return [portToward(a, first), ...via, portToward(b, last)];
	const left = Math.max(a.x, b.x);
	const right = Math.min(a.x + a.w, b.x + b.w);
	const top = Math.max(a.y, b.y);
	const bottom = Math.min(a.y + a.h, b.y + b.h);
	if (left <= right && (b.y >= a.y + a.h || a.y >= b.y + b.h)) {
		const x = (left + right) / 2;
		return [portToward(a, { x, y: center(b).y }), portToward(b, { x, y: center(a).y })];
	}
	if (top <= bottom && (b.x >= a.x + a.w || a.x >= b.x + b.w)) {
		const y = (top + bottom) / 2;
		return [portToward(a, { x: center(b).x, y }), portToward(b, { x: center(a).x, y })];
	}
	return [exitPoint(a, center(b)), exitPoint(b, center(a))];
}

/** An SVG path `d` through the points. */
export function pathData(points: readonly Point[]): string {
	return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join('');
}

/** The outline of a box as an SVG path `d`, grown by `pad` on every side. */
export function rectPath(r: Rect, pad = 0): string {
	const x = round(r.x - pad);
	const y = round(r.y - pad);
	return `M${x} ${y}h${round(r.w + 2 * pad)}v${round(r.h + 2 * pad)}h${round(-r.w - 2 * pad)}Z`;
}

export function pathLength(points: readonly Point[]): number {
	let total = 0;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		total += Math.hypot(b.x - a.x, b.y - a.y);
	}
	return total;
}

/** The point at fraction `t` (0..1) of the path's length, clamped to its ends. */
export function pointAlong(points: readonly Point[], t: number): Point {
	const first = points[0];
	if (!first) return { x: 0, y: 0 };
	let remaining = Math.min(Math.max(t, 0), 1) * pathLength(points);
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		const length = Math.hypot(b.x - a.x, b.y - a.y);
		if (remaining <= length && length > 0) {
			const f = remaining / length;
			return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
		}
		remaining -= length;
	}
	return points[points.length - 1]!;
}

/**
 * How wide a line of text is, approximately: the average advance of a system sans-serif face is
 * a little over half the font size. Layout checks use it with a margin, never to the pixel.
 */
export function textWidth(text: string, fontSize: number): number {
	let units = 0;
	for (const ch of text) {
		if (/[il.,:;'|!]/.test(ch)) units += 0.3;
		else if (/[mwMW]/.test(ch)) units += 0.85;
		else if (/[A-Z]/.test(ch)) units += 0.66;
		else if (ch === ' ') units += 0.28;
		else units += 0.55;
	}
	return units * fontSize;
}

/** Word-wraps `text` into lines no wider than `maxWidth` (a single long word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** True when the two boxes share any area once each is grown by `margin`. */
export function overlaps(a: Rect, b: Rect, margin = 0): boolean {
	return (
		a.x - margin < b.x + b.w + margin &&
		b.x - margin < a.x + a.w + margin &&
		a.y - margin < b.y + b.h + margin &&
		b.y - margin < a.y + a.h + margin
	);
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.w <= outer.x + outer.w &&
		inner.y + inner.h <= outer.y + outer.h
	);
}

/** The square around a circle, for overlap checks. */
export function circleBox(c: Point, r: number): Rect {
	return { x: c.x - r, y: c.y - r, w: 2 * r, h: 2 * r };
}
