/**
 * Stage bands, the weakest-link cap and percent rounding: the small numeric rules every other
 * scoring module leans on.
 */
import type { Level } from '../model';

/**
 * Lower bounds of the Initial, Advanced and Optimal bands. A score below the first is
 * Traditional.
 */
export const STAGE_THRESHOLDS = [0.25, 0.5, 0.75] as const;

/**
 * The stage a score in 0..1 reaches: below 25 % Traditional, below 50 % Initial, below 75 %
 * Advanced, else Optimal.
 *
 * The exact score is compared, not the rounded percent. Rounding is presentation: comparing the
 * percent would move every boundary half a point down (a score of 0.2496 would show as 25 % and
 * reach Initial), and the stage would then depend on how a number is printed. So a result may
 * read "25 %, Traditional"; the stage is the truer of the two. Scores are computed with a single
 * division of integers, so a score that is exactly on a boundary compares as exactly on it.
 *
 * A score that is not a number reaches Traditional, the stage that claims nothing.
 */
export function stageOfScore(score: number): Level {
	// Written as "not at least" so that NaN falls into the lowest band rather than the highest.
	if (!(score >= STAGE_THRESHOLDS[0])) return 0;
	if (!(score >= STAGE_THRESHOLDS[1])) return 1;
	if (!(score >= STAGE_THRESHOLDS[2])) return 2;
	return 3;
}

/**
 * The highest stage an environment may reach when the weakest of its weight-3 controls stands at
 * `weakest`: one stage above it. A control of weight 3 is one whose absence alone lets an
 * attacker through, so a high average must not hide it.
 */
export function capOfLevel(weakest: Level): Level {
	return weakest >= 3 ? 3 : ((weakest + 1) as Level);
}

/**
 * A share in 0..1 as a whole percent, rounding halves up (0.125 -> 13, 2/3 -> 67).
 *
 * `x * 100` can land a hair below a true half (0.145 * 100 is 14.499999999999998), which a plain
 * `Math.round` would round down. A relative tolerance of 1e-9 absorbs that error and is far
 * smaller than the gap between any two distinct scores (their denominators stay in the
 * thousands). Halves round towards +infinity, so -0.5 % gives 0. Non-finite input comes back
 * unchanged (NaN stays NaN).
 */
export function toPercent(x: number): number {
	const scaled = x * 100;
	if (!Number.isFinite(scaled)) return scaled;
	const rounded = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, Math.abs(scaled)));
	// Normalise -0 so that results compare and serialise as plain 0.
	return rounded === 0 ? 0 : rounded;
}
