/**
 * `npx tsx samples/bench/rules-on-truth.ts [corpusDir]`: the rules alone on the sample corpus's
 * ground truth. Each case's documents are built from their truth (every field read with full
 * confidence, every page mark as drawn), evaluateCase runs, and its reject/review flags are matched
 * against the case's expected flags by code, file and page (an expected null file or page matches
 * any). Prints precision and recall per code and lists every disagreement; JSON to
 * bench-results/rules-on-truth.json. Info flags are context, not findings, and are not scored.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CaseFields, DocumentReport, Flag } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';

interface ExpectedFlag { code: string; file: string | null; page: number | null; why?: string }
interface Expected { caseId: string; flags: ExpectedFlag[]; documents: TruthDoc[] }
// The subset of samples/generator/truth.ts DocumentTruth this adapter reads.
interface TruthDoc {
  file: string; kind: DocumentReport['kind']; pageCount: number; issuedOn: string | null;
  income: { period: string; amount: number; item: string; payer: string; page: number }[];
  taxes: { period: string; amount: number; item: string; paidOn: string; authority?: string; page: number }[];
  term: { start: string | null; end: string | null; openEnded: boolean; text: string; page: number } | null;
  parties: DocumentReport['parties'];
  pages: { page: number; widthPx: number; heightPx: number; dpi: number; clarityOk: boolean; edgesOk: boolean; skewDeg: number; cropped: boolean;
    seal: { present: boolean; box: Flag['evidence']['box']; company: string | null; matchesEmployer: boolean | null };
    annotation: { present: boolean; complete: boolean; text: string | null; box: Flag['evidence']['box'] };
    signature: { present: boolean; box: Flag['evidence']['box'] } }[];
}

const corpus = process.argv[2] ?? 'samples/corpus';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Minimal truth → DocumentReport; the corpus engineer's truthToReport is preferred when present. */
function ownTruthToReport(t: TruthDoc, declaredKind: DocumentReport['kind'] | null): DocumentReport {
  return {
    file: t.file, sha256: null, pageCount: t.pageCount, declaredKind, kind: t.kind, kindConfidence: 1, issuedOn: t.issuedOn,
    pages: t.pages.map((p) => ({
      page: p.page, widthPx: p.widthPx, heightPx: p.heightPx, dpi: p.dpi, textSource: 'ocr', ocrConfidence: 95,
      clarity: { ok: p.clarityOk, sharpness: null, contrast: null },
      edges: { ok: p.edgesOk, skewDeg: p.skewDeg, cropped: p.cropped },
      seal: { present: p.seal.present, confidence: 1, boxes: p.seal.box ? [p.seal.box] : [], text: p.seal.company, matchesEmployer: p.seal.matchesEmployer },
      annotation: { present: p.annotation.present, complete: p.annotation.present ? p.annotation.complete : null, confidence: 1, text: p.annotation.text, box: p.annotation.box },
      signature: { present: p.signature.present, box: p.signature.box },
    })),
    income: t.income.map((r) => ({ ...r, confidence: 1 })),
    taxes: t.taxes.map((r) => ({ period: r.period, amount: r.amount, item: r.item, paidOn: r.paidOn, page: r.page, confidence: 1, authority: r.authority ?? null })),
    term: t.term ? { ...t.term, confidence: 1 } : null,
    parties: t.parties,
  };
}

const adapterPath = new URL('./truth-to-report.ts', import.meta.url);
type Adapter = (truth: TruthDoc, declaredKind: DocumentReport['kind'] | null) => DocumentReport;
const adapter: Adapter = existsSync(adapterPath) ? ((await import(adapterPath.href)) as { truthToReport: Adapter }).truthToReport ?? ownTruthToReport : ownTruthToReport;

const expectedFiles = walk(corpus).filter((f) => f.endsWith('expected.json'));
const tally = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (code: string, k: 'tp' | 'fp' | 'fn') => {
  const t = tally.get(code) ?? { tp: 0, fp: 0, fn: 0 };
  t[k]++;
  tally.set(code, t);
};
const disagreements: { caseId: string; kind: 'missed' | 'extra'; code: string; file: string | null; page: number | null; detail: string }[] = [];

for (const path of expectedFiles) {
  const expected = JSON.parse(readFileSync(path, 'utf8')) as Expected;
  const dir = dirname(path);
  const manifestPath = [join(dir, 'case.json'), path.replace(/expected\.json$/, 'case.json'), join(dir, `${expected.caseId}.json`)].find(existsSync);
  if (!manifestPath) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CaseFields & { documents: { file: string; kind?: DocumentReport['kind'] }[] };
  const { documents: declared, ...caseFields } = manifest;
  const truthByFile = new Map(expected.documents.map((d) => [d.file, d]));
  const documents: DocumentReport[] = declared.map((d) => {
    const truth = truthByFile.get(d.file);
    if (truth) return adapter(truth, d.kind ?? null);
    return { file: d.file, sha256: null, pageCount: 0, declaredKind: d.kind ?? null, kind: d.kind ?? 'other', kindConfidence: 0, issuedOn: null, pages: [], income: [], taxes: [], term: null, parties: {}, invalid: { reason: 'pdf_malformed' } };
  });
  const produced = evaluateCase({ caseFields, documents }).flags.filter((f) => f.severity !== 'info');
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
    disagreements.push({ caseId: expected.caseId, kind: 'extra', code: f.code, file: f.file, page: f.page, detail: f.message });
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
const rows = [...tally].sort().map(([code, t]) => ({ code, ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) }));
const all = rows.reduce((s, r) => ({ tp: s.tp + r.tp, fp: s.fp + r.fp, fn: s.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
console.log(`cases: ${expectedFiles.length} (corpus ${corpus})`);
console.table([...rows, { code: 'ALL', ...all, precision: ratio(all.tp, all.tp + all.fp), recall: ratio(all.tp, all.tp + all.fn) }]);
for (const d of disagreements) console.log(`${d.kind.padEnd(6)} ${d.caseId} ${d.code} ${d.file ?? '-'} p${d.page ?? '-'}: ${d.detail}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/rules-on-truth.json', JSON.stringify({ date: new Date().toISOString(), corpus, cases: expectedFiles.length, rows, disagreements }, null, 2));
