import { describe, expect, it } from 'vitest';
import { percentile, runWorkerKills } from './support/worker-kills.ts';

/**
 * A short run of the soak (`npm run chaos` runs ≥ 200 documents and ≥ 50 kills): real
 * `precheck worker` processes SIGKILLed while a page job runs.
 */
describe('a worker killed mid-page', () => {
  it('when it is SIGKILLed twice, then every document still reaches a report, none failed or doubled, and each page is taken back within 45 s', async () => {
    const run = await runWorkerKills({ documents: 12, kills: 2, timeoutMs: 240_000 });
    expect(run.kills).toBe(2);
    expect({ lost: run.lost, failed: run.failed, duplicateFlags: run.duplicateFlags, casesWithoutReport: run.casesWithoutReport }).toEqual({
      lost: 0,
      failed: 0,
      duplicateFlags: 0,
      casesWithoutReport: 0,
    });
    expect(percentile(run.recoveryS, 100)).toBeLessThanOrEqual(45);
    expect(run.workerPeakRssMb).toBeLessThan(1024); // the worker process; pages run in its sandbox child
  }, 300_000);
});
