import type { Redis } from 'ioredis';

export class UnsafeRedisError extends Error {
  constructor(readonly policy: string) {
    super(
      `Redis maxmemory-policy is "${policy}": it may evict queue keys and lose jobs. ` +
        'Set maxmemory-policy noeviction (reliability F9) before starting.',
    );
    this.name = 'UnsafeRedisError';
  }
}

/**
 * Refuses to run on a Redis that would drop jobs under memory pressure. `readPolicy` is the
 * edge: by default `CONFIG GET maxmemory-policy` on the given client.
 */
export async function assertRedisSafe(
  redis: Pick<Redis, 'config'>,
  readPolicy: () => Promise<string> = async () => {
    const [, value] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    return value;
  },
): Promise<void> {
  const policy = await readPolicy();
  if (policy !== 'noeviction') throw new UnsafeRedisError(policy);
}
