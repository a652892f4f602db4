import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHILD_MALLOC_ENV } from './child-malloc-env.ts';
import { CHILD_OPTIONS_ENV, type SandboxCall, type SandboxChildOptions, type SandboxMethod, type SandboxReply } from './protocol.ts';

export interface SandboxLimits {
  /** Resident memory of the child past which it is killed (watchdog on /proc/<pid>/status). */
  maxRssMb: number;
  /** V8 heap of the child (`--max-old-space-size`); decoded images live outside it, hence the RSS watchdog. */
  heapMb: number;
  /** Time one call may take before the child is killed. */
  callTimeoutMs: number;
  /** Time the child may take to load its pipeline. @default 120000 */
  startTimeoutMs?: number;
}

/** The child died under a call (memory or time limit, or a crash): the call's input may be to blame. */
export class SandboxCrashError extends Error {
  /**
   * `resource_limit`: killed past its memory or time under a call; `sandbox_crashed`: died under a
   * call another way; `sandbox_unavailable`: could not start (or was closed), whatever the input.
   */
  constructor(readonly reason: 'resource_limit' | 'sandbox_crashed' | 'sandbox_unavailable') {
    super(reason);
    this.name = 'SandboxCrashError';
  }
}

/**
 * The reason of a SandboxCrashError, also after the error crossed a boundary that keeps only its
 * name and fields (a job's failure, a structured clone); null for any other error.
 */
export function sandboxCrashReason(err: unknown): SandboxCrashError['reason'] | null {
  const e = err as { name?: string; reason?: unknown } | null;
  if (e?.name !== 'SandboxCrashError') return null;
  return e.reason === 'resource_limit' || e.reason === 'sandbox_crashed' || e.reason === 'sandbox_unavailable' ? e.reason : null;
}

/** An error the pipeline raised inside the child, rebuilt with its class name and reason code. */
export class SandboxCallError extends Error {
  constructor(
    name: string,
    readonly reason: string | null,
  ) {
    super(reason ?? name);
    this.name = name;
  }
}

/** Plain JavaScript: it loads pdf.js before registering tsx, then sandbox-child.ts (see there). */
const CHILD = fileURLToPath(new URL('./sandbox-child-entry.mjs', import.meta.url));
const WATCH_MS = 100;
/** What V8 prints when a process reaches its heap cap, just before it aborts. */
const HEAP_LIMIT = /Reached heap limit|JavaScript heap out of memory/;

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) / 1024 : 0;
}

/**
 * One child process running the pipeline for one call at a time (calls queue). Killed on the spot
 * when its RSS passes `maxRssMb` or a call passes `callTimeoutMs`: that call rejects with
 * SandboxCrashError('resource_limit') and the next call starts a fresh child. The host's own
 * event loop never runs pdf.js, so it keeps answering whatever a file does.
 */
export function createSandbox(opts: SandboxChildOptions, limits: SandboxLimits, onStderr?: (line: string) => void) {
  let child: ChildProcess | null = null;
  let ready: Promise<void> | null = null;
  let nextId = 1;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();
  let pending: { id: number; resolve: (v: unknown) => void; reject: (e: Error) => void } | null = null;
  let killedFor: SandboxCrashError['reason'] | null = null;
  let watchdog: NodeJS.Timeout | null = null;

  const stop = (reason: SandboxCrashError['reason']) => {
    killedFor ??= reason;
    child?.kill('SIGKILL');
  };

  const start = (): Promise<void> => {
    killedFor = null;
    const c = fork(CHILD, [], {
      execArgv: [`--max-old-space-size=${limits.heapMb}`],
      env: { ...CHILD_MALLOC_ENV, ...process.env, [CHILD_OPTIONS_ENV]: JSON.stringify(opts) },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child = c;
    c.stderr?.setEncoding('utf8');
    c.stderr?.on('data', (d: string) => {
      // V8 stopping the child at its heap cap (--max-old-space-size) is the memory limit acting, as
      // the RSS watchdog's kill is: the call fails with resource_limit, not as a crash.
      if (HEAP_LIMIT.test(d)) killedFor ??= 'resource_limit';
      d.split('\n').forEach((l) => l && onStderr?.(l.slice(0, 2000)));
    });
    c.on('message', (m: SandboxReply | { ready: true }) => {
      if ('ready' in m || !pending || m.id !== pending.id) return;
      const p = pending;
      pending = null;
      if (m.ok) p.resolve(m.value);
      else p.reject(new SandboxCallError(m.name, m.reason));
    });
    watchdog = setInterval(() => {
      if (c.pid) void rssMb(c.pid).then((mb) => mb > limits.maxRssMb && stop('resource_limit'));
    }, WATCH_MS);
    watchdog.unref();
    const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    void exited.then(() => {
      clearInterval(watchdog!);
      if (child === c) {
        child = null;
        ready = null;
      }
      const p = pending;
      pending = null;
      p?.reject(new SandboxCrashError(killedFor ?? 'sandbox_crashed'));
    });
    return new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => (stop('sandbox_crashed'), reject(new SandboxCrashError('sandbox_unavailable'))), limits.startTimeoutMs ?? 120_000);
      c.once('message', () => (clearTimeout(t), resolve()));
      void exited.then(() => (clearTimeout(t), reject(new SandboxCrashError('sandbox_unavailable'))));
    });
  };

  const call = <T>(method: SandboxMethod, args: unknown[]): Promise<T> => {
    const run = async (): Promise<T> => {
      if (closed) throw new SandboxCrashError('sandbox_unavailable');
      if (!ready) ready = start();
      await ready;
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => stop('resource_limit'), limits.callTimeoutMs);
        pending = {
          id,
          resolve: (v) => (clearTimeout(timer), resolve(v as T)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        };
        child!.send({ id, method, args } satisfies SandboxCall);
      });
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    call,
    /** Loads the child now (a worker pays the OCR engines' start before its first job). */
    async warm(): Promise<void> {
      if (!ready) ready = start();
      await ready;
    },
    pid: () => child?.pid ?? null,
    async close(): Promise<void> {
      closed = true;
      const c = child;
      if (!c) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.disconnect();
      const t = setTimeout(() => c.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(t);
    },
  };
}
export type Sandbox = ReturnType<typeof createSandbox>;
