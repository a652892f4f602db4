import type { StageClock } from '../../workers/index.ts';

export type StageTotals = Record<string, number>;

/**
 * A StageClock that adds up the process's CPU milliseconds (all threads: tesseract's and ONNX's
 * included) spent in each stage. Exact only while one page runs at a time; nested stages are
 * charged to the inner one.
 */
export function createCpuStageClock(): StageClock & { reset(): void; totals(): StageTotals } {
  let totals: StageTotals = {};
  let depth: string[] = [];
  let mark = process.cpuUsage();
  const charge = () => {
    const d = process.cpuUsage(mark);
    mark = process.cpuUsage();
    const top = depth.at(-1) ?? 'other';
    totals[top] = (totals[top] ?? 0) + (d.user + d.system) / 1000;
  };
  return {
    async time(stage, fn) {
      charge();
      depth.push(stage);
      try {
        return await fn();
      } finally {
        charge();
        depth.pop();
      }
    },
    reset() {
      totals = {};
      depth = [];
      mark = process.cpuUsage();
    },
    totals() {
      charge();
      return totals;
    },
  };
}
