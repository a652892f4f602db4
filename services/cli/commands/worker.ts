// The pipeline's small modules, not workers/index.ts: this process runs no page (its sandbox children
// do), so it does not load pdf.js, sharp, tesseract and onnxruntime.
import { buildReport } from '../../../workers/pipeline/build-report.ts';
import { PAGE_PIPELINE_VERSION } from '../../../workers/pipeline/pipeline-version.ts';
import { createSandboxedPipeline } from '../../../workers/sandbox/index.ts';
import { createLogger, errorForLog, inputLimitsOf, onShutdown } from '../../config/index.ts';
import { startWorkerService } from '../../queue/index.ts';
import { commandConfig } from '../command-config.ts';
import { UsageError } from '../usage-error.ts';

/** `precheck worker`: the queue processors (page, document, case, batch). */
export async function run(argv: string[]): Promise<number> {
  if (argv.length) throw new UsageError(`worker takes no arguments (configure with environment variables)`);
  const config = commandConfig('worker');
  if (!config) return 1;
  const log = createLogger({ level: config.LOG_LEVEL, name: 'worker' });
  // Pages are analysed in sandbox children, one per page job run at once: a page that exhausts its
  // memory or time kills its child (the page fails resource_limit), never this process.
  const pipeline = createSandboxedPipeline({
    processes: config.PAGE_CONCURRENCY,
    ocrWorkers: config.OCR_WORKERS,
    regionReader: true,
    limits: inputLimitsOf(config),
    sandbox: { maxRssMb: config.SANDBOX_MAX_RSS_MB, heapMb: Math.min(4096, config.SANDBOX_MAX_RSS_MB), callTimeoutMs: config.SANDBOX_PAGE_TIMEOUT_MS },
    onStderr: (line) => log.warn({ sandbox: line.slice(0, 300) }, 'sandbox stderr'),
  });
  // Warmed in the background: the queue workers start at once, so a restarted worker takes back a
  // killed one's page (and renews its lock) while its OCR engines are still loading.
  pipeline.warm().catch((err: unknown) => log.warn({ err: errorForLog(err) }, 'sandbox failed to start'));
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
