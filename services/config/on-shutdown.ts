import { errorForLog, type Logger } from './create-logger.ts';

/** Resolves after SIGINT/SIGTERM once `stop` has run; a second signal exits at once. */
export function onShutdown(log: Logger, stop: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const handler = (signal: string) => {
      if (stopping) process.exit(1);
      stopping = true;
      log.info({ signal }, 'shutting down');
      stop().then(resolve, (err) => {
        log.error({ err: errorForLog(err) }, 'shutdown failed');
        process.exitCode = 1;
        resolve();
      });
    };
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
  });
}
