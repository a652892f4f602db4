import type { Redis } from 'ioredis';
import type { Logger } from '../config/index.ts';

export class UnsafeRedisError extends Error {
  constructor(readonly policy: string) {
    super(
      `Redis maxmemory-policy is "${policy}": it may evict queue keys and lose jobs. ` +
        'Set maxmemory-policy noeviction before starting (BullMQ requires it).',
    );
    this.name = 'UnsafeRedisError';
  }
}

export class RedisNotDurableError extends Error {
  constructor() {
    super('Redis runs without AOF (appendonly no) and REDIS_REQUIRE_AOF is set: a Redis restart would lose queued jobs. Start Redis with --appendonly yes.');
    this.name = 'RedisNotDurableError';
  }
}

export interface RedisSafetyOptions {
  /** The edge: reads `maxmemory-policy`. @default CONFIG GET on the given client */
  readPolicy?: () => Promise<string>;
  /** The edge: reads `appendonly`. @default CONFIG GET on the given client */
  readAppendOnly?: () => Promise<string>;
  /** Refuse to start without AOF (production); otherwise warn once. @default false */
  requireAof?: boolean;
  log?: Pick<Logger, 'warn'>;
}

/**
 * Refuses to run on a Redis that would drop jobs under memory pressure (any policy but
 * noeviction). Without AOF, jobs queued since Redis's last snapshot are lost when it restarts:
 * refused when `requireAof`, otherwise logged as a warning (dev and CI Redis keep nothing on disk).
 */
export async function assertRedisSafe(redis: Pick<Redis, 'config'>, opts: RedisSafetyOptions = {}): Promise<void> {
  const read = async (key: string) => {
    const [, value] = (await redis.config('GET', key)) as [string, string];
    return value;
  };
  const policy = await (opts.readPolicy ?? (() => read('maxmemory-policy')))();
  if (policy !== 'noeviction') throw new UnsafeRedisError(policy);
  const aof = await (opts.readAppendOnly ?? (() => read('appendonly')))();
  if (aof === 'yes') return;
  if (opts.requireAof) throw new RedisNotDurableError();
  opts.log?.warn({ appendonly: aof }, 'Redis runs without AOF: jobs queued since its last snapshot are lost if it restarts');
}
