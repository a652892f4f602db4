import { unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * onnxruntime-node's Linux build carries a telemetry layer (Microsoft's 1DS C++ SDK, "MATSDK")
 * that opens an empty `mat-debug-<pid>.log` in the temp folder when the first inference session
 * is created and never removes it: every worker or CLI run would leave one behind. Once the
 * session exists the file is unlinked; the runtime keeps its open handle, so nothing stays on disk.
 */
export function dropRuntimeTraceFile(): void {
  for (const dir of new Set(['/tmp', tmpdir()])) {
    try {
      unlinkSync(join(dir, `mat-debug-${process.pid}.log`));
    } catch {
      // not there (another platform, or already dropped)
    }
  }
}
