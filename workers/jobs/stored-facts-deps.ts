import type { JobDeps } from './types.ts';

/**
 * The job dependencies of a run that reads only stored facts (rules-mode re-verification, its
 * benchmark and tests): PostgreSQL and the rules; any call that would touch pixels, files or the
 * queue throws, so such a run provably analyses nothing.
 */
export function storedFactsDeps(store: JobDeps['store'], buildReport: JobDeps['buildReport'], pipelineVersion: string): JobDeps {
  const refuse = (): never => {
    throw new Error('a run over stored facts touches no page, file or queue');
  };
  return {
    pipeline: { analysePage: refuse, analyseDocument: refuse, invalidDocument: refuse },
    buildReport,
    pipelineVersion,
    store,
    blobs: { read: refuse },
    events: { publish: async () => undefined },
    enqueueCaseFlow: refuse,
    log: { info: () => undefined, warn: () => undefined },
  };
}
