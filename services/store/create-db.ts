import pg from 'pg';
import { quoteIdent } from './migrate.ts';

export interface DbOptions {
  url: string;
  /** Schema on every connection's search_path. @default "public" */
  schema?: string;
  /** @default 10 */
  max?: number;
}

/** A pool whose every connection works inside the configured schema (set at connection start). */
export function createDb(opts: DbOptions): pg.Pool {
  const schema = quoteIdent(opts.schema ?? 'public');
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 10,
    options: `-c search_path=${schema}`,
  });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}
