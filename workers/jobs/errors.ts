import { UnrecoverableError } from 'bullmq';

/** Bad input: retrying it only burns CPU, so BullMQ must not (BullMQ's UnrecoverableError skips the remaining attempts). */
export class BadInputError extends UnrecoverableError {
  constructor(readonly reason: string) {
    super(`bad_input: ${reason}`);
    this.name = 'BadInputError';
  }
}

/** A payload that fails its schema: a producer bug, never fixed by a retry. */
export class BadPayloadError extends UnrecoverableError {
  constructor(jobName: string) {
    super(`bad_payload: ${jobName}`);
    this.name = 'BadPayloadError';
  }
}

/**
 * Anything else is transient and retried. Its message is replaced by the error's class name so
 * nothing read from a document can reach `failedReason` (stored in clear text in Redis).
 */
export class TransientJobError extends Error {
  constructor(cause: unknown) {
    const name = (cause as { name?: string })?.name ?? 'Error';
    const code = (cause as { code?: unknown })?.code;
    super(`transient: ${name}${typeof code === 'string' ? ` (${code})` : ''}`);
    this.name = 'TransientJobError';
  }
}

/** The reason code of a pipeline error caused by the input itself, or null. */
export function badInputReason(err: unknown): string | null {
  if (err instanceof BadInputError) return err.reason;
  const e = err as { name?: string; reason?: unknown };
  if (e?.name === 'InvalidDocumentError' && typeof e.reason === 'string') return e.reason;
  return null;
}

/** Shared with the page room, which logs the second reading's failures (workers/log). */
export { errorForLog } from '../log/index.ts';
