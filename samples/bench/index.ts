export { truthToReport, documentReport } from './truth-to-report.ts';
export { scorePairs, prf, type AccuracyTable, type ScoredPair } from './score-pairs.ts';
