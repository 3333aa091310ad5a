/**
 * The tracker and attestation exports in one module, which `/results/` imports only when a user
 * sets a repository or asks for one of these files, so they cost nothing until then.
 */
export { actionItems, type ActionItem } from './actions';
export { bankTextOf, withBankText } from './bank-text';
export { BOARDS_ITEM_TYPES, toBoardsCsv, toJiraCsv, type BoardsItemType } from './boards';
export { toCdxaJson } from './cdxa';
export { toGhScript } from './gh-script';
export { githubIssueUrl, parseRepository } from './github';
