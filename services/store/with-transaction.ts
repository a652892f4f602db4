import type pg from 'pg';
import { isConnectionLost } from './db-errors.ts';

/** Ends a transaction early: everything done inside is rolled back and `value` is returned. */
export class Rollback<T> {
  constructor(readonly value: T) {}
}

/**
 * Runs `fn` inside BEGIN … COMMIT on one pooled client; any throw rolls back and is rethrown, and
 * `fn` may return `new Rollback(value)` to roll back on purpose. A client whose connection broke
 * (terminated backend, server restart) is destroyed, not returned to the pool for the next caller.
 */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T | Rollback<T>>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error) => (broken = err);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    if (out instanceof Rollback) {
      await client.query('ROLLBACK');
      return out.value;
    }
    await client.query('COMMIT');
    return out;
  } catch (err) {
    if (isConnectionLost(err)) broken ??= err as Error;
    if (!broken) await client.query('ROLLBACK').catch((e: unknown) => (broken = e as Error));
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
