/**
 * Build-time access to the training content for pages: modules with every reference resolved,
 * plus the compact views the islands receive. Only .astro pages import this (it uses astro:content).
 */
import { getCollection } from 'astro:content';
import { getCatalogue } from './catalogue';
import { buildLearnModules, type ModuleData } from '../lib/learn/model';
import type { GapControl, GapQuestion } from '../lib/learn/gaps';

export interface Learn {
	/** Modules in path order. */
	modules: ModuleData[];
	moduleById: (id: string) => ModuleData | undefined;
	/** Per module, what progress needs: question ids and which option is correct. */
	progressModules: {
		id: string;
		title: string;
		questions: { id: string; options: { correct: boolean }[] }[];
	}[];
	/** The slice of the bank the gaps path needs. */
	gapControls: GapControl[];
	/** Threat severities by id. */
	severities: Record<string, number>;
	gapQuestions: GapQuestion[];
}

let cached: Promise<Learn> | undefined;

export function getLearn(): Promise<Learn> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Learn> {
	const [catalogue, modules, questions] = await Promise.all([
		getCatalogue(),
		getCollection('modules'),
		getCollection('questions'),
	]);
	const built = buildLearnModules({
		modules,
		questions,
		controls: catalogue.controls,
		threats: catalogue.threats,
		guides: catalogue.guides,
	});
	return {
		modules: built,
		moduleById: (id) => built.find((m) => m.id === id),
		progressModules: built.map((m) => ({
			id: m.id,
			title: m.title,
			questions: m.questions.map((q) => ({
				id: q.id,
				options: q.options.map((o) => ({ correct: o.correct })),
			})),
		})),
		gapControls: catalogue.bank.controls.map((c) => ({
			code: c.code,
			id: c.id,
			title: c.title,
			environment: c.environment,
			weight: c.weight,
			mitigates: [...c.mitigates],
			guide: c.guide,
		})),
		severities: Object.fromEntries(catalogue.bank.threats.map((t) => [t.id, t.severity])),
		gapQuestions: questions
			.map((q) => ({
				id: q.id,
				module: q.data.module,
				controls: [...q.data.controls],
				threats: [...q.data.threats],
			}))
			.sort((a, b) => a.id.localeCompare(b.id)),
	};
}
