import type { Redis } from 'ioredis';
import type { CaseEvent } from '../../workers/jobs/index.ts';

/** One pub/sub channel per case, under the queue prefix so test runs never hear each other. */
export const caseChannel = (prefix: string, caseId: string): string => `${prefix}:events:${caseId}`;

/**
 * The API's own event: the quick checks of a page the upload's answer had no time for, published
 * once they finish (badges and advice only: states and fixed sentences, no values read from the page).
 */
export interface QuickPageEvent {
  type: 'quick';
  documentId: string;
  page: number;
  feedback: object;
}

export function createEventPublisher(redis: Redis, prefix: string) {
  return {
    async publish(caseId: string, event: CaseEvent | QuickPageEvent): Promise<void> {
      await redis.publish(caseChannel(prefix, caseId), JSON.stringify(event));
    },
  };
}
