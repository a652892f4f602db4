import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUES, type QueueName } from '../../../workers/jobs/index.ts';
import { errorForLog, type Logger } from '../../config/index.ts';

/** Every queue, read by the operator routes (depth for /metrics, the dashboard), over the API's own Redis connection (no new one). */
export function operatorQueues(redis: Redis, prefix: string, log: Logger): Record<QueueName, Queue> {
  const out = {} as Record<QueueName, Queue>;
  for (const name of Object.values(QUEUES)) {
    const q = new Queue(name, { connection: redis, prefix });
    q.on('error', (err) => log.warn({ err: errorForLog(err), queue: name }, 'queue error'));
    out[name] = q;
  }
  return out;
}
