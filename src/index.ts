/**
 * The library API: one brief (`renderBrief`), an article's analysis (`inspectArticle`), and
 * batches (`runBatch`).
 */
export {
  analyseBytes, inspectArticle, renderBrief, renderBriefFromBytes,
  type BriefOptions, type BriefResult, type StageTimings,
} from './pipeline.js';
export { runBatch, batchExitCode, type BatchOptions, type BatchResult } from './batch/runBatch.js';
export type { ArticleRecord, Report } from './batch/report.js';
export type { Article } from './ingest/Article.js';
export type { Analysis, Figure, Person, Quote } from './analyse/Analysis.js';
export type { DocTree } from './compose/DocTree.js';
export type { LaidOut, Page } from './layout/Page.js';
export { BriefError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
export { toInspectReport, type InspectReport } from './inspectReport.js';
