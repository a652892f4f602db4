import { describe, expect, it } from 'vitest';
import { doubtRestoredRows, mergeRowReadings, type RowReading } from '../../workers/document/merge-row-readings.ts';
import { extractDocument, MIN_FIELD_CONFIDENCE } from '../../workers/document/index.ts';
import { looksLikeMoneyTable, tableReadingInDoubt } from '../../workers/page/ocr/index.ts';
import type { Totals } from '../../workers/document/contract-types.ts';
import type { PageText } from '../../workers/document/types.ts';

interface Row { period: string; amount: number; confidence: number; item: string | null; payer: string | null; page: number; text?: string }
const row = (period: string, amount: number, confidence = 0.85, extra: Partial<Row> = {}): Row => ({ period, amount, confidence, item: '正常工资薪金', payer: '北京某某科技有限公司', page: 1, ...extra });
const totals = (amount: number | null, reconciled: boolean | null): Totals => ({ records: null, amount, reconciled });
const reading = (rows: Row[], t: Totals | null = null, unread = 0): RowReading<Row> => ({ rows, totals: t, unread });
const sum = (t: Totals | null, rows: Row[]): Totals | null => {
  if (!t || t.amount === null) return t;
  const s = Math.round(rows.reduce((a, r) => a + r.amount, 0) * 100) / 100;
  return { ...t, reconciled: Math.abs(s - t.amount) < 0.005 };
};

describe('mergeRowReadings', () => {
  it('keeps a row both engines agree on once, at the higher confidence', () => {
    const m = mergeRowReadings(reading([row('2021-01', 100.5, 0.7)]), reading([row('2021-01', 100.5, 0.95)]), sum);
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0]!.confidence).toBe(0.95);
  });

  it('adds a month only the second reading has, and counts it off the unread rows', () => {
    const m = mergeRowReadings(reading([row('2021-01', 100)], null, 1), reading([row('2021-01', 100), row('2021-02', 200)]), sum);
    expect(m.rows.map((r) => r.period)).toEqual(['2021-01', '2021-02']);
    expect(m.unread).toBe(0);
  });

  it('on a disagreement takes the reading that adds up to the printed total', () => {
    const first = reading([row('2021-01', 100), row('2021-02', 2533.2)], totals(21933.2, false));
    const second = reading([row('2021-01', 100), row('2021-02', 21833.2)], totals(21933.2, true));
    const m = mergeRowReadings(first, second, sum);
    expect(m.rows.find((r) => r.period === '2021-02')!.amount).toBe(21833.2);
    expect(m.totals?.reconciled).toBe(true);
    expect(m.rows.every((r) => r.confidence >= 0.9)).toBe(true);
  });

  it('puts a disagreement that no total settles in doubt, never silently chosen', () => {
    const m = mergeRowReadings(reading([row('2021-02', 2533.2, 0.8)]), reading([row('2021-02', 21833.27, 0.97)]), sum);
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0]!.amount).toBe(21833.27);
    expect(m.rows[0]!.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
  });

  it('fills a cell the first reading lost from the second, and keeps two rows of one month apart', () => {
    const first = reading([row('2021-03', 100, 0.8, { payer: null }), row('2021-03', 5000, 0.8, { item: '全年一次性奖金收入' })]);
    const second = reading([row('2021-03', 5000, 0.9, { item: null }), row('2021-03', 100, 0.9)]);
    const m = mergeRowReadings(first, second, sum);
    expect(m.rows).toHaveLength(2);
    expect(m.rows.find((r) => r.amount === 100)!.payer).toBe('北京某某科技有限公司');
    expect(m.rows.find((r) => r.amount === 5000)!.item).toBe('全年一次性奖金收入');
  });

  it('tax rows also have to agree on the date paid', () => {
    type Tax = Row & { paidOn: string | null };
    const t = (paidOn: string, c: number): Tax => ({ ...row('2021-01', 310.24, c), paidOn });
    const m = mergeRowReadings<Tax>({ rows: [t('2021-02-09', 0.8)], totals: null, unread: 0 }, { rows: [t('2021-02-08', 0.8)], totals: null, unread: 0 }, (x) => x);
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0]!.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
  });
});

