/**
 * PostgreSQL faults that say "try again later" rather than "your request is wrong": the API answers
 * 503 with Retry-After for them, and a worker's job fails and is retried by the queue.
 *
 * SQLSTATE classes and codes (PostgreSQL manual, appendix A "PostgreSQL Error Codes"):
 * 08 connection exception, 53 insufficient resources, 57P01–57P03 admin shutdown / crash
 * shutdown / cannot connect now, 57014 query_canceled (statement_timeout), 55P03
 * lock_not_available (lock_timeout), 40001 serialization_failure, 40P01 deadlock_detected.
 */
const RETRYABLE_CODES = new Set(['57014', '55P03', '57P01', '57P02', '57P03', '40001', '40P01']);
const RETRYABLE_CLASSES = ['08', '53'];
/** Socket-level failures of the driver (no SQLSTATE). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** node-postgres's own messages for a dead or unreachable server (it sets no code on these). */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The connection itself is gone: the client must not be reused. */
export function isConnectionLost(err: unknown): boolean {
  const code = codeOf(err);
  if (code && (code.startsWith('08') || code === '57P01' || code === '57P02' || SOCKET_CODES.has(code))) return true;
  const message = err instanceof Error ? err.message : '';
  return DRIVER_MESSAGES.some((m) => message.includes(m));
}

/** A transient database fault: worth a retry after a pause. */
export function isDbUnavailable(err: unknown): boolean {
  const code = codeOf(err);
  if (code && (RETRYABLE_CODES.has(code) || RETRYABLE_CLASSES.some((c) => code.startsWith(c)))) return true;
  return isConnectionLost(err);
}
