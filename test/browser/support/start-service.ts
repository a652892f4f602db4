import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startServe, type ServeProcess } from '../../chaos/support/serve-process.ts';
import { addToken, createTestEnv, type TestEnv } from '../../integration/support/test-env.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'precheck.js');

export interface Service {
  url: string;
  env: TestEnv;
  serve: ServeProcess;
  /** null when started with `worker: false`. */
  worker: ChildProcess | null;
  /** The last lines the two processes wrote (to explain a failure). */
  logs(): string;
  /** A fresh token of this role (an employer's needs a tenant). */
  token(role: 'employer' | 'reviewer' | 'admin', tenant?: string | null): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real service for a browser test: `precheck serve` and `precheck worker` as processes, on the
 * real Redis and PostgreSQL of a fresh test env (its own schema, queue prefix and blob directory).
 * `extra` adds settings to both, e.g. { QUICK_CHECK_BUDGET_MS: '1' }.
 */
export async function startService(opts: { worker?: boolean; extra?: Record<string, string> } = {}): Promise<Service> {
  const env = await createTestEnv(opts.extra ?? {});
  const serve = await startServe(env.config, opts.extra ?? {});
  const vars = Object.fromEntries(Object.entries(env.config).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  let workerOut = '';
  const worker =
    opts.worker === false
      ? null
      : spawn(process.execPath, [BIN, 'worker'], { env: { ...process.env, ...vars, ...opts.extra, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] });
  worker?.stderr!.on('data', (d: Buffer) => (workerOut = (workerOut + d.toString()).slice(-4000)));
  const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));
  return {
    url: serve.url,
    env,
    serve,
    worker,
    logs: () => `serve:\n${serve.output().slice(-3000)}\nworker:\n${workerOut}`,
    token: (role, tenant = null) => addToken(env.config, role, role === 'employer' ? (tenant ?? 'tenant-a') : null),
    async stop() {
      worker?.kill('SIGTERM');
      serve.stop();
      const stopped = Promise.all([worker ? exited(worker) : null, exited(serve.child)]);
      const timer = setTimeout(() => {
        worker?.kill('SIGKILL');
        serve.child.kill('SIGKILL');
      }, 15_000);
      await stopped;
      clearTimeout(timer);
      await env.cleanup();
      if (worker && worker.exitCode && worker.exitCode !== 0) console.warn(`worker exited ${worker.exitCode}: ${workerOut}`);
    },
  };
}