describe('looksLikeMoneyTable', () => {
  it('sees a table by its column labels or by rows of months and amounts', () => {
    expect(looksLikeMoneyTable([{ text: '序号 所得项目 所得项目小类 税款所属期 扣缴义务人 收入' }])).toBe(true);
    const rows = ['2021-01  北京某某  17,393.44', '2021-02  北京某某  19,439.97', '2021-03 北京某某 18,069.12'].map((text) => ({ text }));
    expect(looksLikeMoneyTable(rows)).toBe(true);
    expect(looksLikeMoneyTable(rows.slice(0, 2))).toBe(false);
    expect(looksLikeMoneyTable([{ text: '劳动合同书' }, { text: '甲方：北京某某科技有限公司' }, { text: '合同期限自2021年7月1日起' }])).toBe(false);
  });
});

describe('extractDocument with a second reading', () => {
  const line = (text: string, y: number, confidence = 90) => ({ text, confidence, box: { x: 100, y, w: 1800, h: 30 } });
  const header = line('序号  所得项目  所得项目小类  税款所属期  扣缴义务人  收入  已申报税额', 300);
  const title = line('申报收入查询', 200);
  it('takes the row tesseract lost from the second engine', () => {
    const first: PageText = {
      page: 1, source: 'ocr', widthPx: 2480, heightPx: 3508,
      lines: [title, header, line('1  工资薪金  正常工资薪金  2021-01  北京某某科技有限公司  17,393.44  317.01', 400), line('2  工资薪金  正常工资薪金  2021-02  TD', 480, 60)],
    };
    const cells = (y: number, texts: string[]) => texts.map((text, i) => ({ text, confidence: 98, box: { x: 100 + i * 300, y, w: 250, h: 30 } }));
    first.secondReading = {
      engine: 'pp-ocr',
      lines: [title, ...cells(300, ['序号', '所得项目', '所得项目小类', '税款所属期', '扣缴义务人', '收入', '已申报税额']),
        ...cells(400, ['1', '工资薪金', '正常工资薪金', '2021-01', '北京某某科技有限公司', '17,393.44', '317.01']),
        ...cells(480, ['2', '工资薪金', '正常工资薪金', '2021-02', '北京某某科技有限公司', '19,439.97', '371.97'])],
    };
    const once = extractDocument([{ ...first, secondReading: undefined }], { declaredKind: null });
    const twice = extractDocument([first], { declaredKind: null });
    expect(once.income.map((r) => r.period)).toEqual(['2021-01']);
    expect(twice.income.map((r) => [r.period, r.amount])).toEqual([['2021-01', 17393.44], ['2021-02', 19439.97]]);
  });

  it('takes the kind and the rows from the second reading when the first made out nothing (a blurred scan)', () => {
    const cells = (y: number, texts: string[]) => texts.map((text, i) => ({ text, confidence: 97, box: { x: 100 + i * 300, y, w: 250, h: 30 } }));
    const blurred: PageText = {
      page: 1, source: 'ocr', widthPx: 1240, heightPx: 1754,
      lines: [line('天二寺全全=   了  三本三', 200, 28), line('三天全反。', 400, 33)],
      secondReading: {
        engine: 'pp-ocr',
        lines: [title, ...cells(300, ['序号', '所得项目', '所得项目小类', '税款所属期', '扣缴义务人', '收入', '已申报税额']),
          ...cells(400, ['1', '工资薪金', '正常工资薪金', '2025-03', '北京某某科技有限公司', '25,737.08', '500.00'])],
      },
    };
    expect(extractDocument([{ ...blurred, secondReading: undefined }], { declaredKind: null }).kind).toBe('other');
    const d = extractDocument([blurred], { declaredKind: null });
    expect(d.kind).toBe('income_query');
    expect(d.income.map((r) => [r.period, r.amount])).toEqual([['2025-03', 25737.08]]);
  });
});

