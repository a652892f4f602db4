import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../../services/config/index.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'precheck.js');

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Everything it wrote (stdout and stderr). */
  output(): string;
  /** Resident memory of the API process itself (its sandbox children are separate processes). */
  rssMb(): number;
  stop(): void;
}

/** A real `precheck serve` process on the test env's settings, resolved once it listens. */
export async function startServe(config: Config, extra: Record<string, string> = {}): Promise<ServeProcess> {
  const vars = Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...vars, LOG_LEVEL: 'warn', ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out.slice(-2000)}`)));
  });
  return {
    url,
    child,
    output: () => out,
    rssMb: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: () => void child.kill('SIGTERM'),
  };
}
