import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../rules/contract/index.ts';
import type { DocumentTruth } from '../../samples/generator/truth.ts';
import { reliabilityTables } from '../../samples/bench/reliability.ts';

/** The reject gate's evidence: confidence bins against observed accuracy, defect-side calls apart. */
describe('reliability tables (samples/bench/reliability.ts)', () => {
  const truth = {
    file: 'docs/x.pdf',
    kind: 'income_query',
    employer: 'E',
    issuedOn: '2021-08-01',
    income: [
      { period: '2021-01', amount: 100, item: '正常工资薪金', payer: 'E', page: 1 },
      { period: '2021-02', amount: 200, item: '正常工资薪金', payer: 'E', page: 1 },
    ],
    taxes: [],
    term: null,
    pages: [],
  } as unknown as DocumentTruth;
  const report = {
    file: 'docs/x.pdf',
    issuedOn: '2021-08-02',
    issuedOnConfidence: 0.55,
    income: [
      { period: '2021-01', amount: 100, item: null, payer: null, page: 1, confidence: 0.95 },
      { period: '2021-02', amount: 2000, item: null, payer: null, page: 1, confidence: 0.55 },
    ],
    taxes: [],
    term: null,
    pages: [],
  } as unknown as DocumentReport;

  it('when rows and a date are read, then each lands in its confidence bin, right or not', () => {
    const tables = reliabilityTables([{ truth, report, employer: 'E' }]);
    const rows = tables.find((t) => t.check === 'income_rows')!;
    expect(rows.bins.map((b) => [b.bin, b.n, b.right])).toEqual([
      ['0.50-0.60', 1, 0],
      ['0.90-1.00', 1, 1],
    ]);
    const issued = tables.find((t) => t.check === 'issued_date')!;
    expect(issued.bins.map((b) => [b.bin, b.n, b.right])).toEqual([['0.50-0.60', 1, 0]]);
  });

  it('when a document appears in several cases, then it is counted once', () => {
    const tables = reliabilityTables([{ truth, report, employer: 'E' }, { truth, report, employer: 'E' }]);
    expect(tables.find((t) => t.check === 'income_rows')!.bins.reduce((n, b) => n + b.n, 0)).toBe(2);
  });
});
