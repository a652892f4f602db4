import type { RedisOptions } from 'ioredis';
import type { ConnectionOptions } from 'bullmq';

/**
 * ioredis options from a URL. Workers block on Redis and must wait out a restart rather than
 * fail commands (`maxRetriesPerRequest: null`, which BullMQ requires); the API's producer
 * gives up quickly so an upload answer never hangs on a dead Redis.
 */
export function redisOptions(url: string, role: 'worker' | 'producer'): RedisOptions {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number.isFinite(db) ? db : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    connectTimeout: 5_000,
  };
}

/** The same options typed for BullMQ (it bundles its own ioredis typings). */
export function queueConnection(url: string, role: 'worker' | 'producer'): ConnectionOptions {
  return redisOptions(url, role) as ConnectionOptions;
}
