import type { Redis } from 'ioredis';
import type { Logger } from '../../config/index.ts';
import { logRedisErrors } from '../../queue/index.ts';
import { HttpError } from '../http-error.ts';

export interface StreamLimits {
  /** Open event streams in this API process. @default 200 */
  total: number;
  /** Open event streams per token (a browser tab each). @default 10 */
  perToken: number;
}
export const STREAM_LIMITS: StreamLimits = { total: 200, perToken: 10 };

export interface StreamHub {
  /**
   * Registers one stream on a channel; throws 429 past the limits. The returned function ends it
   * (idempotent), and the channel is unsubscribed with its last stream.
   */
  open(channel: string, tokenId: string, onMessage: (message: string) => void): Promise<() => void>;
  /** Number of open streams (for tests and metrics). */
  size(): number;
  /** Ends every stream's subscription and the shared connection (shutdown). */
  close(): Promise<void>;
}

/**
 * One Redis subscriber connection for every event stream of the process: a stream costs a
 * listener, not a connection, so neither a flood of streams nor a failed subscribe leaves Redis
 * clients behind, and shutdown closes one connection.
 */
export function createStreamHub(redis: Redis, log: Logger, limits: StreamLimits = STREAM_LIMITS): StreamHub {
  const sub = redis.duplicate({ lazyConnect: true });
  logRedisErrors(log, { sse: sub });
  const channels = new Map<string, Set<(message: string) => void>>();
  const perToken = new Map<string, number>();
  let total = 0;
  sub.on('message', (channel: string, message: string) => {
    for (const f of channels.get(channel) ?? []) f(message);
  });

  return {
    async open(channel, tokenId, onMessage) {
      if (total >= limits.total) throw new HttpError(429, 'too_many_streams');
      if ((perToken.get(tokenId) ?? 0) >= limits.perToken) throw new HttpError(429, 'too_many_streams');
      total++;
      perToken.set(tokenId, (perToken.get(tokenId) ?? 0) + 1);
      let listeners = channels.get(channel);
      const first = !listeners;
      if (!listeners) channels.set(channel, (listeners = new Set()));
      listeners.add(onMessage);
      let open = true;
      const end = () => {
        if (!open) return;
        open = false;
        total--;
        const n = (perToken.get(tokenId) ?? 1) - 1;
        if (n > 0) perToken.set(tokenId, n);
        else perToken.delete(tokenId);
        listeners!.delete(onMessage);
        if (listeners!.size === 0 && channels.get(channel) === listeners) {
          channels.delete(channel);
          sub.unsubscribe(channel).catch(() => undefined);
        }
      };
      try {
        if (first) await sub.subscribe(channel);
      } catch (err) {
        end();
        throw err;
      }
      return end;
    },
    size: () => total,
    async close() {
      channels.clear();
      perToken.clear();
      total = 0;
      sub.disconnect();
    },
  };
}
