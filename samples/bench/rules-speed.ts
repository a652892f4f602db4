/**
 * `npm run bench:rules`: rules-only evaluation of 10,000 cases (no pixels, no OCR) — what a batch
 * re-verification costs when the wage table or a rule changes. Must stay under 10 s.
 * Writes a table to stdout and JSON to bench-results/rules-speed.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CaseFields, DocumentReport, PageReport } from '../../rules/contract/index.ts';
import { addMonths, monthsBefore } from '../../rules/dates.ts';
import { evaluateCase, PIPELINE_RULES_VERSION } from '../../rules/index.ts';

const CASES = 10_000;
const LIMIT_MS = 10_000;
const EMPLOYER = '北京某某科技有限公司';

function page(n: number, sealed = true): PageReport {
  return {
    page: n, widthPx: 2480, heightPx: 3508, dpi: 300, textSource: 'ocr', ocrConfidence: 90,
    clarity: { ok: n % 17 !== 0, sharpness: 400, contrast: 0.7, reasons: n % 17 ? [] : ['blurred'] },
    edges: { ok: true, skewDeg: 0.2, cropped: false },
    seal: { present: sealed, confidence: 0.9, boxes: [], text: EMPLOYER, matchesEmployer: sealed ? true : null },
    annotation: { present: true, complete: true, confidence: 0.9, text: null, box: null },
    signature: { present: true, box: null },
  };
}

function doc(kind: DocumentReport['kind'], over: Partial<DocumentReport>, pages = 1): DocumentReport {
  return {
    file: `${kind}.pdf`, sha256: null, pageCount: pages, declaredKind: kind, kind, kindConfidence: 0.95, issuedOn: null,
    pages: Array.from({ length: pages }, (_, i) => page(i + 1)), income: [], taxes: [], term: null, parties: {}, ...over,
  };
}

/** Deterministic variety: new and renewal applications, gaps, low pay, short terms, other payers. */
function makeCase(i: number): { caseFields: CaseFields; documents: DocumentReport[] } {
  const renewal = i % 4 === 0;
  const date = addMonths('2019-03-15', i % 80);
  const months = monthsBefore(date, renewal ? 36 : 12);
  const monthly = 6000 + (i % 23) * 700;
  const income = months
    .filter((_, k) => (i % 11 === 0 ? k !== 3 : true))
    .map((period, k) => ({ period, amount: monthly, item: '正常工资薪金', payer: i % 29 === 0 && k === 2 ? '北京另一家公司' : EMPLOYER, page: 1 + Math.floor(k / 16), confidence: 0.95 }));
  const taxes = income.map((r) => ({ period: r.period, amount: Math.max(0, (r.amount - 5000) * 0.03), item: '工资薪金', paidOn: null, page: r.page, confidence: 0.95 }));
  const pages = Math.ceil(months.length / 16);
  return {
    caseFields: {
      id: `bench-${i}`, applicationType: renewal ? 'renewal' : 'new', applicationDate: date,
      applicant: { name: '王小明', idNumber: '110105199001011234' },
      employer: { name: EMPLOYER, category: i % 3 ? 'high_tech' : 'other' },
      condition: renewal ? undefined : i % 10 === 1 ? 'innovation_income' : 'degree',
      permitExpiry: renewal ? addMonths(date, 1 + (i % 3)) : null,
    },
    documents: [
      doc('tax_record', { issuedOn: date, taxes }, pages),
      doc('income_query', { issuedOn: addMonths(date, -(i % 3)), income }, pages),
      doc('labor_contract', { term: { start: addMonths(date, -(6 + (i % 30))), end: addMonths(date, 2 + (i % 40)), openEnded: false, page: 1, text: null }, parties: { employer: EMPLOYER } }, 3),
      doc('hukou', {}),
      doc('residence_permit', { term: { start: null, end: addMonths(date, i % 12), openEnded: false, page: 1, text: null } }),
      doc('degree_certificate', { issuedOn: '2012-07-01' }),
    ],
  };
}

const inputs = Array.from({ length: CASES }, (_, i) => makeCase(i));
const started = performance.now();
const byCode = new Map<string, number>();
for (const input of inputs) {
  for (const f of evaluateCase(input).flags) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
}
const totalMs = performance.now() - started;
const rows = [
  { measure: 'cases', value: CASES },
  { measure: 'total ms', value: Math.round(totalMs) },
  { measure: 'per case µs', value: Math.round((totalMs * 1000) / CASES) },
  { measure: `under ${LIMIT_MS / 1000} s`, value: totalMs < LIMIT_MS ? 'yes' : 'NO' },
];
console.table(rows);
console.table([...byCode].sort().map(([code, count]) => ({ code, count })));
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/rules-speed.json',
  JSON.stringify({ date: new Date().toISOString(), rulesVersion: PIPELINE_RULES_VERSION, cases: CASES, totalMs, flagsByCode: Object.fromEntries(byCode) }, null, 2),
);
if (totalMs >= LIMIT_MS) process.exitCode = 1;
