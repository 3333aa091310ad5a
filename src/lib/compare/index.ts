/**
 * Comparing results: side by side (a grid keyed by control code with spread, median and the
 * controls to discuss), over time (snapshot diffs), across bank versions (shared controls only),
 * and shared again (the comparison link, CSV and Markdown). Pure functions, no DOM.
 */
export {
	columnLabel,
	compareResults,
	DISCUSS_SPREAD,
	medianOf,
	restrictBank,
	sharedCodes,
	spreadOf,
	weakestPerEnvironment,
	type Column,
	type Comparison,
	type GridRow,
	type WeakestResult,
} from './grid';
export { groupRows, sortRows, type RowGroup, type SortDirection, type SortKey } from './sort';
export {
	COMPARISON_PREFIX,
	decodeComparison,
	encodeComparison,
	MAX_COMPARED,
	type ComparisonOutcome,
	type LinkedResult,
} from './link';
export { readFile } from './files';
export {
	readLinks,
	resultOfAssessment,
	withinLimit,
	type EntryProblem,
	type LoadedResult,
	type ReadOutcome,
} from './entries';
export {
	diffSnapshots,
	makeSnapshot,
	MAX_SNAPSHOTS,
	readSnapshots,
	resultOfSnapshot,
	SNAPSHOT_SCHEMA,
	withSnapshot,
	type AnswerSet,
	type ControlChange,
	type ScoreChange,
	type Snapshot,
	type SnapshotDiff,
	type SnapshotReason,
	type SnapshotState,
} from './snapshots';
export { toComparisonCsv, toComparisonMarkdown } from './report';
export { medianWord, spreadWord, valueWord } from './words';
