import type { CaseFields, DocumentReport, PageReport } from '../../rules/contract/index.ts';
import { addMonths, monthsBefore } from '../../rules/dates.ts';

export const EMPLOYER = '北京某某科技有限公司';

export function page(n: number, over: Partial<PageReport> = {}): PageReport {
  return {
    page: n,
    widthPx: 2480,
    heightPx: 3508,
    dpi: 300,
    textSource: 'ocr',
    ocrConfidence: 90,
    clarity: { ok: true, sharpness: 400, contrast: 0.7 },
    edges: { ok: true, skewDeg: 0.2, cropped: false },
    seal: { present: true, confidence: 0.98, boxes: [{ x: 1, y: 2, w: 3, h: 4 }], text: EMPLOYER, matchesEmployer: true },
    annotation: { present: true, complete: true, confidence: 0.9, text: '与原件一致，本单位已核实确认真实有效', box: null },
    signature: { present: true, box: null },
    ...over,
  };
}

export function doc(kind: DocumentReport['kind'], over: Partial<DocumentReport> = {}): DocumentReport {
  return {
    file: `${kind}.pdf`,
    sha256: null,
    pageCount: 1,
    declaredKind: kind,
    kind,
    kindConfidence: 0.97,
    issuedOn: null,
    pages: [page(1)],
    income: [],
    taxes: [],
    term: null,
    parties: {},
    ...over,
  };
}

export function caseFields(over: Partial<CaseFields> = {}): CaseFields {
  return {
    id: 'case-test',
    applicationType: 'new',
    applicationDate: '2021-08-20',
    applicant: { name: '王小明', idNumber: '110105199001011234' },
    employer: { name: EMPLOYER, category: 'high_tech' },
    condition: 'degree',
    permitExpiry: null,
    ...over,
  };
}

/** Monthly wage rows for the `count` months before `date`'s month. */
export function incomeRows(date: string, count: number, amount: number | ((month: string) => number), payer = EMPLOYER) {
  return monthsBefore(date, count).map((period) => ({
    period,
    amount: typeof amount === 'number' ? amount : amount(period),
    item: '正常工资薪金',
    payer,
    page: 1,
    confidence: 0.95,
  }));
}

/** Tax rows consistent with the wage rows under cumulative withholding (no other deductions). */
export function taxRows(income: { period: string; amount: number }[]) {
  const sums = new Map<string, number>();
  for (const r of income) sums.set(r.period, (sums.get(r.period) ?? 0) + r.amount);
  const rows = [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([period, amount]) => ({ period, amount }));
  const byYear = new Map<string, { cum: number; paid: number; n: number }>();
  return rows.map((r) => {
    const y = r.period.slice(0, 4);
    const s = byYear.get(y) ?? { cum: 0, paid: 0, n: 0 };
    s.cum += r.amount;
    s.n = Number(r.period.slice(5, 7));
    const taxable = Math.max(0, s.cum - 5000 * s.n - 0.2 * s.cum);
    const due = Math.max(0, Math.round(taxTable(taxable) * 100) / 100 - s.paid);
    s.paid += due;
    byYear.set(y, s);
    return { period: r.period, amount: due, item: '工资薪金', paidOn: null, page: 1, confidence: 0.95 };
  });
}

function taxTable(x: number): number {
  const b: [number, number, number][] = [[36000, 0.03, 0], [144000, 0.1, 2520], [300000, 0.2, 16920], [420000, 0.25, 31920], [660000, 0.3, 52920], [960000, 0.35, 85920], [Infinity, 0.45, 181920]];
  const [, r, q] = b.find(([lim]) => x <= lim)!;
  return Math.max(0, x * r - q);
}

/** A complete, passing new application (degree route) dated 2021-08-20. */
export function cleanNewCase(date = '2021-08-20', monthly = 15000): { caseFields: CaseFields; documents: DocumentReport[] } {
  const income = incomeRows(date, 12, monthly);
  return {
    caseFields: caseFields({ applicationDate: date }),
    documents: [
      doc('tax_record', { issuedOn: date, taxes: taxRows(income) }),
      doc('income_query', { issuedOn: date, income }),
      doc('labor_contract', {
        term: { start: addMonths(date, -29), end: addMonths(date, 30), openEnded: false, page: 1, text: null },
        parties: { employer: EMPLOYER, employee: '王小明' },
        pages: [page(1, { seal: { present: false, confidence: 0.9, boxes: [], text: null, matchesEmployer: null } }), page(2)],
        pageCount: 2,
      }),
      doc('hukou'),
      doc('residence_permit', { term: { start: addMonths(date, -5), end: addMonths(date, 7), openEnded: false, page: 1, text: null } }),
      doc('degree_certificate', { issuedOn: '2012-07-01' }),
    ],
  };
}
