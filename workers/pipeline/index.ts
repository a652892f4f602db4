export { createPipeline, sha256, type Pipeline, type PipelineOptions, type ProgressEvent, type PageCache } from './create-pipeline.ts';
export { buildReport, caseFactsOrNull } from './build-report.ts';
export { PIPELINE_VERSION, PAGE_PIPELINE_VERSION } from './pipeline-version.ts';
export type { DocumentInput } from './assemble-document.ts';
