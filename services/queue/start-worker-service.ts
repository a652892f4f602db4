import { Redis } from 'ioredis';
import type { CaseFields, DocumentReport, Report } from '../../rules/contract/index.ts';
import { startWorkers, type JobPipeline, type RunningWorkers } from '../../workers/jobs/index.ts';
import { createLogger, errorForLog, type Config, type Logger } from '../config/index.ts';
import { createDb, createStore, migrate, openBlobStore } from '../store/index.ts';
import { assertRedisSafe, type RedisSafetyOptions } from './assert-redis-safe.ts';
import { startHeartbeat } from './heartbeat.ts';
import { logRedisErrors } from './log-redis-errors.ts';
import { recordJobMetrics } from './job-metrics.ts';
import { createEventPublisher } from './case-events.ts';
import { createQuickChecksStore } from './quick-checks-store.ts';
import { keepRecentBlobs } from './recent-blobs.ts';
import { createProducer } from './create-producer.ts';
import { startReconciler, type Reconciler } from './reconcile-documents.ts';
import { queueConnection, redisOptions } from './redis-options.ts';

export interface WorkerService {
  workers: RunningWorkers;
  reconciler: Reconciler;
  close(graceMs?: number): Promise<void>;
}

/** Wires PostgreSQL, the blob store and Redis into the processors and starts them. */
export async function startWorkerService(
  config: Config,
  opts: {
    pipeline: JobPipeline;
    buildReport: (caseFields: CaseFields | null, documents: DocumentReport[]) => Report;
    pipelineVersion: string;
    log?: Logger;
    /** Test edges for the Redis safety check (its policy and AOF reads). */
    redisSafety?: Pick<RedisSafetyOptions, 'readPolicy' | 'readAppendOnly'>;
  },
): Promise<WorkerService> {
  const log = opts.log ?? createLogger({ level: config.LOG_LEVEL, name: 'worker' });
  const redis = new Redis(redisOptions(config.REDIS_URL, 'worker'));
  logRedisErrors(log, { redis });
  const pool = createDb({
    url: config.DATABASE_URL,
    schema: config.PG_SCHEMA, max: 5,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS,
    onError: (err) => log.warn({ err: errorForLog(err) }, 'postgres connection lost'),
  });
  try {
    await assertRedisSafe(redis, { ...opts.redisSafety, requireAof: config.REDIS_REQUIRE_AOF, log });
    await migrate(pool, config.PG_SCHEMA);
    if (!config.BLOB_KEYS) log.warn('blobs are stored unencrypted: set BLOB_KEYS to encrypt them at rest');
  } catch (err) {
    redis.disconnect();
    await pool.end();
    throw err;
  }
  const store = createStore(pool);
  // A document's page jobs share one read of its file (not one read and decryption per page).
  const blobs = keepRecentBlobs(openBlobStore(config, pool), config.PAGE_CONCURRENCY + 1);
  const producer = createProducer({
    connection: queueConnection(config.REDIS_URL, 'worker'),
    prefix: config.QUEUE_PREFIX,
    log,
  });
  const workers = startWorkers(
    {
      pipeline: opts.pipeline,
      buildReport: opts.buildReport,
      pipelineVersion: opts.pipelineVersion,
      store,
      blobs,
      quickChecks: createQuickChecksStore(redis, config.QUEUE_PREFIX),
      events: createEventPublisher(redis, config.QUEUE_PREFIX),
      enqueueCaseFlow: (input) => producer.enqueueCaseFlow(input),
      log,
    },
    {
      connection: queueConnection(config.REDIS_URL, 'worker'),
      prefix: config.QUEUE_PREFIX,
      pageConcurrency: config.PAGE_CONCURRENCY,
      lockMs: config.JOB_LOCK_MS,
      stalledCheckMs: config.STALLED_CHECK_MS,
    },
  );
  recordJobMetrics(workers.workers, redis, config.QUEUE_PREFIX);
  const reconciler = startReconciler({ store, producer, log }, config.STUCK_DOCUMENT_MS);
  log.info({ prefix: config.QUEUE_PREFIX }, 'workers started');
  const stopHeartbeat = config.WORKER_HEARTBEAT_FILE
    ? startHeartbeat(config.WORKER_HEARTBEAT_FILE, redis, () => workers.workers.every((w) => w.isRunning()))
    : () => undefined;
  return {
    workers,
    reconciler,
    async close(graceMs) {
      stopHeartbeat();
      reconciler.stop();
      await workers.close(graceMs);
      await producer.close();
      redis.disconnect();
      await pool.end();
    },
  };
}
