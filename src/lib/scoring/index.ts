/**
 * The scoring engine: answers + bank -> environment scores and stages, overall result, threat
 * exposure and roadmap. Pure functions only, no DOM and no astro:* imports, so stores, islands,
 * exports and tests all share one implementation.
 */
export type {
	CappingControl,
	EnvironmentScore,
	RoadmapItem,
	ScoreResult,
	ThreatCoverage,
	ThreatStatus,
} from './types';
export { scoreAssessment } from './assessment';
export { isAnswerValue, levelOfValue, readAnswers } from './answers';
export { scoreEnvironment } from './environment';
export { buildRoadmap, STEP_ANCHORS } from './roadmap';
export { capOfLevel, stageOfScore, STAGE_THRESHOLDS, toPercent } from './stages';
export { sortThreatsByExposure, threatCoverage, threatStatus } from './threats';
