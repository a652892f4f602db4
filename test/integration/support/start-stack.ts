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
