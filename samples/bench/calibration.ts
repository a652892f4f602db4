/**
 * `npx tsx samples/bench/calibration.ts [--source a|b] [--split tune|holdout] [--root DIR] [--reports FILE]`:
 * the reliability tables (reliability.ts) of a saved accuracy run, without OCR — each check's and
 * field's reported confidence in bins against how often it was right. Reads the reports
 * accuracy.ts kept (bench-results/accuracy-<source>-<split>-reports.json, or --reports), the
 * single pages' truth beside their PDFs and the cases' expected truth; prints the tables and writes
 * bench-results/calibration-<source>-<split>.json. The reject gate (rules/data/reject-gate.ts)
 * quotes these figures: the script ends with the gate the saved calibrations of every source
 * support (each source at REQUIRED_ACCURACY, MIN_CALLS pooled) beside the table in force.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case, Report } from '../../rules/contract/index.ts';
import type { CaseExpected, DocumentTruth } from '../generator/truth.ts';
import { CORPUS_OPTIONS, SOURCES, corpusLabel, parseBenchArgs, pickCorpus, resultPath, usageError } from './corpus-root.ts';
import { formatReliability, reliabilityTables, suggestGate, type Reliability } from './reliability.ts';
import { MIN_CALLS, REJECT_GATE, REQUIRED_ACCURACY, type GatedCheck } from '../../rules/data/reject-gate.ts';

const USAGE = 'calibration.ts [--source a|b] [--split tune|holdout] [--root DIR] [--reports FILE]';
const { values } = parseBenchArgs(USAGE, { ...CORPUS_OPTIONS, reports: { type: 'string' } });
const sel = pickCorpus(values, USAGE);
const reportsPath = values.reports ?? resultPath('accuracy', sel, '-reports');
if (!existsSync(reportsPath)) usageError(USAGE, `no saved reports at ${reportsPath} (run accuracy.ts --source ${sel.source} --split ${sel.split} first)`);
const root = sel.dir;
const json = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

const employers = new Map<string, string | null>();
for (const index of ['pages.json', 'notes.json'].filter((f) => existsSync(join(root, f)))) {
  for (const e of json<{ pages: { file: string; employer: string | null }[] }>(join(root, index)).pages) employers.set(e.file, e.employer);
}

const docs: { truth: DocumentTruth; report: Report['documents'][number] | undefined; employer: string | null }[] = [];
for (const { id, report } of json<{ id: string; report: Report }[]>(reportsPath)) {
  if (id.endsWith('.pdf')) {
    const truthPath = join(root, id.replace(/\.pdf$/, '.truth.json'));
    if (!existsSync(truthPath)) continue;
    const truth = json<DocumentTruth>(truthPath);
    docs.push({ truth, report: report.documents.find((d) => d.file === truth.file), employer: employers.get(id) ?? truth.employer });
    continue;
  }
  const expectedPath = join(root, `${id}.expected.json`);
  if (!existsSync(expectedPath)) continue;
  const employer = json<Case>(join(root, `${id}.case.json`)).employer?.name ?? null;
  for (const truth of json<CaseExpected>(expectedPath).documents) docs.push({ truth, report: report.documents.find((d) => d.file === truth.file), employer });
}

const tables = reliabilityTables(docs);
console.log(`${corpusLabel(sel)} — reliability of ${reportsPath}`);
console.log(formatReliability(tables).join('\n'));
writeFileSync(resultPath('calibration', sel), JSON.stringify({ date: new Date().toISOString(), source: sel.source, split: sel.split, reports: reportsPath, tables }, null, 2));

// The gate these tables support, with every source whose calibration of this split is saved, beside the table in force.
const bySource: Record<string, Reliability[]> = {};
for (const source of SOURCES) {
  const saved = resultPath('calibration', { ...sel, source });
  if (existsSync(saved)) bySource[source] = json<{ tables: Reliability[] }>(saved).tables;
}
const suggested = suggestGate(bySource, REQUIRED_ACCURACY, MIN_CALLS);
console.log(`\nreject gate supported by ${Object.keys(bySource).join(' and ').toUpperCase()} (defect-side >= ${REQUIRED_ACCURACY} on each, >= ${MIN_CALLS} calls) against the table in force:`);
console.table(
  Object.entries(suggested).map(([check, g]) => ({
    check,
    supported: g.minConfidence,
    'in force': REJECT_GATE[check as GatedCheck].minConfidence,
    ...g.figures,
  })),
);
