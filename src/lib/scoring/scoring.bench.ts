/**
 * How long one full scoring takes: `npx vitest bench --run src/lib/scoring`. The result page
 * rescores on every answer, so this must stay far below a frame (well under 1 ms).
 *
 * Both the real bank and a synthetic bank the size the catalogue aims at (66 controls, 27 threats)
 * are measured, because the real catalogue is still being written and may hold few controls.
 *
 * Vite's module runner turns every cross-module call into an export-getter access, so Vitest
 * warns about `levelOfValue` and the figure here is an upper bound. `node
 * scripts/bench-scoring.mjs` times the same calls on plain Node for the figure a browser sees.
 */
import { describe, expect, test } from 'vitest';
import { realBank } from '../../test/content';
import { scoreAssessment } from './assessment';
import { randomAnswers, syntheticBank, targetsOf } from './fixtures';

describe('scoreAssessment', () => {
	test('scores a full random answer set', async ({ bench }) => {
		const real = realBank();
		const synthetic = syntheticBank();
		const realAnswers = randomAnswers(real);
		const syntheticAnswers = randomAnswers(synthetic);
		const targets = targetsOf();
		let sink = 0;

		const results = await bench.compare(
			bench(`real bank (${real.controls.length} controls, ${real.threats.length} threats)`, () => {
				sink += scoreAssessment(real, realAnswers, targets).roadmap.length;
			}),
			bench('synthetic bank (66 controls, 27 threats)', () => {
				sink += scoreAssessment(synthetic, syntheticAnswers, targets).roadmap.length;
			})
		);
		// Reading the sink keeps the engine from optimising the calls away.
		expect(sink).toBeGreaterThanOrEqual(0);
		for (const name of [
			`real bank (${real.controls.length} controls, ${real.threats.length} threats)`,
			'synthetic bank (66 controls, 27 threats)',
		] as const) {
			// latency.mean is in milliseconds.
			expect(results.get(name).latency.mean).toBeLessThan(1);
		}
	});
});
