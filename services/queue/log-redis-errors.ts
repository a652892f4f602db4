import type { EventEmitter } from 'node:events';
import { errorForLog, type Logger } from '../config/index.ts';

/** While Redis is down a client retries every few hundred ms: one warning per source per this period. */
const QUIET_MS = 10_000;

/**
 * Gives each Redis client or BullMQ queue an `'error'` listener (without one, an emitter's error
 * is thrown, or ioredis prints it raw) that warns at most once per QUIET_MS per source, with the
 * error's class only.
 */
export function logRedisErrors(log: Logger, sources: Record<string, EventEmitter>): void {
  for (const [source, emitter] of Object.entries(sources)) {
    let last = 0;
    emitter.on('error', (err: unknown) => {
      const now = Date.now();
      if (now - last < QUIET_MS) return;
      last = now;
      log.warn({ source, err: errorForLog(err) }, 'redis unavailable');
    });
  }
}
