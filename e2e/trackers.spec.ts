/**
 * Tracker exports, framework coverage and the CycloneDX attestation on /results/: the repository
 * field, the "Create GitHub issue" links, the downloads parsed back, and the coverage tables
 * against the pure module.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ASSESSMENTS_KEY, axeViolations, saveAssessment, visit } from './helpers';
import { realBank } from '../src/test/content';
import { parseCsv } from '../src/test/csv';

const KEY = ASSESSMENTS_KEY;
/** A name a shell would run if it were not quoted: command substitution, backticks, quotes. */
const HOSTILE = `Team $(touch pwned) \`touch pwned2\` 'q' "dq"; echo hi`;
const VALUES = [0, 1, 2, 3, 'na', 'unknown', 2, 3] as const;

function answersOf() {
	const bank = realBank();
	return Object.fromEntries(
		bank.controls.map((c, i) => [
			String(c.code),
			VALUES[i % VALUES.length] === 'na'
				? { value: 'na', naReason: 'No such system' }
				: { value: VALUES[i % VALUES.length], ...(i === 0 ? { note: 'Keys in a vault' } : {}) },
		])
	);
}

/** The summary of the disclosure that holds the tracker and attestation exports. */
const TRACKERS = 'GitHub issues, Azure Boards, Jira, CycloneDX';

/** Opens the tracker exports, which load when their disclosure is opened. */
async function openTrackers(page: Page) {
	await page.getByText(TRACKERS).click();
	await expect(page.getByRole('textbox', { name: 'GitHub repository (owner/name)' })).toBeVisible();
}

