import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { EnvironmentSchema } from './schemas/environment';
import { ThreatSchema } from './schemas/threat';
import { ControlSchema } from './schemas/control';
import { GuideSchema } from './schemas/guide';
import { BankSchema } from './schemas/bank';
import { WorkshopSchema } from './schemas/framework';
import { DiagramSchema } from './schemas/diagram';
import { ModuleSchema, QuestionSchema } from './schemas/learn';
import { ScorecardFileSchema } from './schemas/scorecard';

/** Ids are file names without folders, so moving a control between folders keeps its id. */
const fileNameId = ({ entry }: { entry: string }) =>
	entry
		.replace(/^.*\//, '')
		.replace(/\.[^.]+$/, '')
		.toLowerCase();

export const collections = {
	environments: defineCollection({
		loader: glob({ base: './content/environments', pattern: '*.yaml', generateId: fileNameId }),
		schema: EnvironmentSchema,
	}),
	threats: defineCollection({
		loader: glob({ base: './content/threats', pattern: '[^_]*.yaml', generateId: fileNameId }),
		schema: ThreatSchema,
	}),
	controls: defineCollection({
		loader: glob({ base: './content/controls', pattern: '**/[^_]*.yaml', generateId: fileNameId }),
		schema: ControlSchema,
	}),
	guides: defineCollection({
		loader: glob({ base: './content/guides', pattern: '[^_]*.mdx', generateId: fileNameId }),
		schema: GuideSchema,
	}),
	diagrams: defineCollection({
		loader: glob({ base: './content/diagrams', pattern: '[^_]*.yaml', generateId: fileNameId }),
		schema: DiagramSchema,
	}),
	modules: defineCollection({
		loader: glob({
			base: './content/learn/modules',
			pattern: '[^_]*.yaml',
			generateId: fileNameId,
		}),
		schema: ModuleSchema,
	}),
	questions: defineCollection({
		loader: glob({
			base: './content/learn/questions',
			pattern: '**/[^_]*.yaml',
			generateId: fileNameId,
		}),
		schema: QuestionSchema,
	}),
	bank: defineCollection({
		loader: glob({ base: './content', pattern: 'bank.yaml', generateId: () => 'bank' }),
		schema: BankSchema,
	}),
	workshop: defineCollection({
		loader: glob({
			base: './content/frameworks',
			pattern: 'ms-zt-workshop.yaml',
			generateId: () => 'ms-zt-workshop',
		}),
		schema: WorkshopSchema,
	}),
	scorecard: defineCollection({
		loader: glob({
			base: './content/automation',
			pattern: 'scorecard.yaml',
			generateId: () => 'scorecard',
		}),
		schema: ScorecardFileSchema,
	}),
};
