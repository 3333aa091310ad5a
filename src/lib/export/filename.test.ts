import { describe, expect, test } from 'vitest';
import { example } from './fixtures';
import { exportFileName, type ExportKind } from './filename';

describe('exportFileName', () => {
	test.each<[ExportKind, string]>([
		['json', 'trustline-payments-team-2026-11-26.json'],
		['csv', 'trustline-payments-team-2026-11-26.csv'],
		['md', 'trustline-payments-team-2026-11-26.md'],
		['plan', 'trustline-payments-team-2026-11-26-action-plan.md'],
		['gh', 'trustline-payments-team-2026-11-26-github-issues.sh'],
		['boards', 'trustline-payments-team-2026-11-26-azure-boards.csv'],
		['jira', 'trustline-payments-team-2026-11-26-jira.csv'],
		['cdxa', 'trustline-payments-team-2026-11-26.cdx.json'],
	])('names the %s download %s', (kind, name) => {
		expect(exportFileName(example(), kind)).toBe(name);
	});

	test.each([
		['Équipe Paiements', 'trustline-equipe-paiements-2026-11-26.json'],
		['../../etc/passwd', 'trustline-etc-passwd-2026-11-26.json'],
		['| evil <script>', 'trustline-evil-script-2026-11-26.json'],
		['東京チーム', 'trustline-assessment-2026-11-26.json'],
		['A'.repeat(80), `trustline-${'a'.repeat(40)}-2026-11-26.json`],
	])('reduces the name %j to a safe slug', (name, file) => {
		expect(exportFileName(example({ name }), 'json')).toBe(file);
	});

	test('uses the day of the last change, not of the export', () => {
		const assessment = example({ updatedAt: '2027-01-02T23:59:59.999Z' });
		expect(exportFileName(assessment, 'csv')).toBe('trustline-payments-team-2027-01-02.csv');
	});

	test('leaves the date out when the timestamp is not ISO 8601', () => {
		expect(exportFileName(example({ updatedAt: 'soon' }), 'json')).toBe(
			'trustline-payments-team.json'
		);
	});
});
