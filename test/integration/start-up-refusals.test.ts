import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiService } from '../../services/api/index.ts';
import { ConfigError, createLogger, loadConfig } from '../../services/config/index.ts';
import { RedisNotDurableError, startWorkerService, UnsafeRedisError } from '../../services/queue/index.ts';
import { buildReport, createPipeline, PAGE_PIPELINE_VERSION, type Pipeline } from '../../workers/index.ts';
import { createTestEnv, type TestEnv } from './support/test-env.ts';

describe('start-up refuses what would lose work', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  beforeAll(async () => {
    env = await createTestEnv();
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
  });
  afterAll(async () => {
    await pipeline?.close();
    await env?.cleanup();
  });

  // The shared Redis is not reconfigured here (other runs use it): the policy read is the edge.
  it('when Redis would evict keys (allkeys-lru), then the API and the worker refuse to start', async () => {
    const redisSafety = { readPolicy: async () => 'allkeys-lru' };
    await expect(startApiService(env.config, { pipeline, redisSafety })).rejects.toBeInstanceOf(
      UnsafeRedisError,
    );
    await expect(
      startWorkerService(env.config, {
        pipeline,
        buildReport: (f, d) => buildReport(f, d),
        pipelineVersion: PAGE_PIPELINE_VERSION,
        redisSafety,
      }),
    ).rejects.toThrow(/maxmemory-policy is "allkeys-lru"/);
  });

  it('when Redis runs without AOF and REDIS_REQUIRE_AOF is set, then the API and the worker refuse to start', async () => {
    const config = { ...env.config, REDIS_REQUIRE_AOF: true };
    const redisSafety = { readAppendOnly: async () => 'no' };
    await expect(startApiService(config, { pipeline, redisSafety })).rejects.toBeInstanceOf(RedisNotDurableError);
    await expect(
      startWorkerService(config, { pipeline, buildReport: (f, d) => buildReport(f, d), pipelineVersion: PAGE_PIPELINE_VERSION, redisSafety }),
    ).rejects.toBeInstanceOf(RedisNotDurableError);
  });

  it('when Redis runs without AOF and REDIS_REQUIRE_AOF is not set, then the API starts and warns once', async () => {
    const lines: { level: number; msg: string }[] = [];
    const log = createLogger({ level: 'warn', name: 'api', destination: { write: (l: string) => void lines.push(JSON.parse(l)) } });
    const api = await startApiService(env.config, { pipeline, log, redisSafety: { readAppendOnly: async () => 'no' } });
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    await api.close();
    expect(lines.filter((l) => l.level === 40 && /without AOF/.test(l.msg))).toHaveLength(1);
  });

  it('when Redis reports noeviction, then the API starts and answers', async () => {
    const api = await startApiService(env.config, { pipeline });
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    await api.close();
  });

  it('when required settings are missing or malformed, then config fails naming every bad key and no value', () => {
    let err: unknown;
    try {
      loadConfig({ REDIS_URL: 'not a url', PORT: 'eighty', DATABASE_URL: 'postgres://u:secret@h/db' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).keys.sort()).toEqual(['BLOB_DIR', 'PORT', 'REDIS_URL']);
    expect((err as Error).message).not.toContain('secret');
  });
});
