import { utimesSync, writeFileSync } from 'node:fs';
import type { Redis } from 'ioredis';

/**
 * A worker has no HTTP port, so its container healthcheck reads a file instead: every
 * `intervalMs` the file's time is renewed while Redis answers and the queue workers run. A stale
 * file (the healthcheck allows a few missed beats) means a stuck or disconnected worker.
 */
export function startHeartbeat(file: string, redis: Pick<Redis, 'ping'>, running: () => boolean, intervalMs = 10_000): () => void {
  const beat = async () => {
    try {
      if (!running() || (await redis.ping()) !== 'PONG') return;
      const now = new Date();
      try {
        utimesSync(file, now, now);
      } catch {
        writeFileSync(file, '');
      }
    } catch {
      // no beat: the file ages and the healthcheck fails
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
