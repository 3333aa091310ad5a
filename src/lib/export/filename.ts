/**
 * File names for the downloads: `trustline-<name>-<date>` plus the kind's ending, so a folder of
 * exports sorts by team and then by day.
 */
import type { Assessment } from '../model';
import { fileSlug } from '../download';
import { assessmentDay } from './labels';

/**
 * The downloads: JSON export, CSV, Markdown report and action plan, and the tracker and audit
 * files (GitHub issue script, Azure Boards CSV, Jira CSV, CycloneDX attestation).
 */
export type ExportKind = 'json' | 'csv' | 'md' | 'plan' | 'gh' | 'boards' | 'jira' | 'cdxa';

/** The downloads of the Export panel, which src/lib/export/downloads.ts makes. */
export type FormatKind = Extract<ExportKind, 'json' | 'csv' | 'md' | 'plan'>;

const ENDINGS: Record<ExportKind, string> = {
	json: '.json',
	csv: '.csv',
	md: '.md',
	plan: '-action-plan.md',
	gh: '-github-issues.sh',
	boards: '-azure-boards.csv',
	jira: '-jira.csv',
	// CycloneDX's recommended ending for a BOM in JSON.
	cdxa: '.cdx.json',
};

/**
 * The download's file name, e.g. `trustline-payments-team-2026-11-26.json` or
 * `trustline-payments-team-2026-11-26-action-plan.md`. The name is reduced to lower-case ASCII
 * letters, digits and hyphens (accents dropped, so "Équipe" gives "equipe"; a name with none
 * left gives "assessment"); the date is the day of the assessment's last change.
 */
export function exportFileName(assessment: Assessment, kind: ExportKind): string {
	const name = typeof assessment.name === 'string' ? assessment.name : '';
	// Decomposing first turns "é" into "e" plus a combining accent, which the slug then drops.
	const slug = fileSlug(name.normalize('NFKD').replace(/\p{M}/gu, ''));
	const day = assessmentDay(assessment);
	return `trustline-${slug}${day ? `-${day}` : ''}${ENDINGS[kind]}`;
}
