import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Personal data never reaches the logs: request bodies, job payloads and OCR text are not logged
 * by design, and these paths are censored in case one slips into a log object anyway.
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'token',
  '*.token',
  'body',
  '*.body',
  'text',
  '*.text',
  // Not the top-level `name`: that is pino's logger name (api, worker, cli), which must stay readable.
  '*.name',
  'idNumber',
  '*.idNumber',
  'applicant',
  '*.applicant',
  'fields',
  '*.fields',
];

/** `destination`: where lines go. @default stdout */
export function createLogger(opts: { level?: string; name?: string; destination?: DestinationStream } = {}): Logger {
  const options = { name: opts.name ?? 'precheck', level: opts.level ?? 'info', redact: { paths: REDACT, censor: '[redacted]' } };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
export type { Logger };
export { errorForLog } from '../../workers/jobs/index.ts';

