// Times scoreAssessment outside any test runner: `node scripts/bench-scoring.mjs`.
//
// The vitest bench (src/lib/scoring/scoring.bench.ts) runs the engine through Vite's module
// runner, whose export getters add overhead to every cross-module call; this script loads the
// TypeScript sources straight into Node (type stripping, Node >= 22.18 / 24) so the figure is
// what a browser's JIT would see. It exits non-zero when a full scoring averages 1 ms or more.
import { registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';

// The sources import each other without extensions, as Vite and TypeScript allow; Node needs
// the file name, so a relative import that does not resolve is retried with `.ts`.
registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
			return nextResolve(`${specifier}.ts`, context);
		}
	},
});

const { scoreAssessment } = await import('../src/lib/scoring/index.ts');
const { randomAnswers, syntheticBank, targetsOf } = await import('../src/lib/scoring/fixtures.ts');
const { realBank } = await import('../src/test/content.ts');

const BUDGET_MS = 1;

/** Mean and slowest-batch milliseconds per call, after a warm-up. */
function measure(bank, answers) {
	const targets = targetsOf();
	let sink = 0;
	const run = (n) => {
		for (let i = 0; i < n; i += 1) sink += scoreAssessment(bank, answers, targets).roadmap.length;
	};
	run(2000);
	const batch = 500;
	const means = [];
	const started = performance.now();
	while (performance.now() - started < 1000) {
		const t0 = performance.now();
		run(batch);
		means.push((performance.now() - t0) / batch);
	}
	if (sink < 0) console.log(sink); // Keeps the calls observable, so they are not optimised away.
	means.sort((a, b) => a - b);
	return {
		mean: means.reduce((s, m) => s + m, 0) / means.length,
		median: means[Math.floor(means.length / 2)],
		worst: means[means.length - 1],
		calls: means.length * batch,
	};
}

let failed = false;
for (const [name, bank] of [
	['real bank', realBank()],
	['synthetic bank', syntheticBank()],
]) {
	const r = measure(bank, randomAnswers(bank));
	const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
	console.log(
		`${name} (${bank.controls.length} controls, ${bank.threats.length} threats): ` +
			`mean ${us(r.mean)}, median ${us(r.median)}, slowest batch ${us(r.worst)} per scoreAssessment ` +
			`over ${r.calls} calls`
	);
	if (r.mean >= BUDGET_MS) failed = true;
}
if (failed) {
	console.error(`scoreAssessment averages ${BUDGET_MS} ms or more`);
	process.exitCode = 1;
}
