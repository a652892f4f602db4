import type { Config } from '../../../services/config/index.ts';
import { createLogger } from '../../../services/config/index.ts';
import { startApiService, type ApiService } from '../../../services/api/index.ts';
import { startWorkerService, type WorkerService } from '../../../services/queue/index.ts';
import { buildReport, PAGE_PIPELINE_VERSION, type Pipeline } from '../../../workers/index.ts';

/** The API and a worker in this process, on the real Redis and PostgreSQL of the test env. */
export async function startStack(
  config: Config,
  pipeline: Pipeline,
  opts: { worker?: boolean } = {},
): Promise<{ api: ApiService; worker: WorkerService | null; stop(): Promise<void> }> {
  const log = createLogger({ level: config.LOG_LEVEL });
  // The pipeline runs in this process (no sandbox child), and PP-OCR's post-processing holds the
  // event loop for seconds, longer on a loaded machine: the job lock gets the headroom a service
  // worker (whose loop is free) does not need, so a page is not re-delivered mid-run.
  config = { ...config, JOB_LOCK_MS: Math.max(config.JOB_LOCK_MS, 60_000) };
  const api = await startApiService(config, { pipeline, log });
  const worker =
    opts.worker === false
      ? null
      : await startWorkerService(config, {
          pipeline,
          buildReport: (fields, docs) => buildReport(fields, docs),
          pipelineVersion: PAGE_PIPELINE_VERSION,
          log,
        });
  return {
    api,
    worker,
    async stop() {
      await worker?.close(5_000);
      await api.close();
    },
  };
}