describe('doubtRestoredRows', () => {
  it('keeps the rows of a page read from a restored image below the review confidence', () => {
    const r = doubtRestoredRows(reading([row('2021-01', 100, 0.95, { page: 1 }), row('2021-02', 200, 0.95, { page: 2 })]), new Set([1]));
    expect(r.rows[0]!.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
    expect(r.rows[1]!.confidence).toBe(0.95);
  });
  it('lets printed totals that the rows add up to vouch for them', () => {
    const r = doubtRestoredRows(reading([row('2021-01', 100, 0.95)], totals(100, true)), new Set([1]));
    expect(r.rows[0]!.confidence).toBe(0.95);
  });
  it('changes nothing when no page was restored', () => {
    const rows = [row('2021-01', 100, 0.95)];
    expect(doubtRestoredRows(reading(rows), new Set()).rows).toEqual(rows);
  });
});

describe('extractDocument with a second reading from a restored (deblurred) page', () => {
  const cells = (y: number, texts: string[]) => texts.map((text, i) => ({ text, confidence: 97, box: { x: 100 + i * 300, y, w: 250, h: 30 } }));
  const page = (extra: ReturnType<typeof cells>): PageText => ({
    page: 1, source: 'ocr', widthPx: 1240, heightPx: 1754,
    lines: [{ text: '天二寺全全=   了  三本三', confidence: 28, box: { x: 100, y: 200, w: 1000, h: 30 } }],
    secondReading: {
      engine: 'pp-ocr',
      restored: 'motion',
      lines: [...cells(150, ['申报收入查询']), ...cells(300, ['序号', '所得项目', '所得项目小类', '税款所属期', '扣缴义务人', '收入', '已申报税额']),
        ...cells(400, ['1', '工资薪金', '正常工资薪金', '2025-03', '北京某某科技有限公司', '25,737.08', '500.00']),
        ...cells(480, ['2', '工资薪金', '正常工资薪金', '2025-04', '北京某某科技有限公司', '26,443.11', '600.00']), ...extra],
    },
  });
  it('its rows are shown for review, however sure the engine was', () => {
    const d = extractDocument([page([])], { declaredKind: null });
    expect(d.income.map((r) => [r.period, r.amount])).toEqual([['2025-03', 25737.08], ['2025-04', 26443.11]]);
    expect(d.income.every((r) => r.confidence < MIN_FIELD_CONFIDENCE)).toBe(true);
  });
  it('unless the printed total adds up', () => {
    const d = extractDocument([page(cells(560, ['收入合计：52,180.19元']))], { declaredKind: null });
    expect(d.totals.income?.reconciled).toBe(true);
    expect(d.income.every((r) => r.confidence >= MIN_FIELD_CONFIDENCE)).toBe(true);
  });
});

describe('tableReadingInDoubt', () => {
  const l = (text: string, confidence: number, y: number) => ({ text, confidence, box: { x: 100, y, w: 1800, h: 30 } });
  const header = l('序号  所得项目  税款所属期  扣缴义务人  收入', 90, 100);
  it('a table read whole (every row sure, nothing weak between them) is not in doubt', () => {
    expect(tableReadingInDoubt([header, l('1  2021-01  北京某某  17,393.44', 91, 200), l('2  2021-02  北京某某  19,439.97', 89, 260), l('收入合计：36,833.41', 70, 400)])).toBe(false);
  });
  it('a weak row, a garbled line between rows, or no row at all is', () => {
    expect(tableReadingInDoubt([header, l('1  2021-01  北京某某  上L7531812.12', 84, 200), l('2  2021-02  北京某某  19,439.97', 89, 260)])).toBe(true);
    expect(tableReadingInDoubt([header, l('1  2021-01  北京某某  17,393.44', 91, 200), l('2  2021-02  TD', 85, 230), l('3  2021-03  北京某某  19,439.97', 89, 260)])).toBe(true);
    expect(tableReadingInDoubt([header])).toBe(true);
  });
});

