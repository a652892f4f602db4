import { Worker } from 'node:worker_threads';
import type { WageTable } from '../../rules/index.ts';
import type { Judged, StoredCase } from './judge-cases.ts';

const ENTRY = new URL('./rules-thread-entry.mjs', import.meta.url);

export interface RulesThreads {
  /** Judges the rows on every thread at once (a slice each); the same answer as judgeCases in order. */
  judge(rows: StoredCase[]): Promise<Judged[]>;
  /** Resolves once every thread has loaded the rules. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Rules on `n` threads, for re-verification of thousands of cases: PostgreSQL hands over JSON
 * texts, each thread parses, judges and serialises its slice, so the calling thread only moves
 * strings. `wages`: another wage table than the published one (tests and benchmarks).
 */
export function createRulesThreads(n: number, opts: { wages?: WageTable } = {}): RulesThreads {
  const threads = Array.from({ length: Math.max(1, n) }, () => new Worker(ENTRY, { workerData: { wages: opts.wages } }));
  let seq = 0;
  const waiting = new Map<number, { resolve(j: Judged[]): void; reject(e: Error): void }>();
  for (const t of threads) {
    t.on('message', (m: { seq: number; judged?: Judged[]; error?: string }) => {
      const w = waiting.get(m.seq);
      waiting.delete(m.seq);
      if (m.error) w?.reject(new Error(m.error));
      else w?.resolve(m.judged!);
    });
    t.on('error', (err) => {
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
    });
  }
  const run = (t: Worker, rows: StoredCase[]) =>
    new Promise<Judged[]>((resolve, reject) => {
      const id = ++seq;
      waiting.set(id, { resolve, reject });
      t.postMessage({ seq: id, rows });
    });
  return {
    async judge(rows) {
      const size = Math.ceil(rows.length / threads.length);
      const parts = threads.map((t, i) => (rows.length > i * size ? run(t, rows.slice(i * size, (i + 1) * size)) : Promise.resolve([])));
      return (await Promise.all(parts)).flat();
    },
    async warm() {
      await Promise.all(threads.map((t) => run(t, [])));
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
