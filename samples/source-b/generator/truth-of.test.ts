import { describe, expect, it } from 'vitest';
import type { Box } from '../../../rules/contract/index.ts';
import type { IdCardDoc, IncomeQueryDoc, LaborContractDoc, LeaseDoc, MmBox, TaxRecordDoc, WageMonth } from './content.ts';
import { NO_MARKS, type MarksPlan } from './marks/plan.ts';
import { documentTruth, straightScan, type PageResult, type ScanView } from './truth-of.ts';
import { makeCitizen, makeCompany } from './world.ts';
import { randomStream } from './rng.ts';

const rng = randomStream('truth-of-test');
const person = makeCitizen(rng.child('p'), { birthYear: 1990 });
const company = makeCompany(rng.child('c'));
const other = makeCompany(rng.child('o'), { avoid: [company.name] });

const row = (period: string, income: number, tax: number): WageMonth => ({ period, income, tax, payer: company.name, payerCreditCode: company.creditCode, paidOn: `${period}-15`, authority: '国家税务总局北京市海淀区税务局' });
const rows = ['2021-01', '2021-02', '2021-03', '2021-04'].map((p, i) => row(p, 20000 + i, 500 + i));

/** A scan 10 px per mm that lost the right 10 mm of the sheet. */
function cutScan(): ScanView {
  const k = 10;
  return {
    widthPx: 2000,
    heightPx: 2970,
    dpi: 254,
    truth: { degradations: ['autocrop', 'edge_cut'], clarityOk: true, edgesOk: false, skewDeg: 0, cropped: true },
    mapBox(b: MmBox): Box | null {
      const x1 = Math.min(200, b.x + b.w);
      return x1 <= b.x ? null : { x: b.x * k, y: b.y * k, w: (x1 - b.x) * k, h: b.h * k };
    },
    visibleFraction(b: MmBox): number {
      return Math.max(0, Math.min(200, b.x + b.w) - b.x) / b.w;
    },
  };
}

const marked: MarksPlan = {
  seal: { company: company.name, shape: 'round', diameterMm: 40, faint: true, inked: 1, code: '1101080000001', placement: 'beside-note', offSheet: 0 },
  note: { form: 'handwritten', hand: 'neat', color: 'blue', chars: 9, lines: 1, placement: 'below-table' },
  signature: { style: 'scribble', name: '韩梅', color: 'blue', placement: 'after-note' },
  otherWriting: [{ text: '仅供办理工作居住证使用' }],
  lookalikes: ['fingerprint'],
};

function page(anchors: Record<string, MmBox[]>, plan: MarksPlan = marked, scan: ScanView = cutScan()): PageResult {
  return {
    plan,
    anchors,
    scan,
    marks: {
      seal: { x: 180, y: 200, w: 40, h: 40 }, // half of it past the scan's right edge
      note: { x: 20, y: 220, w: 60, h: 10 },
      signature: { x: 90, y: 230, w: 30, h: 10 },
      other: [{ text: '仅供办理工作居住证使用', box: { x: 20, y: 240, w: 70, h: 8 } }],
      lookalikes: [{ type: 'fingerprint', box: { x: 150, y: 250, w: 15, h: 18 } }, { type: 'not-a-type', box: { x: 0, y: 0, w: 5, h: 5 } }],
    },
  };
}
const box = (y: number): MmBox[] => [{ x: 10, y, w: 180, h: 6 }];

