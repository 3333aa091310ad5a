/**
 * The exports of the tracker panel, part of the chunk `tracker`: the tracker exporters and, from
 * its own chunk `attestation`, the attestation builder, each with the bank's long texts from
 * `/workshop/controls.json` (fetched once per page; without them the exports still work, without
 * stage descriptions).
 */
import type { Assessment, BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import * as Tracker from '../../lib/export/tracker';
import type * as Attestation from '../../lib/export/attestation';
import { withBankText } from '../../lib/export/bank-text';
import { fetchControlTexts } from '../../lib/workshop/texts';

/** A loaded exports module and the bank with its texts filled in. */
export interface Kit<M> {
	exporters: M;
	/** The full bank when the texts loaded; the light bank otherwise (no stage descriptions). */
	bank: BankModel;
}
export type TrackerKit = Kit<typeof Tracker>;
export type AttestationKit = Kit<typeof Attestation>;

let texts: Promise<unknown> | null = null;

/**
 * The workshop's file of control texts (src/pages/workshop/controls.json.ts), fetched once; null
 * when it cannot be had, and then asked for again next time.
 */
function controlTexts(): Promise<unknown> {
	texts ??= fetchControlTexts().then((text) => {
		if (text === null) texts = null;
		return text;
	});
	return texts;
}

async function kitOf<M>(exporters: M, bank: BankModel): Promise<Kit<M>> {
	return { exporters, bank: withBankText(bank, await controlTexts()) };
}

/** The tracker exporters with `bank` completed from the texts file. */
export const loadTrackers = (bank: BankModel): Promise<TrackerKit> => kitOf(Tracker, bank);

/** The attestation builder (its own chunk) with `bank` completed from the texts file. */
export const loadAttestation = async (bank: BankModel): Promise<AttestationKit> =>
	kitOf(await import('../../lib/export/attestation'), bank);

/** The "Create GitHub issue" links of the viewed result's next actions, for `repository`. */
export async function issueLinksFor(
	bank: BankModel,
	assessment: Assessment,
	result: ScoreResult,
	site: string,
	repository: string
): Promise<Tracker.IssueLink[]> {
	const kit = await loadTrackers(bank);
	return Tracker.issueLinks(assessment, kit.bank, result, site, repository);
}
