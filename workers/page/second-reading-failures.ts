import { errorForLog } from '../log/index.ts';

/**
 * The second engine's (PP-OCR's) readings a page can lose to an error: the money table read again
 * (`tableReread`), a motion-blurred page's table read from its restored image (`restoredRead`), and
 * a weak single line read again on its crop (`weakLineReread`).
 */
export type SecondReadingKind = 'tableReread' | 'restoredRead' | 'weakLineReread';

/** Where the page room logs; the service's pino logger fits it. */
export interface PageLog {
  warn(obj: object, msg?: string): void;
}

/**
 * Failures of the second reading since the process started, per kind. A failed reading leaves the
 * first one alone, so the page still gets a result: this count, the log line and the page's own
 * `readingFailures` are what show that it happened.
 */
export const secondReadingFailures: Record<SecondReadingKind, number> = { tableReread: 0, restoredRead: 0, weakLineReread: 0 };

/** Without a logger passed in, one JSON line on stderr (the CLI's stdout is its summary). */
const STDERR_LOG: PageLog = {
  warn: (obj, msg) => void process.stderr.write(JSON.stringify({ level: 'warn', ...obj, msg }) + '\n'),
};

/**
 * Counts one failure and logs it: the page number, the kind, and the error's class and stack
 * frames. Never the message, which may quote what was read from the page.
 */
export function noteSecondReadingFailure(kind: SecondReadingKind, err: unknown, page: number, log: PageLog | undefined): void {
  secondReadingFailures[kind]++;
  (log ?? STDERR_LOG).warn({ page, reading: kind, err: errorForLog(err) }, 'second reading failed');
}
