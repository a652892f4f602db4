import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Case } from '../../rules/contract/index.ts';
import { createPipeline } from '../../workers/index.ts';

/**
 * `npm run bench:pipeline [-- --case samples/demo/case.json --runs 3 --workers N]`: whole-pipeline
 * seconds per page (what the CLI does) and the process's peak RSS. A measurement, not a test.
 */
const { values } = parseArgs({
  options: {
    case: { type: 'string', default: 'samples/demo/case.json' },
    runs: { type: 'string', default: '3' },
    workers: { type: 'string' },
  },
});
const caseFile = path.resolve(values.case!);
const caseObj = Case.parse(JSON.parse(readFileSync(caseFile, 'utf8')));
const runs = Number(values.runs);

const t0 = performance.now();
const pipeline = await createPipeline({ ocrWorkers: values.workers ? Number(values.workers) : undefined });
const startupMs = performance.now() - t0;
const rows: { run: number; pages: number; seconds: number; secondsPerPage: number; pageMsMedian: number }[] = [];
for (let run = 1; run <= runs; run++) {
  const pageMs: number[] = [];
  const t = performance.now();
  const report = await pipeline.verify(caseObj, path.dirname(caseFile), {
    onProgress: (e) => {
      if (e.type === 'page') pageMs.push(e.ms);
    },
  });
  const seconds = (performance.now() - t) / 1000;
  const pages = report.documents.reduce((n, d) => n + d.pages.length, 0);
  pageMs.sort((a, b) => a - b);
  rows.push({ run, pages, seconds, secondsPerPage: seconds / Math.max(1, pages), pageMsMedian: pageMs[Math.floor(pageMs.length / 2)] ?? 0 });
}
await pipeline.close();
const peakRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`pipeline speed — ${path.relative(process.cwd(), caseFile)}, startup ${(startupMs / 1000).toFixed(2)} s`);
console.log('run  pages  wall s  s/page (wall)  page latency median s');
for (const r of rows) {
  console.log(`${String(r.run).padEnd(5)}${String(r.pages).padEnd(7)}${r.seconds.toFixed(1).padEnd(8)}${r.secondsPerPage.toFixed(2).padEnd(15)}${(r.pageMsMedian / 1000).toFixed(2)}`);
}
const med = [...rows].sort((a, b) => a.secondsPerPage - b.secondsPerPage)[Math.floor(rows.length / 2)]!;
console.log(`median s/page ${med.secondsPerPage.toFixed(2)}; peak RSS ${peakRssMb.toFixed(0)} MB`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/pipeline-speed.json', JSON.stringify({ case: values.case, startupMs, rows, medianSecondsPerPage: med.secondsPerPage, peakRssMb }, null, 2));
