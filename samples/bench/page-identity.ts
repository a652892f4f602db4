import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createPipeline, type PageAnalysis } from '../../workers/index.ts';
import { createCpuStageClock, type StageTotals } from './cpu-stage-clock.ts';
import { corpusRoot, parseBenchArgs, usageError, type Source } from './corpus-root.ts';

/**
 * `npx tsx samples/bench/page-identity.ts [--save FILE] [--against FILE] [--json FILE]`: 20 pages
 * (10 of each sample source's tune split: 5 single pages of pages/, the first page of 5 documents of
 * docs/) through the page pipeline, one page at a time, with CPU milliseconds per stage per page.
 * `--save` keeps the analyses; `--against` holds this run's analyses JSON-equal to a saved run's
 * (exit 1 on any difference): a speed change that must not change outputs is proved with it.
 */
const USAGE = 'page-identity.ts [--save FILE] [--against FILE] [--json FILE] [--limit N]';
const { values } = parseBenchArgs(USAGE, {
  save: { type: 'string' },
  against: { type: 'string' },
  json: { type: 'string', default: 'out/page-identity/profile.json' },
  limit: { type: 'string' },
});

/** The documents whose first page is read: an income printout, a tax record and a contract of both resolutions. */
const DOCS: Record<Source, string[]> = {
  a: ['t1-base-income', 't1-base-tax', 't1-contract', 't2-base-income', 't2-contract'],
  b: ['bt1-base-income', 'bt1-base-tax', 'bt1-contract', 'bt2-base-income', 'bt2-contract'],
};
const SINGLE_PAGES = 5;

interface Item {
  source: Source;
  file: string;
  employer: string | null;
}

function pick(source: Source): Item[] {
  const dir = corpusRoot(source, 'tune');
  const singles = readdirSync(path.join(dir, 'pages')).filter((f) => f.endsWith('.pdf')).sort();
  const stride = Math.max(1, Math.floor(singles.length / SINGLE_PAGES));
  const files = [
    ...Array.from({ length: SINGLE_PAGES }, (_, i) => path.join('pages', singles[i * stride]!)),
    ...DOCS[source].map((d) => path.join('docs', `${d}.pdf`)),
  ];
  return files.map((file) => {
    const truth = path.join(dir, file.replace(/\.pdf$/, '.truth.json'));
    const employer = existsSync(truth) ? ((JSON.parse(readFileSync(truth, 'utf8')) as { employer?: string }).employer ?? null) : null;
    return { source, file, employer };
  });
}

const items = [...pick('a'), ...pick('b')].slice(0, values.limit ? Number(values.limit) : undefined);
const clock = createCpuStageClock();
const pipeline = await createPipeline({ ocrWorkers: 1, stageClock: clock });
const analyses: Record<string, PageAnalysis> = {};
const rows: { page: string; cpuMs: number; wallMs: number; stages: StageTotals }[] = [];
for (const it of items) {
  const bytes = readFileSync(path.join(corpusRoot(it.source, 'tune'), it.file));
  const key = `${it.source}:${it.file}#1`;
  clock.reset();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  analyses[key] = JSON.parse(JSON.stringify(await pipeline.analysePage(bytes, 1, { employerName: it.employer }))) as PageAnalysis;
  const cpu = process.cpuUsage(cpu0);
  rows.push({ page: key, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - t0, stages: clock.totals() });
  process.stderr.write(`${rows.length}/${items.length} ${key} ${(rows.at(-1)!.cpuMs / 1000).toFixed(1)} CPU s\n`);
}
await pipeline.close();

const stages = [...new Set(rows.flatMap((r) => Object.keys(r.stages)))];
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
console.log(`page pipeline, ${rows.length} pages, one at a time; CPU ms per page by stage (mean), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(['stage'.padEnd(22), 'CPU ms/page', 'share'].join('  '));
const total = sum((r) => r.cpuMs);
for (const s of stages.sort((x, y) => sum((r) => r.stages[y] ?? 0) - sum((r) => r.stages[x] ?? 0))) {
  const ms = sum((r) => r.stages[s] ?? 0);
  console.log([s.padEnd(22), (ms / rows.length).toFixed(0).padStart(11), `${((100 * ms) / total).toFixed(1)} %`].join('  '));
}
console.log(['(whole page)'.padEnd(22), (total / rows.length).toFixed(0).padStart(11), `wall ${(sum((r) => r.wallMs) / rows.length / 1000).toFixed(2)} s/page`].join('  '));
mkdirSync(path.dirname(values.json!), { recursive: true });
writeFileSync(values.json!, JSON.stringify({ pages: rows, peakRssMb: process.resourceUsage().maxRSS / 1024 }, null, 2));

if (values.save) {
  mkdirSync(path.dirname(values.save), { recursive: true });
  writeFileSync(values.save, JSON.stringify(analyses));
}
if (values.against) {
  if (!existsSync(values.against)) usageError(USAGE, `no saved analyses at ${values.against}`);
  const before = JSON.parse(readFileSync(values.against, 'utf8')) as Record<string, PageAnalysis>;
  const differ = Object.keys(analyses).filter((k) => !(k in before) || !isDeepStrictEqual(before[k], analyses[k]));
  for (const k of differ) console.log(`DIFFERS ${k}: ${firstDifference(before[k], analyses[k], '')}`);
  console.log(`identity: ${Object.keys(analyses).length - differ.length} of ${Object.keys(analyses).length} page analyses JSON-equal to ${values.against}`);
  if (differ.length) process.exitCode = 1;
}

function firstDifference(a: unknown, b: unknown, at: string): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at || '(root)'}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
}
