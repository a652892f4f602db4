/**
 * `npm run chaos [-- --documents N --kills K]`: the worker-kill soak, too long for CI (the test suite
 * runs a short one). Uploads N one-page scans (default 200) to a real API on the test Redis and
 * PostgreSQL, has one `precheck worker` process analyse them and SIGKILLs it K times (default 50)
 * while a page job runs, starting a new one each time. Prints the outcome and the recovery time per
 * kill (p50, p95, max) and writes bench-results/chaos-worker-kills.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, runWorkerKills } from './support/worker-kills.ts';

const { values } = parseArgs({ options: { documents: { type: 'string', default: '200' }, kills: { type: 'string', default: '50' } } });
const documents = Number(values.documents);
const kills = Number(values.kills);
if (!(documents > 0) || !(kills >= 0)) {
  process.stderr.write('usage: soak-worker-kills.ts [--documents N] [--kills K]\n');
  process.exit(2);
}
const run = await runWorkerKills({ documents, kills, timeoutMs: 3 * 3600_000, onProgress: (l) => process.stderr.write(l + '\n') });
const table = {
  documents: run.documents,
  kills: run.kills,
  lost: run.lost,
  failed: run.failed,
  duplicateFlags: run.duplicateFlags,
  casesWithoutReport: run.casesWithoutReport,
  recoveryP50S: percentile(run.recoveryS, 50),
  recoveryP95S: percentile(run.recoveryS, 95),
  recoveryMaxS: percentile(run.recoveryS, 100),
  wallS: run.wallS,
  workerPeakRssMb: Math.round(run.workerPeakRssMb),
};
console.table(table);
for (const f of run.failures) console.log('failed:', f);
const dir = join(import.meta.dirname, '..', '..', 'bench-results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'chaos-worker-kills.json'), JSON.stringify({ ...table, recoveryS: run.recoveryS, failures: run.failures }, null, 2));
process.exit(run.lost + run.failed + run.duplicateFlags + run.casesWithoutReport === 0 ? 0 : 1);
