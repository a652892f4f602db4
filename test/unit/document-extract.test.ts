import { describe, expect, it } from 'vitest';
import { extractDocument, MIN_FIELD_CONFIDENCE } from '../../workers/document/index.ts';
import { extractIssuedDate } from '../../workers/document/extract-issued-date.ts';
import { DocumentReport } from '../../rules/contract/index.ts';
import { ocrPage, textLayerPage } from './document-page-fixture.ts';

describe('extractIssuedDate', () => {
  it('when a 纳税记录 prints 开具时间, then that is the issued date', () => {
    expect(extractIssuedDate([ocrPage(['个人所得税纳税记录', '开具机关（盖章）', '开具时间：2021年08月15日'])], 'tax_record')?.date).toBe('2021-08-15');
  });
  it.each([
    ['2021/8/10 14:23   申报收入查询', '2021-08-10'],
    ['8/10/21, 2:23 PM   申报收入查询', '2021-08-10'],
    ['2021-08-10 14:23:05', '2021-08-10'],
  ])('when the browser printed %s in the header, then the issued date is %s', (header, iso) => {
    expect(extractIssuedDate([ocrPage([header, '申报收入查询', '收入合计：1.00元'])], 'income_query')?.date).toBe(iso);
  });
  it('when the print header lost the space and colon before the time ("2021/08/2017351"), then the date is still read, below a clean read', () => {
    const d = extractIssuedDate([ocrPage(['2021/08/2017351        申报收入查询', '申报收入查询', '收入合计：1.00元'])], 'income_query');
    expect(d?.date).toBe('2021-08-20');
    expect(d!.confidence).toBeLessThan(0.95);
  });
  it('when a body row holds a date glued to digits, then it is not taken for the print date', () => {
    expect(extractIssuedDate([ocrPage(['申报收入查询', '序号  2021/08/2017351', '收入合计：1.00元'])], 'income_query')).toBeNull();
  });
  it('when the print header lost only the space before the time ("2021/08/2010:49"), then the date is read', () => {
    expect(extractIssuedDate([ocrPage(['2021/08/2010:49 申报收入查询', '申报收入查询', '收入合计：1.00元'])], 'income_query')?.date).toBe('2021-08-20');
  });
  it('when the date before a glued time has an unpadded day, then it is not split by guess', () => {
    expect(extractIssuedDate([ocrPage(['2021/8/210:49 申报收入查询', '申报收入查询', '收入合计：1.00元'])], 'income_query')).toBeNull();
  });
  it.each([
    ['（2021）京0820个证明', '2021-08-20'],
    ['2o21京0808个证明', '2021-08-08'],
    ['(2021)京0808个证明', '2021-08-08'],
  ])('when a 纳税记录 shows no 开具时间 but its number %s, then the issued date is %s', (number, iso) => {
    expect(extractIssuedDate([ocrPage(['中华人民共和国', '个人所得税纳税记录', number, '记录期间：2020年08月至2021年07月'])], 'tax_record')?.date).toBe(iso);
  });
  it('when a number-like line is no record number, then it is not read as one', () => {
    expect(extractIssuedDate([ocrPage(['个人所得税纳税记录', '纳税人识别号 2021082012'])], 'tax_record')).toBeNull();
  });
  it('when tesseract read no date but the second engine did, then its date is taken; from a restored (deblurred) page, below the review confidence', () => {
    const page = ocrPage(['天二寺全全=   了  三本三', '三天全反。']);
    page.secondReading = { engine: 'pp-ocr', lines: ocrPage(['个人所得税纳税记录', '记录期间：2021年02月至2021年07月', '与原件一致，开具时间：2021年08月20日']).lines };
    const plain = extractIssuedDate([page], 'tax_record');
    expect(plain?.date).toBe('2021-08-20');
    expect(plain!.confidence).toBeGreaterThanOrEqual(MIN_FIELD_CONFIDENCE);
    const restored = extractIssuedDate([{ ...page, secondReading: { ...page.secondReading, restored: 'motion' } }], 'tax_record');
    expect(restored?.date).toBe('2021-08-20');
    expect(restored!.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
  });
  it('when tesseract read the date, then the second reading does not replace it', () => {
    const page = ocrPage(['个人所得税纳税记录', '开具时间：2021年08月15日']);
    page.secondReading = { engine: 'pp-ocr', lines: ocrPage(['个人所得税纳税记录', '开具时间：2021年08月16日']).lines };
    expect(extractIssuedDate([page], 'tax_record')?.date).toBe('2021-08-15');
  });
  it('when no date is printed, then the issued date is null', () => {
    expect(extractIssuedDate([ocrPage(['申报收入查询'])], 'income_query')).toBeNull();
  });
});

describe('extractDocument', () => {
  it('when a born-digital 申报收入查询 arrives as a text layer, then kind, rows, totals and print date come out and fit the report schema', () => {
    const f = extractDocument(
      [
        textLayerPage([
          ['2021/8/10 14:23', '申报收入查询'],
          ['申报收入查询'],
          ['纳税人姓名：王小明'],
          ['序号', '所得项目', '所得项目小类', '税款所属期', '扣缴义务人', '收入', '已申报税额'],
          ['1', '工资薪金', '正常工资薪金', '2021-07', '北京某某科技有限公司', '15,000.00', '1,234.56'],
          ['2', '工资薪金', '全年一次性奖金收入', '2021-07', '北京某某科技有限公司', '30,000.00', '900.00'],
          ['收入合计：45,000.00元  已申报税额合计：2,134.56元'],
        ]),
      ],
      { declaredKind: 'income_query' },
    );
    expect(f.kind).toBe('income_query');
    expect(f.kindConfidence).toBeGreaterThanOrEqual(0.9);
    expect(f.issuedOn).toBe('2021-08-10');
    expect(f.income.map((r) => [r.period, r.amount, r.item])).toEqual([
      ['2021-07', 15000, '正常工资薪金'],
      ['2021-07', 30000, '全年一次性奖金收入'],
    ]);
    expect(f.totals.income).toEqual({ records: null, amount: 45000, reconciled: true });
    const report = { file: 'a.pdf', sha256: null, pageCount: 1, declaredKind: 'income_query', pages: [], ...f };
    expect(DocumentReport.safeParse(report).success).toBe(true);
  });

  it('when a labour contract is read, then term and parties come with page, text and confidence', () => {
    const f = extractDocument(
      [ocrPage(['劳动合同书', '甲方（用人单位）：北京某某科技有限公司', '乙方（劳动者）：王小明', '第一条 本合同为固定期限劳动合同，期限自2020年3月1日起至2023年2月28日止。'])],
      { declaredKind: null },
    );
    expect(f.kind).toBe('labor_contract');
    expect(f.term).toMatchObject({ start: '2020-03-01', end: '2023-02-28', openEnded: false, page: 1 });
    expect(f.term!.confidence).toBeGreaterThanOrEqual(MIN_FIELD_CONFIDENCE);
    expect(f.parties).toMatchObject({ employer: '北京某某科技有限公司', employee: '王小明', dispatch: false });
  });

  it('when no page has text, then kind is other with zero confidence and nothing is invented', () => {
    const f = extractDocument([{ page: 1, source: 'none', lines: [], widthPx: 100, heightPx: 100 }], { declaredKind: 'tax_record' });
    expect(f).toMatchObject({ kind: 'other', kindConfidence: 0, income: [], taxes: [], term: null });
  });
});
