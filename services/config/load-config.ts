import { z } from 'zod';

const int = (def: number) => z.coerce.number().int().positive().default(def);

/** Every setting the service reads, parsed once from the environment. No secrets have defaults. */
export const ConfigSchema = z.object({
  /** PostgreSQL connection string (required: the system of record). */
  DATABASE_URL: z.string().url(),
  /** Redis connection string (required: the queue). */
  REDIS_URL: z.string().url(),
  /** Directory of the content-addressed blob store. */
  BLOB_DIR: z.string().min(1),
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
  /** Largest accepted upload. @default 20971520 (20 MB) */
  MAX_UPLOAD_BYTES: int(20 * 1024 * 1024),
  /** Largest accepted page count; past it the document is FILE_INVALID. @default 30 */
  MAX_PAGES: int(30),
  /** How long the upload answer may wait for quick page checks. @default 3000 */
  QUICK_CHECK_BUDGET_MS: int(3000),
  /** OCR engines per worker process (each is a tesseract worker, ~150 MB). @default 1 */
  OCR_WORKERS: int(1),
  /** Page jobs one worker process runs at once. @default 1 */
  PAGE_CONCURRENCY: int(1),
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

/** Fails fast, naming every bad key at once (values are never echoed: some are secrets). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const keys = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const detail = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ');
  throw new ConfigError(keys, detail);
}
