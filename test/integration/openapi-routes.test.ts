import type express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../../services/api/openapi/index.ts';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { startStack } from './support/start-stack.ts';
import { createTestEnv, type TestEnv } from './support/test-env.ts';
import { createApp } from '../../services/api/index.ts';
import { createStreamHub } from '../../services/api/sse/stream-hub.ts';
import { createLogger } from '../../services/config/index.ts';
import { createProducer, queueConnection } from '../../services/queue/index.ts';
import { createDb, createStore, openBlobStore } from '../../services/store/index.ts';
import { Redis } from 'ioredis';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  rawPath?: string;
}

/** Mounted apps documented as one path: their own routes (assets, JSON) are theirs. */
const MOUNTS = ['/admin/queues'];

/** Every METHOD path Express answers, walking mounted routers (router 2's layers keep their raw path). */
function expressRoutes(app: express.Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const m of Object.keys(layer.route.methods)) if (m !== '_all') out.push(`${m.toUpperCase()} ${prefix}${layer.route.path}`);
      } else {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        if (MOUNTS.includes(prefix + mount)) out.push(`GET ${prefix}${mount}`);
        else if (layer.handle.stack) walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...new Set(out)].sort();
}

describe('the OpenAPI document', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let app: express.Express;
  let pool: ReturnType<typeof createDb>;
  let redis: Redis;
  const closers: (() => Promise<void>)[] = [];
  let doc: { openapi: string; paths: Record<string, Record<string, { responses: object; requestBody?: { content: Record<string, { schema: object }> } }>> };

  beforeAll(async () => {
    env = await createTestEnv();
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    stack = await startStack(env.config, pipeline, { worker: false });
    // The app as the service builds it, on real dependencies, to walk its routes.
    const log = createLogger({ level: 'silent' });
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 1 });
    redis = new Redis(env.config.REDIS_URL);
    const producer = createProducer({ connection: queueConnection(env.config.REDIS_URL, 'producer'), prefix: env.config.QUEUE_PREFIX });
    closers.push(() => producer.close());
    app = createApp({
      store: createStore(pool),
      blobs: openBlobStore(env.config, pool),
      producer,
      pipeline,
      redis,
      streams: createStreamHub(redis, log),
      queuePrefix: env.config.QUEUE_PREFIX,
      limits: { maxUploadBytes: env.config.MAX_UPLOAD_BYTES, quickCheckBudgetMs: env.config.QUICK_CHECK_BUDGET_MS },
      log,
    });
    const res = await fetch(`${stack.api.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    doc = (await res.json()) as typeof doc;
  });
  afterAll(async () => {
    for (const close of closers) await close();
    redis?.disconnect();
    await pool?.end();
    await stack?.stop();
    await pipeline?.close();
    await env?.cleanup();
  });

  it('when the Express app is walked, then every route it answers is in the document, and the document has no route it does not answer', () => {
    const routes = expressRoutes(app);
    expect(routes.length).toBeGreaterThan(25);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(documented).toEqual(routes.map((r) => { const [m, p] = r.split(' '); return `${m} ${openApiPath(p!)}`; }).sort());
  });

  it('when a route checks a body with zod, then its schema is generated from it', () => {
    expect(doc.openapi).toBe('3.1.0');
    const decision = doc.paths['/api/cases/{id}/flags/{key}/decision']!.put!.requestBody!.content['application/json']!.schema;
    expect(decision).toMatchObject({ type: 'object', required: ['outcome', 'comment'], properties: { outcome: { enum: ['confirmed', 'dismissed'] } } });
    const create = doc.paths['/api/cases']!.post!.requestBody!.content['application/json']!.schema as { properties: Record<string, unknown> };
    expect(Object.keys(create.properties)).toEqual(expect.arrayContaining(['id', 'applicationType', 'employer']));
    expect(JSON.stringify(doc.paths['/api/cases/{id}/report']!.get!.responses)).toContain('pipelineVersion');
  });
});
