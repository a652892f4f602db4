import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createLogger, errorForLog, type Config, type Logger } from '../config/index.ts';
import { assertRedisSafe, createProducer, logRedisErrors, queueConnection, redisOptions, type RedisSafetyOptions } from '../queue/index.ts';
import { createDb, createStore, migrate, openBlobStore } from '../store/index.ts';
import { createApp } from './create-app.ts';
import { createStreamHub } from './sse/stream-hub.ts';
import type { ApiPipeline } from './types.ts';

export interface ApiService {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the API: refuses an evicting Redis (and one without AOF when REDIS_REQUIRE_AOF), applies migrations, then listens. Everything it
 * opens is closed by `close()`.
 */
export async function startApiService(
  config: Config,
  opts: { pipeline: ApiPipeline; log?: Logger; redisSafety?: Pick<RedisSafetyOptions, 'readPolicy' | 'readAppendOnly'> },
): Promise<ApiService> {
  const log = opts.log ?? createLogger({ level: config.LOG_LEVEL, name: 'api' });
  const redis = new Redis(redisOptions(config.REDIS_URL, 'producer'));
  logRedisErrors(log, { redis });
  const pool = createDb({
    url: config.DATABASE_URL,
    schema: config.PG_SCHEMA,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS,
    onError: (err) => log.warn({ err: errorForLog(err) }, 'postgres connection lost'),
  });
  let producer: ReturnType<typeof createProducer> | null = null;
  let server: Server | null = null;
  const streams = createStreamHub(redis, log, { total: config.SSE_MAX_STREAMS, perToken: config.SSE_MAX_STREAMS_PER_TOKEN });
  const close = async () => {
    if (server) await new Promise<void>((r) => server!.close(() => r()));
    server?.closeAllConnections?.();
    await producer?.close();
    await streams.close();
    redis.disconnect();
    await pool.end();
  };
  try {
    await assertRedisSafe(redis, { ...opts.redisSafety, requireAof: config.REDIS_REQUIRE_AOF, log });
    await migrate(pool, config.PG_SCHEMA);
    if (!config.BLOB_KEYS) log.warn('blobs are stored unencrypted: set BLOB_KEYS to encrypt them at rest');
    producer = createProducer({
      connection: queueConnection(config.REDIS_URL, 'producer'),
      prefix: config.QUEUE_PREFIX,
      log,
    });
    const app = createApp({
      store: createStore(pool),
      blobs: openBlobStore(config, pool),
      producer,
      pipeline: opts.pipeline,
      redis,
      streams,
      queuePrefix: config.QUEUE_PREFIX,
      limits: { maxUploadBytes: config.MAX_UPLOAD_BYTES, quickCheckBudgetMs: config.QUICK_CHECK_BUDGET_MS },
      log,
    });
    // Against slow uploads (B21): a request must arrive whole within UPLOAD_TIMEOUT_MS (408 after),
    // checked every quarter of it.
    server = createServer(
      {
        requestTimeout: config.UPLOAD_TIMEOUT_MS,
        headersTimeout: Math.min(30_000, config.UPLOAD_TIMEOUT_MS),
        connectionsCheckingInterval: Math.min(30_000, Math.ceil(config.UPLOAD_TIMEOUT_MS / 4)),
      },
      app,
    );
    server.listen(config.PORT);
    await new Promise<void>((resolve, reject) => {
      server!.once('listening', resolve);
      server!.once('error', reject);
    });
    const port = (server.address() as AddressInfo).port;
    log.info({ port }, 'api listening');
    return { url: `http://127.0.0.1:${port}`, port, close };
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
}
