import { sandboxCrashReason } from '../../../workers/sandbox/index.ts';
import { isDbUnavailable } from '../../store/index.ts';

/** Seconds a client is asked to wait after a 503 (Retry-After). */
export const RETRY_AFTER_S = 5;

/**
 * ioredis gives up on a command after its retries (`MaxRetriesPerRequestError`) or when the
 * connection is closed; BullMQ passes those through from `add`.
 */
function isRedisUnavailable(err: unknown): boolean {
  const e = err as { name?: string; message?: string; code?: string } | null;
  if (!e) return false;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  return typeof e.message === 'string' && /Connection is closed|Stream isn't writeable|Reached the max retries per request limit/.test(e.message);
}

/** A sandbox child that could not start (not because of the file): the request can be repeated. */
function isSandboxDown(err: unknown): boolean {
  return sandboxCrashReason(err) === 'sandbox_unavailable';
}

/** A backing service is down or too slow: the request can be repeated as it is, later. */
export function isUnavailable(err: unknown): boolean {
  return isDbUnavailable(err) || isRedisUnavailable(err) || isSandboxDown(err);
}
