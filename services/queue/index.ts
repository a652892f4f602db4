export { redisOptions, queueConnection } from './redis-options.ts';
export { assertRedisSafe, RedisNotDurableError, UnsafeRedisError, type RedisSafetyOptions } from './assert-redis-safe.ts';
export { jobOptions } from './job-options.ts';
export { createProducer, type Producer, type ProducerOptions } from './create-producer.ts';
export { caseChannel, createEventPublisher, type QuickPageEvent } from './case-events.ts';
export { QUEUES, JOB_NAMES, type CaseEvent } from '../../workers/jobs/index.ts';
export { startWorkerService, type WorkerService } from './start-worker-service.ts';
export { logRedisErrors } from './log-redis-errors.ts';
export { startReconciler, type Reconciler } from './reconcile-documents.ts';
