/**
 * `npm run bench:accuracy [-- --source a|b --split tune|holdout] [--limit N] [--only pages|notes|cases] [--cases REGEX] [--truth]`
 * Runs the CLI's pipeline over one sample source's corpus split (corpus-root.ts), scores it against
 * ground truth, prints one table and writes bench-results/accuracy-<source>-<split>.json (and every
 * report to accuracy-<source>-<split>-reports.json). `--truth` scores truth-built reports (sanity check).
 * The single pages are pages.json and the note set notes.json (when the split has one); `--only
 * pages` scores both, `--only notes` the note set alone; `--limit` applies to each list; `--cases REGEX`
 * keeps the cases whose id matches (`--only cases --cases 'person-|clean'`: the identity cases and the clean ones).
 * `--keep-analyses DIR` also writes every page analysed to DIR/<source>/<split>/ in
 * capture-page-analyses' format, so document-accuracy.ts (`--cache DIR`) can score the same run's
 * readings by set. `npm run bench:sources` puts the saved tables of both sources side by side.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case, Report } from '../../rules/contract/index.ts';
import type { CaseExpected, DocumentTruth } from '../generator/truth.ts';
import { scorePairs, type AccuracyTable, type ScoredPair } from './score-pairs.ts';
import { formatReliability, reliabilityTables } from './reliability.ts';
import { truthToReport } from './truth-to-report.ts';
import { pageFlags } from '../generator/expected-flags.ts';
import { CORPUS_OPTIONS, cacheDirFor, corpusLabel, parseBenchArgs, pickCorpus, resultPath, usageError, type Corpus } from './corpus-root.ts';

const USAGE = 'accuracy.ts [--source a|b] [--split tune|holdout] [--root DIR] [--limit N] [--only pages|notes|cases] [--cases REGEX] [--truth] [--keep-analyses DIR]';
const { values } = parseBenchArgs(USAGE, {
  ...CORPUS_OPTIONS,
  limit: { type: 'string' },
  only: { type: 'string' },
  cases: { type: 'string' },
  truth: { type: 'boolean', default: false },
  'keep-analyses': { type: 'string' },
});
const corpus: Corpus = pickCorpus(values, USAGE);
const limit = values.limit ? Number(values.limit) : Infinity;
if (!(limit > 0)) usageError(USAGE, `--limit must be a positive number, not "${values.limit}"`);
const only = values.only;
if (only !== undefined && !['pages', 'notes', 'cases'].includes(only)) usageError(USAGE, `unknown --only "${only}"`);
const caseFilter = values.cases ? new RegExp(values.cases) : null;
const useTruth = values.truth;
const keepDir = values['keep-analyses'];
const root = corpus.dir;
if (!existsSync(root)) usageError(USAGE, `no corpus at ${root}`);

interface Verifier {
  verify(c: Case, baseDir: string): Promise<Report>;
  close(): Promise<void>;
}

async function pipeline(): Promise<Verifier | null> {
  if (useTruth) return null;
  const mod = (await import('../../workers/index.ts')) as { createPipeline: (o: object) => Promise<Verifier> };
  // Cases share documents: each distinct page is analysed once (keyed by sha256 and page).
  return mod.createPipeline({ pageCache: keepDir ? keepingCache(cacheDirFor(keepDir, corpus)) : new Map() });
}

/** A page cache that also writes each analysis where capture-page-analyses would put it. */
function keepingCache(dir: string): Map<string, unknown> {
  mkdirSync(dir, { recursive: true });
  const byHash = new Map<string, string>();
  for (const sub of ['pages', 'notes', 'docs']) {
    if (!existsSync(join(root, sub))) continue;
    for (const f of readdirSync(join(root, sub)).filter((x) => x.endsWith('.pdf')))
      byHash.set(createHash('sha256').update(readFileSync(join(root, sub, f))).digest('hex'), `${sub}/${f}`);
  }
  const map = new Map<string, unknown>();
  const set = map.set.bind(map);
  map.set = (key: string, value: unknown) => {
    const [hash, page] = key.split('|');
    const rel = byHash.get(hash!);
    if (rel) writeFileSync(join(dir, `${rel.replace(/[/\\]/g, '__')}.p${page}.json`), JSON.stringify({ file: rel, sha256: hash, ...(value as object) }));
    return set(key, value);
  };
  return map;
}

const json = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

