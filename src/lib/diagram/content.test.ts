import { describe, expect, test } from 'vitest';
import { loadContent } from '../../test/content';
import { loadDiagrams } from '../../test/diagrams';
import { ENVIRONMENT_IDS } from '../ids';
import { layoutDiagram } from './layout';
import { layoutProblems, OVERVIEW_ID, placementProblems, referenceProblems } from './validate';

// Astro validates each diagram file on its own; these tests are the guard for what spans files.
const diagrams = loadDiagrams();
const threats = loadContent().threats.map((t) => ({ id: t.id, environment: t.data.environment }));
const threatIds = new Set(threats.map((t) => t.id));

describe('diagram content', () => {
	test('has the overview and one diagram per environment', () => {
		expect([...diagrams.keys()].sort()).toEqual([OVERVIEW_ID, ...ENVIRONMENT_IDS].sort());
	});

	test.each([...diagrams.keys()])('resolves every node, flow and threat id in %s', (id) => {
		expect(referenceProblems(diagrams.get(id)!, threatIds)).toEqual([]);
	});

	test('places every threat on the overview and on its environment diagram', () => {
		expect(placementProblems(diagrams, threats)).toEqual([]);
	});

	test.each([...diagrams.keys()])('lays %s out with nothing covering anything else', (id) => {
		expect(layoutProblems(layoutDiagram(diagrams.get(id)!))).toEqual([]);
	});
});
