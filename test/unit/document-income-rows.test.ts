import { describe, expect, it } from 'vitest';
import { columnOfAmount, extractIncomeRows } from '../../workers/document/extract-income-rows.ts';
import { ocrPage, textLayerPage } from './document-page-fixture.ts';

const HEADER = '序号  所得项目  所得项目小类  税款所属期  扣缴义务人  收入  已申报税额';

describe('extractIncomeRows', () => {
  it('when OCR text has spaces inside Chinese, slips in digits and two rows in one month, then every row is read exactly', () => {
    const page = ocrPage([
      '2021/8/10 14:23        申报收入查询',
      '申 报 收 入 查 询',
      '纳税人姓名：王小明   证件号码：110105********1234',
      HEADER,
      '1  工资薪金  正常 工资 薪金  2021-07  北京某某科技 有限公司  15,OOO.00  1,234.56',
      '2  工资薪金  全年一次性奖金收入  2021-07  北京某某科技有限公司  50,000.00  4,790.00',
      '3  工资薪金  正常工资薪金  2O21-06  北京某某科技有限公司  l5,000.00  1,234.56',
      '4  工资薪金  正常工资薪金  2021-05  北京某某科技有限公司  -1,000.00  0.00',
    ]);
    const r = extractIncomeRows([page]);
    expect(r.rows.map((x) => [x.period, x.amount, x.item, x.payer])).toEqual([
      ['2021-07', 15000, '正常工资薪金', '北京某某科技有限公司'],
      ['2021-07', 50000, '全年一次性奖金收入', '北京某某科技有限公司'],
      ['2021-06', 15000, '正常工资薪金', '北京某某科技有限公司'],
      ['2021-05', -1000, '正常工资薪金', '北京某某科技有限公司'],
    ]);
    expect(r.rows[0].text).toContain('15,OOO.00');
    expect(r.rows.every((x) => x.page === 1)).toBe(true);
    expect(r.totals).toBeNull();
  });

  it('when the table continues on a second page without a header and totals are printed, then they reconcile', () => {
    const p1 = ocrPage([HEADER, '1  工资薪金  正常工资薪金  2021-07  北京某某科技有限公司  15,000.00  1,234.56'], 1);
    const p2 = ocrPage([
      '2  工资薪金  正常工资薪金  2021-06  北京某某科技有限公司  15,000.00  1,234.56',
      '收入合计：30,000.00元    已申报税额合计：2,469.12元',
      '申诉    批量申诉',
      'https://its.beijing.chinatax.gov.cn:8443/gs/sb/nsmxlb.html   2/2',
    ], 2);
    const r = extractIncomeRows([p1, p2]);
    expect(r.rows.map((x) => [x.period, x.page])).toEqual([['2021-07', 1], ['2021-06', 2]]);
    expect(r.totals).toEqual({ records: null, amount: 30000, reconciled: true });
  });

  it('when the printed total disagrees with the rows, then reconciled is false and no row is invented', () => {
    const r = extractIncomeRows([ocrPage([HEADER, '1  工资薪金  正常工资薪金  2021-07  北京某某科技有限公司  15,000.00  1,234.56', '共2条记录  收入合计：30,000.00元'])]);
    expect(r.rows).toHaveLength(1);
    expect(r.totals).toEqual({ records: 2, amount: 30000, reconciled: false });
  });

  it('when the payer wraps onto the next line, then it is joined back', () => {
    const r = extractIncomeRows([ocrPage([HEADER, '1  工资薪金  正常工资薪金  2021-07  北京某某科技发展有限  15,000.00  1,234.56', '公司'])]);
    expect(r.rows[0].payer).toBe('北京某某科技发展有限公司');
  });

  it('when an amount column is unreadable, then the row is counted as unread rather than guessed', () => {
    const r = extractIncomeRows([ocrPage([HEADER, '1  工资薪金  正常工资薪金  2021-07  北京某某科技有限公司  ###  1,234.56'])]);
    expect(r.rows).toEqual([]);
    expect(r.unread).toBe(1);
  });

  it('when the decimal point was dropped, then the row is kept below the confidence cut-off', () => {
    const r = extractIncomeRows([ocrPage([HEADER, '1  工资薪金  正常工资薪金  2021-07  北京某某科技有限公司  1500000  1,234.56'])]);
    expect(r.rows[0].amount).toBe(15000);
    expect(r.rows[0].confidence).toBeLessThan(0.6);
  });

  it('when the columns come in another order (收入 after 已申报税额), then the header decides', () => {
    const r = extractIncomeRows([ocrPage(['扣缴义务人  所得期间  所得项目小类  已申报税额  收入', '北京某某科技有限公司  2021年07月  正常工资薪金  1,234.56  15,000.00'])]);
    expect(r.rows.map((x) => [x.period, x.amount, x.item])).toEqual([['2021-07', 15000, '正常工资薪金']]);
  });

  it('when the page is a born-digital text layer with one run per cell, then the same rows come out', () => {
    const page = textLayerPage([
      ['序号', '所得项目', '所得项目小类', '税款所属期', '扣缴义务人', '收入', '已申报税额'],
      ['1', '工资薪金', '正常工资薪金', '2021-07', '北京某某科技有限公司', '15,000.00', '1,234.56'],
      ['2', '工资薪金', '正常工资薪金', '2021-06', '北京某某科技有限公司', '14,500.50', '1,184.61'],
    ]);
    const r = extractIncomeRows([page]);
    expect(r.rows.map((x) => [x.period, x.amount, x.confidence])).toEqual([
      ['2021-07', 15000, 1],
      ['2021-06', 14500.5, 1],
    ]);
  });

  it('when the record is in the app card layout, then label lines are read', () => {
    const r = extractIncomeRows([
      ocrPage(['工资薪金  2021-07', '所得项目小类：正常工资薪金', '扣缴义务人：北京某某科技有限公司', '收入：15000.00元', '已申报税额：1234.56元', '收入合计：15000.00元']),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount, x.item, x.payer])).toEqual([['2021-07', 15000, '正常工资薪金', '北京某某科技有限公司']]);
    expect(r.totals?.reconciled).toBe(true);
  });
});