async function main(): Promise<void> {
  const p = await pipeline();
  const pairs: ScoredPair[] = [];
  const indexes = only === 'notes' ? ['notes.json'] : only === 'cases' ? [] : ['pages.json', 'notes.json'];
  for (const index of indexes.filter((f) => existsSync(join(root, f)))) {
    const idx = json<{ pages: { file: string; employer: string | null }[] }>(join(root, index));
    for (const e of idx.pages.slice(0, limit)) {
      const truth = json<DocumentTruth>(join(root, e.file.replace(/\.pdf$/, '.truth.json')));
      const expected: CaseExpected = { caseId: e.file, injected: [], flags: pageFlags(truth, e.employer), documents: [truth], facts: { incomeMonths: null, incomeMonthlyAverage: null, threshold: null } };
      const manifest: Case = { id: e.file, employer: e.employer ? { name: e.employer } : undefined, documents: [{ file: e.file }] };
      const t0 = performance.now();
      const report = p ? await p.verify(manifest, root) : truthToReport(expected, manifest);
      pairs.push({ report, expected, scoreFlags: false, employer: e.employer, seconds: (performance.now() - t0) / 1000 });
      process.stderr.write('.');
    }
  }
  if (only !== 'pages' && only !== 'notes') {
    const ids = readdirSync(root).filter((f) => f.endsWith('.case.json') && (!caseFilter || caseFilter.test(f.replace(/\.case\.json$/, '')))).sort().slice(0, limit);
    for (const f of ids) {
      const manifest = json<Case>(join(root, f));
      const expected = json<CaseExpected>(join(root, f.replace('.case.json', '.expected.json')));
      const t0 = performance.now();
      const report = p ? await p.verify(manifest, root) : truthToReport(expected, manifest);
      pairs.push({ report, expected, scoreFlags: true, employer: manifest.employer?.name ?? null, applicant: manifest.applicant, seconds: (performance.now() - t0) / 1000 });
      process.stderr.write('c');
    }
  }
  await p?.close();
  const table = scorePairs(pairs);
  // Each check's confidence against how often it was right (the reject gate's evidence, rules/data/reject-gate.ts).
  const reliability = reliabilityTables(pairs.flatMap((p) => p.expected.documents.map((truth) => ({ truth, report: p.report.documents.find((d) => d.file === truth.file), employer: p.employer, applicant: p.applicant }))));
  // limit and only are kept so a partial run is never quoted as the whole corpus (source-table.ts marks it).
  const meta = { source: corpus.source, split: corpus.split, root: corpus.root, truth: useTruth, limit: Number.isFinite(limit) ? limit : null, only: only ?? null, cases: values.cases ?? null };
  // A filtered run is written beside the whole split's, never over it.
  const part = caseFilter ? '-filtered' : '';
  writeFileSync(resultPath('accuracy', corpus, part), JSON.stringify({ ...meta, table, reliability }, null, 2));
  // Every report beside the table, so a failure can be looked at without running the pipeline again.
  writeFileSync(resultPath('accuracy', corpus, `${part}-reports`), JSON.stringify(pairs.map((p) => ({ id: p.expected.caseId, report: p.report })), null, 1));
  process.stderr.write('\n');
  print(table);
  console.log(formatReliability(reliability).join('\n'));
}

function print(t: AccuracyTable): void {
  const f = (x: number | null): string => (x === null ? '  —  ' : x.toFixed(3));
  const rows: string[] = [`${corpusLabel(corpus)}${useTruth ? ' — truth-built reports' : ''}`, `pages ${t.pages}  cases ${t.cases}  false passes ${t.falsePasses}  s/page ${f(t.secondsPerPage)}`, 'check                      P      R      F1     tp  fp  fn'];
  const line = (k: string, m: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }): string =>
    `${k.padEnd(26)} ${f(m.precision)}  ${f(m.recall)}  ${f(m.f1)}  ${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)}`;
  for (const [k, m] of Object.entries(t.checks)) rows.push(line(k, m));
  rows.push(`seal FP rate on seal-free pages ${f(t.sealFalsePositiveRate)}   kind accuracy ${f(t.kindAccuracy)}`);
  rows.push(line('income rows exact', t.incomeRowsExact), line('tax rows exact', t.taxRowsExact));
  rows.push(`term dates exact ${f(t.termDatesExact)}   issued date exact ${f(t.issuedDateExact)}`);
  for (const [k, m] of Object.entries(t.flags)) rows.push(line(`flag ${k}`, m));
  rows.push(line('flags, all codes', t.flagsAll), line('cases flagged (defective)', t.casesFlagged));
  rows.push(`defective cases with no reject/review flag ${t.defectiveCasesUnflagged} of ${t.defectiveCases}   clean cases rejected ${t.cleanCasesRejected} of ${t.cleanCases}   with a note/signature flag ${t.cleanCasesMarkFlagged} of ${t.cleanCases}`);
  const byCode = (m: Record<string, number>): string => Object.entries(m).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  rows.push(`clean cases rejected, by code: ${byCode(t.cleanCasesRejectedBy)}   wrong rejects, by code: ${byCode(t.wrongRejects)}`);
  console.log(rows.join('\n'));
}

await main();
