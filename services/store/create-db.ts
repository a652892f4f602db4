import pg from 'pg';
import { quoteIdent } from './migrate.ts';

export interface DbOptions {
  url: string;
  /** Schema on every connection's search_path. @default "public" */
  schema?: string;
  /** @default 10 */
  max?: number;
  /**
   * Server-side limit on one statement (`statement_timeout`). A statement past it fails with
   * SQLSTATE 57014 and the API answers 503. @default 15000
   */
  statementTimeoutMs?: number;
  /** Server-side limit on waiting for a row or table lock (`lock_timeout`, SQLSTATE 55P03). @default 5000 */
  lockTimeoutMs?: number;
  /** How long taking a connection from the pool (or opening one) may wait. @default 5000 */
  connectTimeoutMs?: number;
  /**
   * `application_name` of every connection, as pg_stat_activity shows it (an operator, or a test,
   * finds the service's backends by it). @default "precheck/<schema>"
   */
  applicationName?: string;
  /** Told of every connection-level error (server restart, terminated backend); never thrown. */
  onError?: (err: Error) => void;
}

export const DB_DEFAULTS = { statementTimeoutMs: 15_000, lockTimeoutMs: 5_000, connectTimeoutMs: 5_000 } as const;

/**
 * A pool whose every connection works inside the configured schema, under statement and lock
 * timeouts (set at connection start, so no query can hang a route for longer).
 *
 * node-postgres emits `'error'` on a client whose server connection dies (a PostgreSQL restart or
 * failover, `pg_terminate_backend`). An idle client's error reaches the pool's `'error'` event; a
 * checked-out client's error reaches only the client, and with no listener there Node throws it
 * and the process dies. So every client gets a listener the moment it connects: its query in
 * flight still rejects (and the caller answers 503), the process lives, and the broken client is
 * discarded by `withTransaction` or by the pool.
 */
export function createDb(opts: DbOptions): pg.Pool {
  const schema = quoteIdent(opts.schema ?? 'public');
  const statementMs = opts.statementTimeoutMs ?? DB_DEFAULTS.statementTimeoutMs;
  const lockMs = opts.lockTimeoutMs ?? DB_DEFAULTS.lockTimeoutMs;
  const onError = opts.onError ?? (() => undefined);
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 10,
    options: `-c search_path=${schema} -c statement_timeout=${statementMs} -c lock_timeout=${lockMs} -c idle_in_transaction_session_timeout=${statementMs * 2}`,
    application_name: opts.applicationName ?? `precheck/${opts.schema ?? 'public'}`,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? DB_DEFAULTS.connectTimeoutMs,
    // A server that stops answering without closing the socket: the client gives up a little after
    // the server-side limit would have fired.
    query_timeout: statementMs + 2_000,
  });
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}
