// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { lightBank } from '../../lib/model';
import { scoreAssessment } from '../../lib/scoring';
import { BANK, EXAMPLE } from '../../lib/export/fixtures';
import { controlTextsOf } from '../../lib/workshop/texts';
import { parseCsv } from '../../test/csv';
import { exportFileName } from '../../lib/export/filename';
import TrackerPanel from './TrackerPanel';

const downloads = vi.hoisted(() => [] as { name: string; text: string; type: string }[]);
vi.mock(import('../../lib/download'), async (importOriginal) => ({
	...(await importOriginal()),
	downloadText: (name: string, text: string, type = 'text/plain') => {
		downloads.push({ name, text, type });
	},
}));

const result = scoreAssessment(BANK, EXAMPLE.answers, EXAMPLE.targets);

function renderPanel(repository = '', onRepository = vi.fn(), saved = true) {
	render(
		<TrackerPanel
			bank={lightBank(BANK)}
			assessment={EXAMPLE}
			fileName={(kind) => exportFileName(EXAMPLE, kind)}
			result={result}
			crosswalk={[]}
			site="https://trustline.example"
			repository={repository}
			onRepository={onRepository}
			saved={saved}
		/>
	);
	return onRepository;
}

beforeEach(() => {
	downloads.length = 0;
	vi.stubGlobal(
		'fetch',
		vi.fn(() => Promise.resolve(new Response(JSON.stringify(controlTextsOf(BANK)))))
	);
});
afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

describe('TrackerPanel', () => {
	test('saves a repository given as an address, as owner/name', () => {
		const save = renderPanel();
		const field = screen.getByLabelText('GitHub repository (owner/name)');
		fireEvent.input(field, { target: { value: 'https://github.com/contoso/payments.git' } });
		fireEvent.change(field);
		expect(save).toHaveBeenCalledWith('contoso/payments');
		expect((field as HTMLInputElement).value).toBe('contoso/payments');
		expect(screen.queryByRole('alert')).toBeNull();
	});

	test('says what to enter for a repository it cannot read, and saves nothing', () => {
		const save = renderPanel();
		const field = screen.getByLabelText('GitHub repository (owner/name)');
		fireEvent.input(field, { target: { value: 'payments' } });
		fireEvent.change(field);
		expect(save).not.toHaveBeenCalled();
		expect(screen.getByRole('alert').textContent).toBe(
			'“payments” is not a GitHub repository: enter it as owner/name, for example contoso/payments.'
		);
		expect(field.getAttribute('aria-invalid')).toBe('true');
	});

	test('downloads the Azure Boards CSV with the chosen work item type and the stage texts', async () => {
		renderPanel();
		fireEvent.change(screen.getByLabelText('Azure Boards work item type'), {
			target: { value: 'Task' },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Download Azure Boards CSV' }));
		await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
		const [file] = downloads;
		expect(file?.name).toBe('trustline-payments-team-2026-11-26-azure-boards.csv');
		const records = parseCsv(file?.text ?? '');
		expect(records.slice(1).map((r) => r[0])).toEqual(['Task', 'Task']);
		// "some" is the Initial description, which only /bank.json holds.
		expect(records[1]?.[2]).toContain('<strong>What Initial looks like:</strong> some');
	});

	test('says a shared result keeps the repository on the page only', () => {
		renderPanel('', vi.fn(), false);
		expect(screen.getByText(/Kept on this page only/)).toBeTruthy();
	});

	test('downloads the CycloneDX attestation from its own module', async () => {
		renderPanel();
		fireEvent.click(screen.getByRole('button', { name: 'Download CycloneDX attestation' }));
		await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
		const [file] = downloads;
		expect(file?.name).toBe('trustline-payments-team-2026-11-26.cdx.json');
		expect(file?.type).toBe('application/vnd.cyclonedx+json');
		const bom = JSON.parse(file?.text ?? '') as { bomFormat: string; specVersion: string };
		expect([bom.bomFormat, bom.specVersion]).toEqual(['CycloneDX', '1.6']);
	});

	test('downloads the script for the saved repository', async () => {
		renderPanel('contoso/payments');
		fireEvent.click(screen.getByRole('button', { name: 'Download GitHub issue script' }));
		await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
		expect(downloads[0]?.text).toContain("repo='contoso/payments'");
	});
});
