import { createSandboxedPipeline } from '../../../workers/sandbox/index.ts';
import { startApiService } from '../../api/index.ts';
import { createLogger, inputLimitsOf, onShutdown } from '../../config/index.ts';
import { commandConfig } from '../command-config.ts';
import { UsageError } from '../usage-error.ts';

/** `precheck serve`: the HTTP API. Configuration comes from the environment only. */
export async function run(argv: string[]): Promise<number> {
  if (argv.length) throw new UsageError(`serve takes no arguments (configure with environment variables)`);
  const config = commandConfig('serve');
  if (!config) return 1;
  const log = createLogger({ level: config.LOG_LEVEL, name: 'api' });
  // The API opens files and runs the no-OCR checks only, in sandbox children: a hostile file costs
  // a child (killed past its memory or time), never this process's event loop.
  const pipeline = createSandboxedPipeline({
    processes: config.API_SANDBOXES,
    ocrWorkers: 1,
    regionReader: false,
    limits: inputLimitsOf(config),
    sandbox: { maxRssMb: config.API_SANDBOX_MAX_RSS_MB, heapMb: Math.min(512, config.API_SANDBOX_MAX_RSS_MB), callTimeoutMs: config.API_SANDBOX_TIMEOUT_MS },
    onStderr: (line) => log.warn({ sandbox: line.slice(0, 300) }, 'sandbox stderr'),
  });
  await pipeline.warm();
  const api = await startApiService(config, { pipeline, log }).catch(async (err) => {
    await pipeline.close();
    throw err;
  });
  process.stderr.write(`precheck serve: listening on ${api.url}\n`);
  await onShutdown(log, async () => {
    await api.close();
    await pipeline.close();
  });
  return 0;
}
