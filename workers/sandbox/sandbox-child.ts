/**
 * The sandbox's child process: parses, renders and OCRs untrusted PDFs with the process's memory
 * and time bounded by its host (sandbox-host.ts), so a bomb kills this process, never the API or
 * the worker. Loads the pipeline once, then answers calls one at a time.
 */
import type { PageContext, QuickPageChecks } from '../page/index.ts';
import { createPipeline, type Pipeline } from '../pipeline/index.ts';
import { CHILD_OPTIONS_ENV, type SandboxCall, type SandboxChildOptions, type SandboxReply } from './protocol.ts';

const opts = JSON.parse(process.env[CHILD_OPTIONS_ENV] ?? '{}') as SandboxChildOptions;
const pipeline: Pipeline = await createPipeline({
  ocrWorkers: opts.ocrWorkers ?? 1,
  regionReader: opts.regionReader ?? true,
  limits: opts.limits,
  // One JSON line per failed second reading, ids and classes only (the parent forwards stderr).
  log: { warn: (fields: object, msg: string) => process.stderr.write(JSON.stringify({ level: 40, msg, ...fields }) + '\n') },
});

const reply = (r: SandboxReply) => process.send!(r);

process.on('message', (call: SandboxCall) => {
  const run = async () => {
    switch (call.method) {
      case 'inspectDocument':
        return pipeline.inspectDocument(call.args[0] as Uint8Array);
      case 'quickCheckPage':
        return pipeline.quickCheckPage(call.args[0] as Uint8Array, call.args[1] as number);
      case 'pageImage':
        return pipeline.pageImage(call.args[0] as Uint8Array, call.args[1] as number, call.args[2] as number);
      case 'analysePage':
        return pipeline.analysePage(call.args[0] as Uint8Array, call.args[1] as number, call.args[2] as PageContext, call.args[3] as QuickPageChecks | undefined);
    }
  };
  run().then(
    (value) => reply({ id: call.id, ok: true, value }),
    (err: unknown) => {
      const e = err as { name?: string; reason?: unknown };
      reply({ id: call.id, ok: false, name: e?.name ?? 'Error', reason: typeof e?.reason === 'string' ? e.reason : null });
    },
  );
});
process.on('disconnect', () => void pipeline.close().finally(() => process.exit(0)));
process.send!({ ready: true });
