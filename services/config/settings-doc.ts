import { ConfigSchema, type Config } from './load-config.ts';

/** Who reads each setting and what it does: the README's settings table is generated from this and the schema. */
export const SETTINGS_DOC: Record<keyof Config, { usedBy: string; what: string }> = {
  DATABASE_URL: { usedBy: 'serve, worker, tokens', what: 'PostgreSQL connection string (the system of record)' },
  REDIS_URL: { usedBy: 'serve, worker', what: 'Redis connection string (the queue); Redis must run with `maxmemory-policy noeviction`' },
  BLOB_DIR: { usedBy: 'serve, worker', what: 'local directory: the content-addressed blob store when `BLOB_STORE=dir` (shared by API and workers), else only uploads while they stream in' },
  BLOB_STORE: { usedBy: 'serve, worker, blobs', what: '`dir`: blobs are files under `BLOB_DIR`, shared by API and workers; `pg`: blobs in PostgreSQL (chunked `bytea`, same encryption), so workers on any machine need no shared file system (`BLOB_DIR` then holds only uploads while they stream in)' },
  BLOB_KEYS: { usedBy: 'serve, worker, blobs', what: 'blob encryption at rest (AES-256-GCM): `id:base64key` pairs, the first encrypts; unset = unencrypted, with a warning' },
  PORT: { usedBy: 'serve', what: 'HTTP port (0 = any free port)' },
  QUEUE_PREFIX: { usedBy: 'serve, worker', what: 'BullMQ key prefix; API and workers must agree' },
  PG_SCHEMA: { usedBy: 'serve, worker, tokens', what: 'PostgreSQL schema holding the tables (created and migrated at start)' },
  MAX_UPLOAD_BYTES: { usedBy: 'serve, worker, verify', what: 'largest file accepted: 413 at upload, FILE_INVALID in the pipeline' },
  MAX_PAGES: { usedBy: 'serve, worker, verify', what: 'most pages in one PDF; past it the document is FILE_INVALID' },
  QUICK_CHECK_BUDGET_MS: { usedBy: 'serve', what: 'how long the upload answer may wait for the quick page checks' },
  OCR_WORKERS: { usedBy: 'worker, reverify', what: 'tesseract engines of each page sandbox child (a worker has `PAGE_CONCURRENCY` of them) and of `reverify`; a child reads one page at a time with one engine at a time, so above 1 a worker only spends memory (about 75 MB each at start)' },
  PAGE_CONCURRENCY: { usedBy: 'worker', what: 'page jobs one worker process runs at once, each in its own sandbox child (about 0.4–0.8 GB resident while reading a page)' },
  REDIS_REQUIRE_AOF: { usedBy: 'serve, worker', what: '`true`: refuse to start when Redis runs without AOF; `false`: warn' },
  WORKER_HEARTBEAT_FILE: { usedBy: 'worker', what: "file whose time the worker renews every 10 s while healthy (the container healthcheck reads it)" },
  DB_STATEMENT_TIMEOUT_MS: { usedBy: 'serve, worker', what: "PostgreSQL `statement_timeout` per connection; a query past it answers 503 with Retry-After" },
  DB_LOCK_TIMEOUT_MS: { usedBy: 'serve, worker', what: 'PostgreSQL `lock_timeout` per connection (a locked table or row answers 503, never hangs)' },
  STUCK_DOCUMENT_MS: { usedBy: 'worker', what: 'a document waiting this long since its last change is enqueued again (an upload whose job was lost)' },
  JOB_LOCK_MS: { usedBy: 'worker', what: "a job's lock, renewed while it runs; a killed worker's job is taken back within this plus `STALLED_CHECK_MS`" },
  STALLED_CHECK_MS: { usedBy: 'worker', what: 'how often each worker looks for the jobs of killed workers' },
  SANDBOX_MAX_RSS_MB: { usedBy: 'worker', what: "resident memory past which a worker's sandbox child (the page pipeline) is killed; the page fails `resource_limit`" },
  SANDBOX_PAGE_TIMEOUT_MS: { usedBy: 'worker', what: "time one page may take in a worker's sandbox before it is killed" },
  API_SANDBOX_MAX_RSS_MB: { usedBy: 'serve', what: "resident memory past which an API sandbox child (open a file, quick checks) is killed" },
  API_SANDBOX_TIMEOUT_MS: { usedBy: 'serve', what: 'time one call may take in an API sandbox child' },
  API_SANDBOXES: { usedBy: 'serve', what: 'sandbox child processes of the API (uploads checked at once)' },
  UPLOAD_TIMEOUT_MS: { usedBy: 'serve', what: 'a request must arrive whole within this time (slow uploads get 408 and leave nothing behind)' },
  SSE_MAX_STREAMS: { usedBy: 'serve', what: 'event streams (SSE) open at once in one API process; past it 429' },
  SSE_MAX_STREAMS_PER_TOKEN: { usedBy: 'serve', what: 'event streams one token may keep open; past it 429' },
  LOG_LEVEL: { usedBy: 'serve, worker', what: 'pino level: fatal, error, warn, info, debug, trace, silent' },
};

/** The README's settings table, from the schema's defaults and SETTINGS_DOC. */
export function settingsTable(): string {
  const rows = Object.entries(ConfigSchema.shape).map(([key, field]) => {
    const probe = (field as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(undefined);
    const def = !probe.success ? '**required**' : probe.data === undefined ? 'unset' : `\`${String(probe.data)}\``;
    const doc = SETTINGS_DOC[key as keyof Config];
    return `| \`${key}\` | ${def} | ${doc.usedBy} | ${doc.what} |`;
  });
  return ['| variable | default | read by | what |', '|---|---|---|---|', ...rows].join('\n');
}
