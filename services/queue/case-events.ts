import type { Redis } from 'ioredis';
import type { CaseEvent } from '../../workers/jobs/index.ts';

/** One pub/sub channel per case, under the queue prefix so test runs never hear each other. */
export const caseChannel = (prefix: string, caseId: string): string => `${prefix}:events:${caseId}`;

export function createEventPublisher(redis: Redis, prefix: string) {
  return {
    async publish(caseId: string, event: CaseEvent): Promise<void> {
      await redis.publish(caseChannel(prefix, caseId), JSON.stringify(event));
    },
  };
}
