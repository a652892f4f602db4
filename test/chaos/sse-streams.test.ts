import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiService, type ApiService } from '../../services/api/index.ts';
import { caseChannel } from '../../services/queue/index.ts';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';
import { startOwnRedis, type OwnRedis } from './support/own-redis.ts';

/** Opens an event stream and resolves once its first event arrived; `abort` drops it. */
async function openStream(url: string, token: string): Promise<{ status: number; abort: () => void }> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  if (res.status === 200) {
    const reader = res.body!.getReader();
    await reader.read();
    return { status: 200, abort: () => controller.abort() };
  }
  await res.text();
  return { status: res.status, abort: () => undefined };
}

async function clientCount(redis: Redis): Promise<number> {
  // Minus the connection asking.
  return String(await redis.client('LIST')).trim().split('\n').length - 1;
}

describe('event streams (SSE) against a Redis of the test\'s own', () => {
  let redis: OwnRedis;
  let env: TestEnv;
  let pipeline: Pipeline;
  let api: ApiService;
  let probe: Redis;

  beforeAll(async () => {
    redis = await startOwnRedis();
    env = await createTestEnv({ REDIS_URL: redis.url, SSE_MAX_STREAMS: '200', SSE_MAX_STREAMS_PER_TOKEN: '10' });
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    api = await startApiService(env.config, { pipeline });
    probe = new Redis(redis.url);
    probe.on('error', () => undefined); // it sees the outage of the second test too
  });
  afterAll(async () => {
    probe?.disconnect();
    await api?.close();
    await pipeline?.close();
    await redis?.stop();
    await env?.cleanup();
  });

  it('when 200 streams are opened and dropped, then they share one Redis client, the 201st and a token\'s 11th get 429, and none is left behind', async () => {
    const tokens = await Promise.all(Array.from({ length: 21 }, () => addToken(env.config, 'employer', 'tenant-a')));
    const caseId = (await client(api.url, tokens[0]!).json('POST', '/api/cases', { id: 'case-sse' })).body.id as string;
    const url = `${api.url}/api/cases/${caseId}/events`;
    const before = await clientCount(probe);

    const streams = await Promise.all(Array.from({ length: 200 }, (_, i) => openStream(url, tokens[Math.floor(i / 10)]!)));
    expect(streams.every((s) => s.status === 200)).toBe(true);
    expect(await clientCount(probe)).toBeLessThanOrEqual(before + 1);
    expect((await openStream(url, tokens[20]!)).status).toBe(429); // the process's cap
    streams.pop()!.abort();
    await new Promise((r) => setTimeout(r, 200));
    expect((await openStream(url, tokens[0]!)).status).toBe(429); // token 0 already has 10
    const last = await openStream(url, tokens[20]!);
    expect(last.status).toBe(200);
    streams.push(last);

    for (const s of streams) s.abort();
    await new Promise((r) => setTimeout(r, 500));
    const [, subscribers] = (await probe.pubsub('NUMSUB', caseChannel(env.config.QUEUE_PREFIX, caseId))) as [string, number];
    expect(Number(subscribers)).toBe(0);
    expect(await clientCount(probe)).toBeLessThanOrEqual(before + 1);
  });

  it('when Redis is down as a stream opens, then the request fails cleanly and, Redis back, streams work and no client leaked', async () => {
    const token = await addToken(env.config, 'employer', 'tenant-b');
    const caseId = (await client(api.url, token).json('POST', '/api/cases', { id: 'case-sse-down' })).body.id as string;
    const url = `${api.url}/api/cases/${caseId}/events`;
    await redis.kill();
    const refused = await openStream(url, token);
    expect(refused.status).toBe(503);
    await redis.restart();
    let ok = { status: 0, abort: () => undefined as void };
    for (const end = Date.now() + 15_000; Date.now() < end && ok.status !== 200; ) {
      ok = await openStream(url, token);
      if (ok.status !== 200) await new Promise((r) => setTimeout(r, 300));
    }
    expect(ok.status).toBe(200);
    ok.abort();
    // The API's own connection, the shared subscriber and the probe: no connection per attempt.
    // A loaded machine may take a moment to close the dropped stream's and the failed attempts'
    // sockets; a leak stays.
    let clients = await clientCount(probe);
    for (const end = Date.now() + 5_000; Date.now() < end && clients > 2; clients = await clientCount(probe)) await new Promise((r) => setTimeout(r, 200));
    expect(clients).toBeLessThanOrEqual(2);
  });
});
