import type { PageAnalysis, QuickPageFeedback } from '../page/index.ts';
import { assembleDocument, invalidDocument } from '../pipeline/assemble-document.ts';
import type { Pipeline } from '../pipeline/index.ts';
import { createSandbox, type Sandbox, type SandboxLimits } from './sandbox-host.ts';
import type { SandboxChildOptions, SandboxMethod } from './protocol.ts';

export type SandboxedPipeline = Pick<Pipeline, 'inspectDocument' | 'quickCheckPage' | 'pageImage' | 'analysePage' | 'analyseDocument' | 'invalidDocument' | 'close'> & {
  /** Starts every child now. */
  warm(): Promise<void>;
  /** The children's process ids (tests kill them). */
  pids(): (number | null)[];
};

/**
 * The pipeline's untrusted-input methods (open a PDF, quick page checks, page analysis) run in
 * `processes` sandbox children, each one call at a time, the least busy first; assembling a
 * document from page analyses is plain data and stays in this process.
 */
export function createSandboxedPipeline(opts: SandboxChildOptions & { processes: number; sandbox: SandboxLimits; onStderr?: (line: string) => void }): SandboxedPipeline {
  const children: { box: Sandbox; busy: number }[] = Array.from({ length: Math.max(1, opts.processes) }, () => ({
    box: createSandbox({ ocrWorkers: opts.ocrWorkers, regionReader: opts.regionReader, limits: opts.limits }, opts.sandbox, opts.onStderr),
    busy: 0,
  }));
  const call = async <T>(method: SandboxMethod, args: unknown[]): Promise<T> => {
    const c = children.reduce((a, b) => (b.busy < a.busy ? b : a));
    c.busy++;
    try {
      return await c.box.call<T>(method, args);
    } finally {
      c.busy--;
    }
  };
  return {
    inspectDocument: (bytes) => call('inspectDocument', [bytes]),
    quickCheckPage: (bytes, page) => call<QuickPageFeedback>('quickCheckPage', [bytes, page]),
    pageImage: (bytes, page, width) => call<Uint8Array>('pageImage', [bytes, page, width]),
    analysePage: (bytes, page, ctx, quick) => call<PageAnalysis>('analysePage', [bytes, page, ctx, quick]),
    analyseDocument: assembleDocument,
    invalidDocument,
    warm: async () => void (await Promise.all(children.map((c) => c.box.warm()))),
    pids: () => children.map((c) => c.box.pid()),
    close: async () => void (await Promise.all(children.map((c) => c.box.close()))),
  };
}
