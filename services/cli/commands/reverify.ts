import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildReport, createPipeline, PAGE_PIPELINE_VERSION, PIPELINE_VERSION } from '../../../workers/index.ts';
import { createRulesThreads, reverifyBatch, storedFactsDeps, type JobDeps } from '../../../workers/jobs/index.ts';
import { ConfigSchema, inputLimitsOf } from '../../config/index.ts';
import { BatchFilter, BatchMode, createDb, createStore, migrate, openBlobStore } from '../../store/index.ts';
import { formatBatchSummary } from '../format-batch-summary.ts';
import { createProgressLine } from '../progress-line.ts';
import { UsageError } from '../usage-error.ts';

/** What reverify reads from the environment: PostgreSQL always; the blob store and OCR for `full`. */
const Settings = ConfigSchema.pick({
  DATABASE_URL: true,
  PG_SCHEMA: true,
  BLOB_STORE: true,
  BLOB_KEYS: true,
  OCR_WORKERS: true,
  MAX_UPLOAD_BYTES: true,
  MAX_PAGES: true,
  DB_STATEMENT_TIMEOUT_MS: true,
  DB_LOCK_TIMEOUT_MS: true,
}).extend({ BLOB_DIR: z.string().min(1).optional() });

function parse(argv: string[]): { mode: BatchMode; filter: BatchFilter; json?: string; threads: number } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        mode: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        status: { type: 'string' },
        tenant: { type: 'string' },
        'provisional-only': { type: 'boolean' },
        'older-pipeline': { type: 'boolean' },
        json: { type: 'string' },
        threads: { type: 'string' },
      },
    }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError('--threads must be a whole number from 1 to 64');
  const mode = BatchMode.safeParse(values.mode);
  if (!mode.success) throw new UsageError('reverify needs --mode rules|full');
  const filter = BatchFilter.safeParse({
    since: values.since,
    until: values.until,
    status: values.status,
    tenant: values.tenant,
    provisionalOnly: values['provisional-only'],
    olderPipeline: values['older-pipeline'],
  });
  if (!filter.success) throw new UsageError(`reverify: ${filter.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ')}`);
  // Stored as given, so the same command finds its unfinished batch again (undefined keys dropped).
  return { mode: mode.data, filter: JSON.parse(JSON.stringify(filter.data)) as BatchFilter, json: values.json, threads };
}

/**
 * `precheck reverify --mode rules|full [filter]`: re-judges stored cases in this process, on the
 * service's PostgreSQL. Progress on stderr; at the end what changed, on stdout. Killed midway,
 * the same command resumes the unfinished batch; run again after it finished, it changes nothing.
 */
export async function run(argv: string[]): Promise<number> {
  const { mode, filter, json, threads } = parse(argv);
  const env = Settings.safeParse(process.env);
  if (!env.success) {
    process.stderr.write(`precheck reverify: invalid configuration: ${[...new Set(env.error.issues.map((i) => String(i.path[0])))].join(', ')}\n`);
    return 1;
  }
  const config = env.data;
  if (mode === 'full' && !config.BLOB_DIR) {
    process.stderr.write('precheck reverify: --mode full reads the stored files: set BLOB_DIR (and BLOB_STORE, BLOB_KEYS as the service has them)\n');
    return 1;
  }
  const pool = createDb({ url: config.DATABASE_URL, schema: config.PG_SCHEMA, max: 3, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS, lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS });
  const pipeline = mode === 'full' ? await createPipeline({ ocrWorkers: config.OCR_WORKERS, limits: inputLimitsOf(config) }) : null;
  // The rules run on threads (one per core by default): PostgreSQL's JSON texts go in, reports come out.
  const rules = threads > 1 ? createRulesThreads(threads) : null;
  try {
    await migrate(pool, config.PG_SCHEMA);
    const store = createStore(pool);
    const resumed = await store.batches.findUnfinished(mode, filter);
    const batchId = resumed?.id ?? (await store.batches.create(null, mode, filter, PIPELINE_VERSION)).id;
    const first = (await store.batches.get(batchId))!;
    process.stderr.write(resumed ? `继续未完成的重新核验 ${batchId}：已完成 ${first.done}/${first.total}\n` : `重新核验 ${batchId}：${first.total} 个案例\n`);
    const stored = storedFactsDeps(store, (fields, docs) => buildReport(fields, docs), PAGE_PIPELINE_VERSION);
    // Full mode reads the files and analyses pages in this process; rules mode touches neither.
    const deps: JobDeps = pipeline && config.BLOB_DIR ? { ...stored, pipeline, blobs: openBlobStore({ ...config, BLOB_DIR: config.BLOB_DIR }, pool) } : stored;
    const bar = createProgressLine();
    const show = async (force = false) => bar.update((await store.batches.get(batchId))!, force);
    await reverifyBatch(batchId, mode, deps, {
      refresh: 'inline',
      judge: rules ? (rows) => rules.judge(rows) : undefined,
      // Rules mode keeps two chunks in flight (one judged while the other is written); full mode one.
      parallel: mode === 'rules' ? 2 : 1,
      onChunk: () => show(),
    });
    await show(true);
    bar.end();
    const batch = (await store.batches.get(batchId))!;
    const summary = await store.batches.summary(batchId);
    if (json) await writeFile(json, JSON.stringify({ batch, summary }, null, 2) + '\n');
    process.stdout.write(formatBatchSummary(batch, summary));
    return 0;
  } finally {
    await rules?.close();
    await pipeline?.close();
    await pool.end();
  }
}

