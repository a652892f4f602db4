import { pino, type Logger } from 'pino';

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
  'name',
  '*.name',
  'idNumber',
  '*.idNumber',
  'applicant',
  '*.applicant',
  'fields',
  '*.fields',
];

export function createLogger(opts: { level?: string; name?: string } = {}): Logger {
  return pino({
    name: opts.name ?? 'precheck',
    level: opts.level ?? 'info',
    redact: { paths: REDACT, censor: '[redacted]' },
  });
}
export type { Logger };
