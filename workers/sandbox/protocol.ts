/** Messages between a sandbox host and its child process (Node IPC, advanced serialization: bytes travel as Uint8Array). */
export type SandboxMethod = 'inspectDocument' | 'quickCheckPage' | 'pageImage' | 'analysePage';

export interface SandboxCall {
  id: number;
  method: SandboxMethod;
  args: unknown[];
}

export type SandboxReply =
  | { id: number; ok: true; value: unknown }
  /** An error's class and, for an input the pipeline refuses, its reason code; never its message (it may quote input). */
  | { id: number; ok: false; name: string; reason: string | null };

/** The child's first message once its pipeline is loaded. */
export interface SandboxReady {
  ready: true;
}

/** Options the child builds its pipeline from (JSON in an environment variable). */
export interface SandboxChildOptions {
  ocrWorkers: number;
  regionReader: boolean;
  limits: { maxBytes?: number; maxPages?: number };
}
export const CHILD_OPTIONS_ENV = 'PRECHECK_SANDBOX_OPTIONS';
