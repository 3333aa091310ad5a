/**
 * Loads the tracker and attestation exports on demand: the exporters' module and the bank's long
 * texts (`/bank.json`), once per page. A failed load is forgotten, so the next attempt retries.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BankModel } from '../../lib/model';
import type * as Trackers from '../../lib/export/trackers';

type Exporters = typeof Trackers;

/** The exporters and the bank with its texts filled in. */
export interface TrackerKit {
	exporters: Exporters;
	/** The full bank when `/bank.json` loaded; the light bank otherwise (no stage descriptions). */
	bank: BankModel;
}

let loading: Promise<{ exporters: Exporters; text: unknown }> | null = null;

function load(): Promise<{ exporters: Exporters; text: unknown }> {
	loading ??= Promise.all([
		import('../../lib/export/trackers'),
		// Without the texts the exports still work, only without the stage descriptions.
		fetch('/bank.json')
			.then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
			.catch(() => null),
	]).then(
		([exporters, text]) => ({ exporters, text }),
		(error: unknown) => {
			loading = null;
			throw error;
		}
	);
	return loading;
}

/** The exporters with `bank` completed from `/bank.json`. */
export async function loadTrackers(bank: BankModel): Promise<TrackerKit> {
	const { exporters, text } = await load();
	return { exporters, bank: exporters.withBankText(bank, text) };
}

/**
 * The kit once `wanted` is true and it has loaded, else null. A load that fails leaves it null
 * and sets `failed`, so the page can say so.
 */
export function useTrackers(
	bank: BankModel,
	wanted: boolean
): { kit: TrackerKit | null; failed: boolean } {
	const [kit, setKit] = useState<TrackerKit | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		if (!wanted) return;
		let live = true;
		loadTrackers(bank).then(
			(loaded) => {
				if (live) setKit(loaded);
			},
			() => {
				if (live) setFailed(true);
			}
		);
		return () => {
			live = false;
		};
	}, [bank, wanted]);
	return { kit, failed };
}

/**
 * The "Create GitHub issue" link of each next action by control code, for `repository` (already
 * checked), built from the same action items as every other tracker export.
 */
export function issueLinksOf(
	kit: TrackerKit,
	assessment: Parameters<TrackerKit['exporters']['actionItems']>[0],
	result: Parameters<TrackerKit['exporters']['actionItems']>[2],
	site: string,
	repository: string
): Map<number, string> {
	const { actionItems, githubIssueUrl } = kit.exporters;
	return new Map(
		actionItems(assessment, kit.bank, result, { origin: site }).map((item) => [
			item.code,
			githubIssueUrl(repository, item),
		])
	);
}
