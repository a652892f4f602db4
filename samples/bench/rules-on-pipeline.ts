/**
 * `npx tsx samples/bench/rules-on-pipeline.ts [--source a|b] [--split tune|holdout] [--root DIR] [--reports FILE] [--code CODE]`:
 * the rules alone on what the real pipeline read. The accuracy bench keeps every report it produced
 * (bench-results/accuracy-<source>-<split>-reports.json); this re-runs evaluateCase on those reports'
 * documents with the case fields from the manifest, so a rule change is measured on OCR'd,
 * imperfect facts in seconds, without OCR. Single-page entries (ids ending in .pdf) are skipped.
 *
 * Scoring is score-pairs.ts's: an expected flag is matched by code, file (null matches any) and
 * page (null on either side matches any); review and reject both count as raised; unmatched info
 * flags and CASE_RULE_SKIPPED are not scored. Prints the table per code, the flags the saved report
 * had (before) beside the re-run (after), and every disagreement of the re-run (or of --code only).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case, Flag, Report } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import type { CaseExpected } from '../generator/truth.ts';
import { INFO_CODES } from './score-pairs.ts';
import { CORPUS_OPTIONS, corpusLabel, parseBenchArgs, pickCorpus, resultPath, usageError } from './corpus-root.ts';

const USAGE = 'rules-on-pipeline.ts [--source a|b] [--split tune|holdout] [--root DIR] [--reports FILE] [--code CODE]';
const { values } = parseBenchArgs(USAGE, { ...CORPUS_OPTIONS, reports: { type: 'string' }, code: { type: 'string' } });
const sel = pickCorpus(values, USAGE);
const only = values.code;
const reportsPath = values.reports ?? resultPath('accuracy', sel, '-reports');
if (!existsSync(reportsPath)) usageError(USAGE, `no saved reports at ${reportsPath} (run accuracy.ts --source ${sel.source} --split ${sel.split} first)`);
const corpus = sel.dir;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** False alarms raised as reject: the ones a reviewer would be misled by. */
  fpReject: number;
}
type Tallies = Map<string, Tally>;
interface Disagreement {
  caseId: string;
  kind: 'missed' | 'extra';
  code: string;
  file: string | null;
  page: number | null;
  detail: string;
}

/** Matches flags to expected ones the way score-pairs.ts does, adding to `tally`. */
function score(caseId: string, flags: readonly Flag[], expected: CaseExpected, tally: Tallies, out: Disagreement[]): void {
  const bump = (code: string, k: keyof Tally): void => {
    const t = tally.get(code) ?? { tp: 0, fp: 0, fn: 0, fpReject: 0 };
    t[k]++;
    tally.set(code, t);
  };
  const got = flags.filter((f) => f.code !== 'CASE_RULE_SKIPPED');
  const used = new Set<number>();
  for (const e of expected.flags) {
    const i = got.findIndex((g, j) => !used.has(j) && g.code === e.code && (e.file === null || g.file === e.file) && (e.page === null || g.page === null || g.page === e.page));
    if (i >= 0) {
      used.add(i);
      bump(e.code, 'tp');
    } else {
      bump(e.code, 'fn');
      out.push({ caseId, kind: 'missed', code: e.code, file: e.file, page: e.page, detail: e.why ?? '' });
    }
  }
  got.forEach((g, j) => {
    if (used.has(j) || g.severity === 'info') return;
    bump(g.code, 'fp');
    if (g.severity === 'reject') bump(g.code, 'fpReject');
    out.push({ caseId, kind: 'extra', code: g.code, file: g.file, page: g.page, detail: `${g.severity}: ${g.message}` });
  });
}

const json = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const saved = json<{ id: string; report: Report }[]>(reportsPath).filter((e) => !e.id.endsWith('.pdf'));
const before: Tallies = new Map();
const after: Tallies = new Map();
const disagreements: Disagreement[] = [];
let cases = 0;
let severities = { reject: 0, review: 0 };
/** Cases as the issue counts them: clean ones with a reject, defective ones with none of their defects' flags raised. */
const caseCounts = { clean: 0, cleanRejected: [] as string[], defective: 0, defectMissed: [] as string[] };
for (const { id, report } of saved) {
  const manifestPath = join(corpus, `${id}.case.json`);
  if (!existsSync(manifestPath)) continue;
  cases++;
  const manifest = json<Case>(manifestPath);
  const expected = json<CaseExpected>(join(corpus, `${id}.expected.json`));
  const { documents: _declared, ...caseFields } = manifest;
  const flags = evaluateCase({ caseFields, documents: report.documents }).flags;
  for (const f of flags) if (f.severity !== 'info') severities = { ...severities, [f.severity]: severities[f.severity] + 1 };
  score(id, report.flags, expected, before, []);
  score(id, flags, expected, after, disagreements);
  const defects = expected.flags.filter((e) => !INFO_CODES.has(e.code));
  if (!defects.length) {
    caseCounts.clean++;
    if (flags.some((f) => f.severity === 'reject')) caseCounts.cleanRejected.push(id);
  } else {
    caseCounts.defective++;
    const raised = flags.filter((f) => f.severity !== 'info');
    if (!defects.some((e) => raised.some((g) => g.code === e.code && (e.file === null || g.file === e.file)))) caseCounts.defectMissed.push(id);
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
const zero: Tally = { tp: 0, fp: 0, fn: 0, fpReject: 0 };
const rows = codes.map((code) => {
  const b = before.get(code) ?? zero;
  const a = after.get(code) ?? zero;
  return { code, tp: a.tp, fp: a.fp, 'fp reject': a.fpReject, fn: a.fn, precision: ratio(a.tp, a.tp + a.fp), recall: ratio(a.tp, a.tp + a.fn), 'before tp/fp(reject)/fn': `${b.tp}/${b.fp}(${b.fpReject})/${b.fn}` };
});
const sum = (m: Tallies): Tally => [...m.values()].reduce((s, t) => ({ tp: s.tp + t.tp, fp: s.fp + t.fp, fn: s.fn + t.fn, fpReject: s.fpReject + t.fpReject }), { ...zero });
const a = sum(after);
const b = sum(before);
console.log(`${corpusLabel(sel)} — cases: ${cases} (reports ${reportsPath}); raised after: ${severities.reject} reject, ${severities.review} review`);
console.table([
  ...rows,
  { code: 'ALL', tp: a.tp, fp: a.fp, 'fp reject': a.fpReject, fn: a.fn, precision: ratio(a.tp, a.tp + a.fp), recall: ratio(a.tp, a.tp + a.fn), 'before tp/fp(reject)/fn': `${b.tp}/${b.fp}(${b.fpReject})/${b.fn}` },
]);
console.log(
  `clean cases rejected ${caseCounts.cleanRejected.length} of ${caseCounts.clean}${caseCounts.cleanRejected.length ? ` (${caseCounts.cleanRejected.join(', ')})` : ''}; ` +
    `defective cases with no flag of their defect ${caseCounts.defectMissed.length} of ${caseCounts.defective}${caseCounts.defectMissed.length ? ` (${caseCounts.defectMissed.join(', ')})` : ''}`,
);
for (const d of disagreements.filter((x) => !only || x.code === only)) console.log(`${d.kind.padEnd(6)} ${d.caseId} ${d.code} ${d.file ?? '-'} p${d.page ?? '-'}: ${d.detail}`);
writeFileSync(resultPath('rules-on-pipeline', sel), JSON.stringify({ date: new Date().toISOString(), source: sel.source, split: sel.split, reports: reportsPath, cases, caseCounts, rows, disagreements }, null, 2));
