import { parentPort, workerData } from 'node:worker_threads';
import type { WageTable } from '../../rules/index.ts';
import { buildReport } from '../pipeline/build-report.ts';
import { judgeCases, type StoredCase } from './judge-cases.ts';

/** One rules thread: judges the chunks it is sent (JSON texts in, JSON texts out). */
const { wages } = workerData as { wages?: WageTable };
parentPort!.on('message', (msg: { seq: number; rows: StoredCase[] }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, judged: judgeCases(msg.rows, (f, d) => buildReport(f, d, { wages })) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: (err as Error).stack ?? String(err) });
  }
});
