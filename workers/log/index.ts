/** Log helpers every room of workers/ may use (page, document, pipeline, jobs): nothing here imports them. */
export { errorForLog } from './error-for-log.ts';
