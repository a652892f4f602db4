/**
 * `npx tsx samples/bench/rules-on-truth.ts [--source a|b] [--split tune|holdout] [--root DIR] [corpusDir]`:
 * the rules alone on a sample source's ground truth (both splits when --split is not given; a
 * corpusDir argument walks that folder instead). Each case's documents are built from their truth by
 * truthToReport (every field read with full confidence, every page mark as drawn), evaluateCase
 * runs, and every flag it raises — info ones included, since WAGE_FIGURE_PROVISIONAL is info — is
 * matched against the case's expected flags by code, file and page (an expected null file or page
 * matches any). CASE_RULE_SKIPPED says a rule did not run, not a finding, and is not scored.
 * Prints precision and recall per code and every disagreement; JSON to
 * bench-results/rules-on-truth-<source>[-<split>].json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case, DocumentReport } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import type { CaseExpected } from '../generator/truth.ts';
import { truthToReport } from './truth-to-report.ts';
import { CORPUS_OPTIONS, corpusLabel, parseBenchArgs, pickCorpus, pickSource, resultPath, sourceDir, usageError } from './corpus-root.ts';

const USAGE = 'rules-on-truth.ts [--source a|b] [--split tune|holdout] [--root DIR] [corpusDir]';
const { values, positionals } = parseBenchArgs(USAGE, CORPUS_OPTIONS, 1);
const sel = values.split ? pickCorpus(values, USAGE) : { source: pickSource(values, USAGE), split: null, root: values.root ?? null };
const corpus = positionals[0] ?? ('dir' in sel ? sel.dir : sourceDir(sel.source, values.root));
if (!existsSync(corpus)) usageError(USAGE, `no corpus at ${corpus}`);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const expectedFiles = walk(corpus).filter((f) => f.endsWith('.expected.json')).sort();
const tally = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (code: string, k: 'tp' | 'fp' | 'fn') => {
  const t = tally.get(code) ?? { tp: 0, fp: 0, fn: 0 };
  t[k]++;
  tally.set(code, t);
};
const disagreements: { caseId: string; kind: 'missed' | 'extra'; code: string; file: string | null; page: number | null; detail: string }[] = [];

for (const path of expectedFiles) {
  const manifestPath = path.replace(/\.expected\.json$/, '.case.json');
  if (!existsSync(manifestPath)) continue;
  const expected = JSON.parse(readFileSync(manifestPath.replace(/\.case\.json$/, '.expected.json'), 'utf8')) as CaseExpected;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Case;
  const { documents: declared, ...caseFields } = manifest;
  const fromTruth = new Map(truthToReport(expected, manifest).documents.map((d) => [d.file, d]));
  // Files without truth are the unreadable uploads: what the document stage reports for them.
  const documents: DocumentReport[] = declared.map(
    (d) =>
      fromTruth.get(d.file) ?? { file: d.file, sha256: null, pageCount: 0, declaredKind: d.kind ?? null, kind: d.kind ?? 'other', kindConfidence: 0, issuedOn: null, pages: [], income: [], taxes: [], term: null, parties: {}, invalid: { reason: 'pdf_malformed' } },
  );
  const produced = evaluateCase({ caseFields, documents }).flags.filter((f) => f.code !== 'CASE_RULE_SKIPPED');
  const unmatched = [...produced];
  for (const e of expected.flags) {
    const i = unmatched.findIndex((f) => f.code === e.code && (e.file === null || f.file === e.file) && (e.page === null || f.page === e.page));
    if (i >= 0) {
      unmatched.splice(i, 1);
      bump(e.code, 'tp');
    } else {
      bump(e.code, 'fn');
      disagreements.push({ caseId: expected.caseId, kind: 'missed', code: e.code, file: e.file, page: e.page, detail: e.why ?? '' });
    }
  }
  for (const f of unmatched) {
    bump(f.code, 'fp');
    disagreements.push({ caseId: expected.caseId, kind: 'extra', code: f.code, file: f.file, page: f.page, detail: `${f.severity}: ${f.message}` });
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
const rows = [...tally].sort().map(([code, t]) => ({ code, ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) }));
const all = rows.reduce((s, r) => ({ tp: s.tp + r.tp, fp: s.fp + r.fp, fn: s.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
console.log(`${corpusLabel(sel)} — cases: ${expectedFiles.length} (corpus ${corpus})`);
console.table([...rows, { code: 'ALL', ...all, precision: ratio(all.tp, all.tp + all.fp), recall: ratio(all.tp, all.tp + all.fn) }]);
for (const d of disagreements) console.log(`${d.kind.padEnd(6)} ${d.caseId} ${d.code} ${d.file ?? '-'} p${d.page ?? '-'}: ${d.detail}`);
writeFileSync(resultPath('rules-on-truth', sel), JSON.stringify({ date: new Date().toISOString(), source: sel.source, split: sel.split, corpus, cases: expectedFiles.length, rows, disagreements }, null, 2));
