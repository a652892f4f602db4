import { buildReport, createPipeline, PAGE_PIPELINE_VERSION } from '../../../workers/index.ts';
import { ConfigError, createLogger, inputLimitsOf, loadConfig, onShutdown } from '../../config/index.ts';
import { startWorkerService } from '../../queue/index.ts';
import { UsageError } from '../usage-error.ts';

/** `precheck worker`: the queue processors (page, document, case, batch). */
export async function run(argv: string[]): Promise<number> {
  if (argv.length) throw new UsageError(`worker takes no arguments (configure with environment variables)`);
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`precheck worker: ${err.message}\n`);
    return 1;
  }
  const log = createLogger({ level: config.LOG_LEVEL, name: 'worker' });
  const pipeline = await createPipeline({ ocrWorkers: config.OCR_WORKERS, limits: inputLimitsOf(config), log });
  const service = await startWorkerService(config, {
    pipeline,
    buildReport: (fields, docs) => buildReport(fields, docs),
    pipelineVersion: PAGE_PIPELINE_VERSION,
    log,
  }).catch(async (err) => {
    await pipeline.close();
    throw err;
  });
  process.stderr.write(`precheck worker: processing (prefix ${config.QUEUE_PREFIX})\n`);
  await onShutdown(log, async () => {
    // Bounded below a typical orchestrator grace (30 s): unfinished jobs stall and resume elsewhere.
    await service.close(25_000);
    await pipeline.close();
  });
  return 0;
}