describe('columnOfAmount', () => {
  const table = [
    [12192.13, 591.2],
    [12153.79, 587.76],
    [12416.85, 611.31],
    [11779.28, 554.24],
  ];
  it('when a row kept one amount of 收入 and 税额 and it sits in the 收入 range, then it is the income', () => {
    expect(columnOfAmount(12190.41, table)).toBe(0);
    expect(columnOfAmount(165.96, table)).toBeNull();
  });
  it('when the columns are too close to tell apart, or too few rows were read whole, then no column is chosen', () => {
    expect(columnOfAmount(1000, [[1000, 900], [1100, 950], [1050, 1000]])).toBeNull();
    expect(columnOfAmount(12190.41, table.slice(0, 2))).toBeNull();
  });
});

describe('a row whose tax cell was hidden', () => {
  it('when one row shows only the income amount, then it is placed by the income column range, below a full read but counted', () => {
    const r = extractIncomeRows([
      ocrPage([
        '申报收入查询',
        HEADER,
        '1  工资薪金  正常工资薪金  2019-08  北京领航信息技术有限责任公司  12,192.13  591.20',
        '2  工资薪金  正常工资薪金  2019-09  北京领航信息技术有限责任公司  12,153.79  587.76',
        '3  工资薪金  正常工资薪金  2019-10  北京领航信息技术有限责任公司  12,416.85  611.31',
        '4  工资薪金  正常工资薪金  2019-11  北京领航信息技术有限责任公司  12,190.41',
        '5  工资薪金  正常工资薪金  2019-12  北京领航信息技术有限责任公司  165.96',
      ]),
    ]);
    expect(r.rows.find((x) => x.period === '2019-11')).toMatchObject({ amount: 12190.41 });
    expect(r.rows.find((x) => x.period === '2019-11')!.confidence).toBeLessThan(0.9);
    // The lone tax-sized amount is not taken for income.
    expect(r.rows.find((x) => x.period === '2019-12')).toBeUndefined();
    expect(r.unread).toBe(1);
  });
});
