/**
 * What the results page loads when the user opens "Work items and attestation" or has set a
 * GitHub repository: the tracker panel, the tracker exporters and the "Create GitHub issue"
 * links. This module's file name names its chunk (`tracker`), which scripts/budgets.json
 * measures as loaded on demand; the attestation builder is a chunk of its own (`attestation`).
 */
export { default as Trackers } from './Trackers';
