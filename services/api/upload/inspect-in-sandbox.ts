import { sandboxCrashReason } from '../../../workers/sandbox/index.ts';
import type { ApiPipeline } from '../types.ts';

type Inspected = { pageCount: number } | { invalid: string };

/**
 * Opens an upload in a sandbox child. A file that kills its child by memory or time is
 * `resource_limit`. A child that died another way is tried once more in a fresh child: dying
 * again under the same file makes it the file's fault (`resource_limit`), so no file can earn a
 * 503 forever; a child that cannot even start stays a 503 (SandboxCrashError, retryable).
 */
export async function inspectInSandbox(pipeline: ApiPipeline, bytes: Uint8Array): Promise<Inspected> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pipeline.inspectDocument(bytes);
    } catch (err) {
      const reason = sandboxCrashReason(err);
      if (reason === 'resource_limit') return { invalid: 'resource_limit' };
      if (reason === 'sandbox_crashed' && attempt === 1) continue;
      if (reason === 'sandbox_crashed') return { invalid: 'resource_limit' };
      throw err;
    }
  }
}
