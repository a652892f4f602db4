import type { Redis } from 'ioredis';
import type { Pipeline } from '../../workers/index.ts';
import type { Logger } from '../config/index.ts';
import type { Producer } from '../queue/index.ts';
import type { BlobStore, Store } from '../store/index.ts';
import type { StreamHub } from './sse/stream-hub.ts';

/** The part of the pipeline the API runs itself: opening the file and the no-OCR page checks. */
export type ApiPipeline = Pick<Pipeline, 'inspectDocument' | 'quickCheckPage' | 'pageImage' | 'invalidDocument'>;

export interface ApiLimits {
  /** @default 20971520 */
  maxUploadBytes: number;
  /** How long an upload answer may wait for quick page checks. @default 3000 */
  quickCheckBudgetMs: number;
}

export interface ApiDeps {
  store: Store;
  blobs: BlobStore;
  producer: Producer;
  pipeline: ApiPipeline;
  /** The API's Redis connection (readiness). */
  redis: Redis;
  /** Event streams: one shared subscriber, capped. */
  streams: StreamHub;
  queuePrefix: string;
  limits: ApiLimits;
  log: Logger;
}