describe('documentTruth', () => {
  it('puts each income row on the page holding its row anchor, and reads the print date', () => {
    const doc: IncomeQueryDoc = { kind: 'income_query', template: 'app-export', citizen: person, rows, printedAt: '2021-05-03 10:12' };
    const t = documentTruth({ file: 'pages/x.pdf', content: doc, employer: company.name, bornDigital: false, pages: [page({ 'row-2021-01': box(50), 'row-2021-02': box(60), 'row-2021-03': box(70) }), page({ 'row-2021-04': box(50) })] });
    expect(t.issuedOn).toBe('2021-05-03');
    expect(t.income.map((r) => [r.period, r.page])).toEqual([['2021-01', 1], ['2021-02', 1], ['2021-03', 1], ['2021-04', 2]]);
    expect(t.income[3]).toMatchObject({ amount: 20003, item: '工资薪金', payer: company.name });
    expect(t.pageCount).toBe(2);
  });

  it('maps the marks through the scan and records what was written', () => {
    const doc: TaxRecordDoc = { kind: 'tax_record', template: 'bureau-web', citizen: person, rows, issuedOn: '2021-05-06', recordNo: '(2021)京0108个证明12345678' };
    const t = documentTruth({ file: 'pages/y.pdf', content: doc, employer: company.name, bornDigital: false, pages: [page({ 'issuer-seal': [{ x: 30, y: 250, w: 40, h: 40 }] })] });
    const p = t.pages[0]!;
    expect(t.taxes.map((r) => [r.amount, r.item, r.page])).toEqual([[500, '工资薪金所得', 1], [501, '工资薪金所得', 1], [502, '工资薪金所得', 1], [503, '工资薪金所得', 1]]);
    expect(p.seal).toMatchObject({ present: true, company: company.name, matchesEmployer: true, faint: true, onPage: 0.5, code: '1101080000001', box: { x: 1800, y: 2000, w: 200, h: 400 } });
    expect(p.annotation).toMatchObject({ present: true, complete: false, text: '与原件一致，本单位', form: 'handwritten', color: 'blue', box: { x: 200, y: 2200, w: 600, h: 100 } });
    expect(p.signature.present).toBe(true);
    expect(p.lookalikes).toEqual([
      { type: 'issuer_seal', box: { x: 300, y: 2500, w: 400, h: 400 } },
      { type: 'fingerprint', box: { x: 1500, y: 2500, w: 150, h: 180 } },
    ]);
    expect(p.otherWriting).toEqual([{ text: '仅供办理工作居住证使用', box: { x: 200, y: 2400, w: 700, h: 80 } }]);
    expect(p).toMatchObject({ edgesOk: false, cropped: true, dpi: 254, widthPx: 2000, textLayer: false });
  });

  it('gives another unit’s seal matchesEmployer false, and no seal when the plan has none', () => {
    const doc: TaxRecordDoc = { kind: 'tax_record', template: 'app-export', citizen: person, rows, issuedOn: '2021-05-06', recordNo: 'x' };
    const foreign = { ...marked, seal: { ...marked.seal!, company: other.name, offSheet: 0.5 } };
    const t = documentTruth({ file: 'f', content: doc, employer: company.name, bornDigital: false, pages: [page({}, foreign), page({}, { ...NO_MARKS })] });
    expect(t.pages[0]!.seal).toMatchObject({ present: true, company: other.name, matchesEmployer: false, onPage: 0.5 });
    expect(t.pages[1]!.seal.present).toBe(false);
    expect(t.pages[1]!.annotation.present).toBe(false);
    expect(t.pages[1]!.signature.present).toBe(false);
  });

  it('writes contract, lease and ID terms', () => {
    const contract: LaborContractDoc = { kind: 'labor_contract', template: 'formal', employer: company, employee: person, start: '2020-03-01', end: null, termWriting: 'open-ended', signedOn: '2020-02-27', job: 'x', monthlySalary: 20000, pages: 2 };
    const c = documentTruth({ file: 'c', content: contract, employer: company.name, bornDigital: false, pages: [page({}), page({ term: box(40) })] });
    expect(c.issuedOn).toBe('2020-02-27');
    expect(c.term).toMatchObject({ start: '2020-03-01', end: null, openEnded: true, page: 2 });
    expect(c.parties).toMatchObject({ employer: company.name, employerCreditCode: company.creditCode, employeeIdNumber: person.idNumber });
    const blank = documentTruth({ file: 'c', content: { ...contract, termWriting: 'blank', end: '2023-02-28' }, employer: company.name, bornDigital: false, pages: [page({})] });
    expect(blank.term).toBeNull();

    const lease: LeaseDoc = { kind: 'lease_contract', template: 'plain', lessor: makeCitizen(rng.child('l')), lessee: person, address: '北京市海淀区学院路1号', start: '2021-01-01', end: '2022-12-31', termWriting: 'digits', monthlyRent: 5000, signedOn: '2020-12-28', blanks: ['lessorId', 'lesseePhone'], handFilled: false, pages: 1 };
    const l = documentTruth({ file: 'l', content: lease, employer: null, bornDigital: false, pages: [page({ term: box(80) })] });
    expect(l.term).toMatchObject({ start: '2021-01-01', end: '2022-12-31', openEnded: false, page: 1 });
    expect(l.parties).toMatchObject({ lessorIdNumber: null, lesseePhone: null, lessee: person.name });
    expect(documentTruth({ file: 'l', content: { ...lease, blanks: ['term'], termWriting: 'blank' }, employer: null, bornDigital: false, pages: [page({})] }).term).toBeNull();

    const id: IdCardDoc = { kind: 'id_card', citizen: person, authority: '北京市公安局海淀分局', validFrom: '2015-03-01', validTo: null };
    const i = documentTruth({ file: 'i', content: id, employer: null, bornDigital: false, pages: [page({}, NO_MARKS)] });
    expect(i.issuedOn).toBe('2015-03-01');
    expect(i.term).toEqual({ start: '2015-03-01', end: null, openEnded: true, text: '2015.03.01-长期', page: 1 });
  });

  it('marks born-digital pages with a text layer at a nominal 300 dpi', () => {
    const doc: IncomeQueryDoc = { kind: 'income_query', template: 'bureau-web', citizen: person, rows, printedAt: '2021-05-03 10:12' };
    const t = documentTruth({ file: 'd', content: doc, employer: company.name, bornDigital: true, pages: [page({}, NO_MARKS, straightScan(300))] });
    expect(t.bornDigital).toBe(true);
    expect(t.pages[0]).toMatchObject({ textLayer: true, widthPx: 2480, heightPx: 3508, dpi: 300, edgesOk: true });
    expect(t.pages[0]!.seal.present).toBe(false);
  });
});
