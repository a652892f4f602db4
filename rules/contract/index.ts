export * from './case.ts';
export * from './flag-codes.ts';
export * from './report.ts';
export { validateReport, reportJsonSchema } from './validate-report.ts';
