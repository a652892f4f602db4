import { z } from 'zod';
// limits.ts itself, not workers/index.ts: the settings must not load the page pipeline (pdf.js, sharp, OCR).
import { INPUT_LIMITS, type InputLimits } from '../../workers/page/render/limits.ts';
import { BlobKeyError, parseBlobKeys } from '../store/blob-cipher.ts';

const int = (def: number) => z.coerce.number().int().positive().default(def);

/** Every setting the service reads, parsed once from the environment. No secrets have defaults. */
export const ConfigSchema = z.object({
  /** PostgreSQL connection string (required: the system of record). */
  DATABASE_URL: z.string().url(),
  /** Redis connection string (required: the queue). */
  REDIS_URL: z.string().url(),
  /** Directory of the content-addressed blob store. */
  BLOB_DIR: z.string().min(1),
  /**
   * Where blobs live: `dir` (files under BLOB_DIR, which API and workers must share) or `pg`
   * (PostgreSQL: any number of workers on any number of machines, no shared file system; BLOB_DIR
   * then holds only uploads while they stream in). @default "dir"
   */
  BLOB_STORE: z.enum(['dir', 'pg']).default('dir'),
  /**
   * Keys that encrypt the blobs at rest (AES-256-GCM): comma-separated `id:base64` pairs of 32-byte
   * keys, e.g. `k2026:$(openssl rand -base64 32)`. The first encrypts new blobs; every one listed
   * still opens the blobs written under it (rotation: put the new key first, run
   * `precheck blobs rekey`, then drop the old one). Unset: blobs are stored unencrypted, with a
   * warning at start. @default unset
   */
  BLOB_KEYS: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      try {
        parseBlobKeys(v);
      } catch (err) {
        if (!(err instanceof BlobKeyError)) throw err;
        ctx.addIssue({ code: 'custom', message: 'must be comma-separated id:base64 pairs of 32-byte keys' });
      }
    }),
  /** @default 8080 */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** BullMQ key prefix; tests use their own so runs never collide. @default "precheck" */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('precheck'),
  /** PostgreSQL schema holding the tables. @default "public" */
  PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('public'),
  /** Largest accepted file, at upload (413) and in the pipeline (FILE_INVALID). @default 31457280 (30 MB) */
  MAX_UPLOAD_BYTES: int(INPUT_LIMITS.maxBytes),
  /** Most pages in one PDF; past it the document is FILE_INVALID. @default 60 */
  MAX_PAGES: int(INPUT_LIMITS.maxPages),
  /** How long the upload answer may wait for quick page checks. @default 3000 */
  QUICK_CHECK_BUDGET_MS: int(3000),
  /**
   * tesseract engines of each page sandbox child (a worker process has PAGE_CONCURRENCY of them) and
   * of `precheck reverify`. A child reads one page at a time and a page uses one engine at a time,
   * so in a worker more than 1 only costs memory (≈ 75 MB each at start, more once used). @default 1
   */
  OCR_WORKERS: int(1),
  /**
   * Page jobs one worker process runs at once, each in a sandbox child of its own (its OCR
   * engines, PP-OCR and pdf.js; ≈ 0.4–0.8 GB resident while it reads a page). @default 1
   */
  PAGE_CONCURRENCY: int(1),
  /**
   * Refuse to start when Redis runs without AOF (a Redis restart would lose queued jobs); when
   * false, the API and the worker only warn. docker-compose.yml sets it. @default false
   */
  REDIS_REQUIRE_AOF: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * The worker renews this file's time every 10 s while Redis answers and its queue workers run
   * (the container healthcheck reads its age). Unset: no file. @default unset
   */
  WORKER_HEARTBEAT_FILE: z.string().min(1).optional(),
  /**
   * PostgreSQL's statement_timeout on every connection: a query past it fails and the API answers
   * 503 with Retry-After instead of hanging. @default 15000
   */
  DB_STATEMENT_TIMEOUT_MS: int(15_000),
  /** PostgreSQL's lock_timeout on every connection (a locked table or row). @default 5000 */
  DB_LOCK_TIMEOUT_MS: int(5_000),
  /**
   * A document still waiting for its analysis this long after its last change is enqueued again
   * by the workers' reconciler (an upload whose job was lost between its row and Redis). The job
   * ids are deterministic, so a document that is merely waiting its turn is not queued twice.
   * @default 120000
   */
  STUCK_DOCUMENT_MS: int(120_000),
  /**
   * Lock on a job, renewed every half of it while the job runs (the worker's event loop is free:
   * pages run in its sandbox child); a killed worker's job is taken back within JOB_LOCK_MS +
   * STALLED_CHECK_MS. @default 15000
   */
  JOB_LOCK_MS: int(15_000),
  /** How often each worker looks for jobs of killed workers. @default 5000 */
  STALLED_CHECK_MS: int(5_000),
  /**
   * Untrusted PDFs are opened, rendered and OCRed in sandbox child processes. A worker's child is
   * killed past this resident memory (a normal page peaks near 1.8 GB with both OCR engines);
   * its page fails with `resource_limit`. @default 2600
   */
  SANDBOX_MAX_RSS_MB: int(2600),
  /** Time one page may take in a worker's sandbox before its child is killed. @default 180000 */
  SANDBOX_PAGE_TIMEOUT_MS: int(180_000),
  /** The API's sandboxes (open a file, quick page checks, no OCR; a clean 300 dpi page peaks near 450 MB): resident memory cap. @default 1024 */
  API_SANDBOX_MAX_RSS_MB: int(1024),
  /** The API's sandboxes: time one call may take. @default 15000 */
  API_SANDBOX_TIMEOUT_MS: int(15_000),
  /** The API's sandbox child processes (uploads checked at once). @default 2 */
  API_SANDBOXES: int(2),
  /**
   * A request (an upload included) must arrive whole within this time, or the API answers 408 and
   * drops what came (against slow uploads that hold a connection open). @default 120000
   */
  UPLOAD_TIMEOUT_MS: int(120_000),
  /** Event streams (SSE) one API process keeps open; past it, 429. @default 200 */
  SSE_MAX_STREAMS: int(200),
  /** Event streams one token may keep open; past it, 429. @default 10 */
  SSE_MAX_STREAMS_PER_TOKEN: int(10),
  /** @default "info" */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(
    readonly keys: string[],
    detail: string,
  ) {
    super(`invalid configuration: ${detail}`);
  }
}

/** The input limits the CLI reads from the same variables as the service (unset: the defaults). */
const LimitsSchema = ConfigSchema.pick({ MAX_UPLOAD_BYTES: true, MAX_PAGES: true });

/** Input limits from the environment for the pipeline: the same numbers in the CLI, the API and the workers. */
export function loadInputLimits(env: Record<string, string | undefined> = process.env): Pick<InputLimits, 'maxBytes' | 'maxPages'> {
  const parsed = LimitsSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError([...new Set(parsed.error.issues.map((i) => String(i.path[0])))], parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; '));
  return inputLimitsOf(parsed.data);
}

export function inputLimitsOf(c: Pick<Config, 'MAX_UPLOAD_BYTES' | 'MAX_PAGES'>): Pick<InputLimits, 'maxBytes' | 'maxPages'> {
  return { maxBytes: c.MAX_UPLOAD_BYTES, maxPages: c.MAX_PAGES };
}

/** Fails fast, naming every bad key at once (values are never echoed: some are secrets). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const keys = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const detail = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ');
  throw new ConfigError(keys, detail);
}
