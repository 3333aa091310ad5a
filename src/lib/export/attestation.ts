/**
 * The CycloneDX attestation export, which `/results/` imports only when a user asks for the file.
 * Its file name is its chunk's name (`attestation`), which scripts/budgets.json measures as
 * loaded on demand.
 */
export { withBankText } from './bank-text';
export { toCdxaJson } from './cdxa';