/** Saves an assessment answered by a repeating pattern, optionally with a repository. */
async function seed(
	page: Page,
	name = 'Payments team',
	repository?: string,
	answers: Record<string, unknown> = answersOf()
) {
	await saveAssessment(page, {
		name,
		bankVersion: realBank().version,
		answers,
		extra: repository ? { repository } : {},
	});
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await download;
	return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** The "Create GitHub issue" links' addresses in the tracker panel, one per next action listed. */
async function issueLinks(page: Page): Promise<string[]> {
	const links = page.getByRole('link', { name: 'Create GitHub issue' });
	await expect(links).toHaveCount(10);
	return links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

test('the repository is saved with the assessment, and each next action gets a link to a filled-in GitHub issue', async ({
	page,
}) => {
	await seed(page);
	const { problems } = await visit(page, '/results/');
	const field = page.getByRole('textbox', { name: 'GitHub repository (owner/name)' });
	await openTrackers(page);
	await expect(page.getByRole('link', { name: 'Create GitHub issue' })).toHaveCount(0);

	await field.fill('payments');
	await field.press('Tab');
	await expect(page.getByRole('alert')).toContainText('“payments” is not a GitHub repository');
	await expect(field).toHaveAttribute('aria-invalid', 'true');

	await field.fill('https://github.com/contoso/payments.git');
	await field.press('Tab');
	await expect(field).toHaveValue('contoso/payments');
	const links = await issueLinks(page);

	// One link per next action the page lists, in the same order, titled after its step.
	const steps = await page.locator('.roadmap li').evaluateAll((lis) =>
		lis.map((li) =>
			/^Raise (.+) from (\w+) to (\w+)/
				.exec(li.textContent ?? '')
				?.slice(1)
				.join('|')
		)
	);
	expect(
		links.map((link) => {
			const [, control, from, to] =
				/^(.+): from (\w+) to (\w+)$/.exec(new URL(link).searchParams.get('title') ?? '') ?? [];
			return [control, from, to].join('|');
		})
	).toEqual(steps);
	const url = new URL(links[0] ?? '');
	expect(`${url.origin}${url.pathname}`).toBe('https://github.com/contoso/payments/issues/new');
	const labels = url.searchParams.get('labels')?.split(',') ?? [];
	expect(labels[0]).toBe('trustline');
	expect(['developer-environment', 'devops-platform', 'application-environment']).toContain(
		labels[1]
	);
	const body = url.searchParams.get('body') ?? '';
	expect(body).toContain('### What ');
	expect(body).toContain('### Threats it mitigates');
	expect(body).toMatch(/Follow the guide: https?:\/\/[^/]+\/guides\/[\w-]+\/#[\w-]+/);
	expect(body).toContain('Trustline assessment Payments team (2026-11-25)');
	for (const link of links) expect(link.length).toBeLessThan(8000);
	test.info().annotations.push({
		type: 'longest issue link',
		description: String(Math.max(...links.map((link) => link.length))),
	});

	// Saved with the assessment: after a reload the panel shows the repository and the links.
	await page.reload();
	await openTrackers(page);
	await expect(field).toHaveValue('contoso/payments');
	expect(await issueLinks(page)).toEqual(links);
	const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
	expect(JSON.parse(saved ?? '{}').assessments[0].repository).toBe('contoso/payments');

	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('the Azure Boards and Jira CSV files parse back to one row per action of the plan', async ({
	page,
}) => {
	await seed(page);
	await visit(page, '/results/');
	await openTrackers(page);
	await page.getByRole('combobox', { name: 'Azure Boards work item type' }).selectOption('Task');
	const boards = await downloadText(page, 'Download Azure Boards CSV');
	expect(boards.name).toBe('trustline-payments-team-2026-11-25-azure-boards.csv');
	const rows = parseCsv(boards.text);
	expect(rows[0]).toEqual(['Work Item Type', 'Title', 'Description', 'Tags', 'Priority']);
	const items = rows.slice(1);
	// The same ranked actions as the action plan, which lists every step.
	const plan = await downloadText(page, 'Download action plan');
	const steps = plan.text.split('\n').filter((line) => line.startsWith('- [ ] Raise '));
	expect(items).toHaveLength(steps.length);
	const [first] = items;
	expect(first?.[0]).toBe('Task');
	// "- [ ] Raise <control> from <stage> to <stage> (…" in the plan, "<control>: from <stage> to
	// <stage>" in the tracker.
	expect(items.map((r) => r[1])).toEqual(
		steps.map((s) => {
			const [, control, from, to] =
				/^- \[ \] Raise (.+) from (\w+) to (\w+) \(/.exec(s.replace(/\\/g, '')) ?? [];
			return `${control}: from ${from} to ${to}`;
		})
	);
	expect(first?.[2]).toMatch(/^<p>Raise “.+<a href="https?:\/\/[^"]+\/guides\/[^"]+">/);
	// What the next stage looks like, from the bank's texts that load with the exporters.
	expect(first?.[2]).toMatch(/<p><strong>What (Initial|Advanced|Optimal) looks like:<\/strong> \w/);
	expect(first?.[3]).toMatch(
		/^trustline; (developer-environment|devops-platform|application-environment)$/
	);
	expect(items.map((r) => r[4])).toEqual(
		items.map((_, i) => String(1 + Math.floor((4 * i) / items.length)))
	);
	expect(items.every((r) => r.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);

	const jira = await downloadText(page, 'Download Jira CSV');
	expect(jira.name).toBe('trustline-payments-team-2026-11-25-jira.csv');
	const jiraRows = parseCsv(jira.text);
	expect(jiraRows[0]).toEqual(['Summary', 'Description', 'Labels', 'Labels', 'Priority']);
	expect(jiraRows.slice(1).map((r) => r[0])).toEqual(items.map((r) => r[1]));
	expect(jiraRows[1]?.[2]).toBe('trustline');
	expect(jiraRows[1]?.[4]).toBe('Highest');
});

test('the gh script quotes a hostile assessment name so running it creates the same issues as the links', async ({
	page,
}) => {
	await seed(page, HOSTILE, 'contoso/payments');
	await visit(page, '/results/');
	await openTrackers(page);
	const links = await issueLinks(page);
	const script = await downloadText(page, 'Download GitHub issue script');
	expect(script.name).toMatch(/^trustline-.*-2026-11-25-github-issues\.sh$/);

	// Run it with a stand-in for gh that records its arguments.
	const dir = mkdtempSync(join(tmpdir(), 'trustline-gh-'));
	const log = join(dir, 'calls');
	writeFileSync(
		join(dir, 'gh'),
		// Arguments end with NUL, calls with RS (U+001E), which no cleaned text holds.
		`#!/bin/sh\nfor a in "$@"; do printf '%s\\0' "$a"; done >> "$GH_LOG"\nprintf '\\036' >> "$GH_LOG"\n`
	);
	chmodSync(join(dir, 'gh'), 0o755);
	writeFileSync(join(dir, 'issues.sh'), script.text);
	execFileSync('bash', [join(dir, 'issues.sh')], {
		cwd: dir,
		env: { PATH: `${dir}:/usr/bin:/bin`, GH_LOG: log },
	});
	expect(existsSync(join(dir, 'pwned'))).toBe(false);
	expect(existsSync(join(dir, 'pwned2'))).toBe(false);

	const calls = readFileSync(log, 'utf8')
		.split('\u001e')
		.filter(Boolean)
		.map((call) => call.split('\0').slice(0, -1));
	const issues = calls.filter((args) => args[0] === 'issue');
	const steps = script.text.match(/^# Action \d+ of (\d+)$/m);
	expect(issues).toHaveLength(Number(steps?.[1]));
	const arg = (args: string[], flag: string) => args[args.indexOf(flag) + 1];
	for (const [i, link] of links.entries()) {
		const url = new URL(link);
		const args = issues[i] ?? [];
		expect(arg(args, '--repo')).toBe('contoso/payments');
		expect(arg(args, '--title')).toBe(url.searchParams.get('title'));
		expect(args.filter((_, j) => args[j - 1] === '--label')).toEqual(
			url.searchParams.get('labels')?.split(',')
		);
		// The links' bodies are shortened only when they would not fit in 8,000 characters.
		if (!url.searchParams.get('body')?.includes('Shortened to fit in a link')) {
			expect(arg(args, '--body')).toBe(url.searchParams.get('body'));
		}
	}
	expect(arg(issues[0] ?? [], '--body')).toContain(
		'Team \\$(touch pwned) \\`touch pwned2\\` \'q\' "dq"; echo hi'
	);
});

test('the CycloneDX attestation holds the bank as a standard and a claim per answered control', async ({
	page,
}) => {
	await seed(page);
	await visit(page, '/results/');
	await openTrackers(page);
	const file = await downloadText(page, 'Download CycloneDX attestation');
	expect(file.name).toBe('trustline-payments-team-2026-11-25.cdx.json');
	const bom = JSON.parse(file.text);
	const bank = realBank();
	expect(bom.bomFormat).toBe('CycloneDX');
	expect(bom.specVersion).toBe('1.6');
	expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
	const [standard] = bom.definitions.standards;
	expect(standard.version).toBe(String(bank.version));
	// Each control a requirement, with one child per stage.
	expect(standard.requirements).toHaveLength(bank.controls.length * 5);
	expect(standard.levels.map((l: { identifier: string }) => l.identifier)).toEqual([
		'Traditional',
		'Initial',
		'Advanced',
		'Optimal',
	]);
	const [attestation] = bom.declarations.attestations;
	expect(bom.declarations.claims).toHaveLength(bank.controls.length);
	expect(attestation.map).toHaveLength(bank.controls.length);
	const na = bom.declarations.claims.find((c: { reasoning: string }) =>
		c.reasoning.startsWith('Not applicable')
	);
	expect(na.reasoning).toBe('Not applicable: No such system');
	const [note] = bom.declarations.evidence;
	expect(note.data[0].contents.attachment.content).toBe('Keys in a vault');
	const coverage = bom.metadata.properties.map((p: { name: string }) => p.name);
	expect(coverage).toContain('trustline:coverage:ssdf');
});

test('the coverage table matches a hand-computed example, and the report includes it', async ({
	page,
}) => {
	// SLSA as the catalogue maps it: Build L1 (build provenance), Build L2 (build provenance,
	// isolated build agents), Build L3 (hermetic builds, scoped caches, isolated build agents),
	// Source L2 and L3 (protected branches) and Source L4 (required code review).
	const bank = realBank();
	const code = (id: string) => String(bank.controls.find((c) => c.id === id)?.code);
	await seed(page, 'Payments team', undefined, {
		[code('build-provenance-attestations')]: { value: 2 },
		[code('isolated-build-agents')]: { value: 1 },
		[code('verified-hermetic-builds')]: { value: 3 },
		[code('scoped-build-caches')]: { value: 'na', naReason: 'No caches' },
		[code('protected-branches')]: { value: 'unknown' },
	});
	const { problems } = await visit(page, '/results/');
	await expect(page.getByRole('heading', { name: 'Framework coverage' })).toBeVisible();
	const table = page.getByRole('table', { name: 'SLSA: 6 IDs cited' });
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? ''))
		);
	// Build L1 met (Advanced); Build L2 and L3 partly met (Initial beside Advanced or Optimal;
	// Not applicable is not counted); Source L2 and L3 not met ("Don't know" counts as
	// Traditional); Source L4 not assessed (unanswered).
	expect(rows).toEqual([
		['Met', '1', '17 %'],
		['Partly met', '2', '33 %'],
		['Not met', '2', '33 %'],
		['Not assessed', '1', '17 %'],
	]);
	const report = await downloadText(page, 'Download Markdown report');
	expect(report.text).toContain('## Framework coverage');
	expect(report.text).toContain('| SLSA | 6 | 1 (17 %) | 2 (33 %) | 2 (33 %) | 1 (17 %) |');
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});
