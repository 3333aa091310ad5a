import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DiagramSchema } from '../../schemas/diagram';
import { layoutDiagram } from '../diagram/layout';
import { CONTENT_DIR } from '../../test/content';
import { loadLearn } from '../../test/learn';
import { tourDiagram } from './tour-diagram';

const diagram = (id: string) =>
	DiagramSchema.parse(parse(readFileSync(join(CONTENT_DIR, 'diagrams', `${id}.yaml`), 'utf8')));

describe('tourDiagram', () => {
	const platform = diagram('platform');
	const layout = layoutDiagram(platform);

	test('lights every part the diagram places a threat stop on, and names each', () => {
		const [placed, parts] = Object.entries(platform.threats)[0]!;
		const result = tourDiagram('Platform', layout, platform.threats, [{ threat: placed }]);
		expect(result.highlights[0]!.shapes).toHaveLength(parts.length);
		expect(result.highlights[0]!.parts).toHaveLength(parts.length);
		for (const shape of result.highlights[0]!.shapes) expect(shape).toMatch(/^M/);
	});

	test('lights nothing for a flow stop or a threat the diagram does not place', () => {
		const result = tourDiagram('Platform', layout, platform.threats, [
			{},
			{ threat: 'no-such-threat' },
		]);
		expect(result.highlights).toEqual([
			{ shapes: [], parts: [] },
			{ shapes: [], parts: [] },
		]);
	});

	test('highlights at least one part for every threat stop of every module', () => {
		for (const module of loadLearn().modules) {
			const d = diagram(module.data.environment ?? 'overview');
			const result = tourDiagram(d.title, layoutDiagram(d), d.threats, module.data.tour);
			module.data.tour.forEach((step, i) => {
				if (step.kind === 'threat') {
					expect(result.highlights[i]!.parts.length, `${module.id}: ${step.title}`).toBeGreaterThan(
						0
					);
				}
			});
		}
	});
});
