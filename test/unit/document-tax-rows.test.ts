import { describe, expect, it } from 'vitest';
import { extractTaxRows } from '../../workers/document/extract-tax-rows.ts';
import { ocrPage } from './document-page-fixture.ts';
import { flagOutliers, TAX_OUTLIER_FACTOR } from '../../workers/document/repair-rows.ts';
import { MIN_FIELD_CONFIDENCE } from '../../workers/document/min-field-confidence.ts';

describe('extractTaxRows', () => {
  it('when a 纳税记录 prints 申报日期 before 入库日期 and the period as a range, then each date goes to its column', () => {
    const r = extractTaxRows([
      ocrPage([
        '中华人民共和国',
        '个人所得税纳税记录',
        '记录期间：2021年06月 至 2021年07月',
        '纳税人名称：王小明   纳税人识别号：110108198803151231',
        '申报日期  实缴(退)金额  入(退)库日期  所得项目  税款所属期  入库税务机关  备注',
        '2021.08.10  1,234.56  2021.08.12  工资薪金所得  2021.07.01-2021.07.31  北京经济技术开发',
        '区税务局',
        '2021.07.09  1,234.S6  2021.07.13  工资薪金所得  2021.06.01-2021.06.30  北京市海淀区税务局',
        '金额合计  (大写)贰仟肆佰陆拾玖元壹角贰分  (小写)2469.12',
        '开具时间：2021年08月15日',
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount, x.paidOn, x.item, x.authority])).toEqual([
      ['2021-07', 1234.56, '2021-08-12', '工资薪金所得', '北京经济技术开发区税务局'],
      ['2021-06', 1234.56, '2021-07-13', '工资薪金所得', '北京市海淀区税务局'],
    ]);
    expect(r.totals).toEqual({ records: null, amount: 2469.12, reconciled: true });
  });

  it('when the columns are 税款所属期 / 入库日期 / 所得项目 / 实缴(退)金额, then the header order decides', () => {
    const r = extractTaxRows([
      ocrPage([
        '税款所属期  入库日期  所得项目  实缴(退)金额  入库税务机关',
        '2021-07  2021-08-12  正常工资薪金  1,234.56  国家税务总局北京市海淀区税务局',
        '2021-06  2021-07-12  全年一次性奖金收入  -47.90  国家税务总局北京市海淀区税务局',
        '共2条  合计：1,186.66',
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount, x.paidOn, x.item])).toEqual([
      ['2021-07', 1234.56, '2021-08-12', '正常工资薪金'],
      ['2021-06', -47.9, '2021-07-12', '全年一次性奖金收入'],
    ]);
    expect(r.totals).toEqual({ records: 2, amount: 1186.66, reconciled: true });
  });

  it('when the total in capitals disagrees with the rows, then reconciled is false', () => {
    const r = extractTaxRows([
      ocrPage(['申报日期  实缴(退)金额  入(退)库日期  所得项目  税款所属期  入库税务机关', '2021.08.10  1,234.56  2021.08.12  工资薪金所得  2021.07.01-2021.07.31  北京市海淀区税务局', '金额合计  (大写)贰仟元整']),
    ]);
    expect(r.totals).toEqual({ records: null, amount: 2000, reconciled: false });
  });

  it('when a row has no readable period, then it is counted as unread', () => {
    const r = extractTaxRows([ocrPage(['申报日期  实缴(退)金额  入(退)库日期  所得项目  税款所属期  入库税务机关', '2021.08.10  1,234.56  2021.08.12  工资薪金所得  ####  北京市海淀区税务局'])]);
    expect(r.rows).toEqual([]);
    expect(r.unread).toBe(1);
  });
});

describe('tax outliers under a total that disagrees', () => {
  it('when one tax reads "3.24" among ~110 and the total disagrees, then that row goes to review while a bracket step (×3) does not', () => {
    const rows = [
      { amount: 110.5, confidence: 1 },
      { amount: 3.24, confidence: 1 },
      { amount: 118.2, confidence: 1 },
      { amount: 345.9, confidence: 1 },
      { amount: 112.32, confidence: 1 },
    ];
    flagOutliers(rows, TAX_OUTLIER_FACTOR);
    expect(rows.map((r) => r.confidence < MIN_FIELD_CONFIDENCE)).toEqual([false, true, false, false, false]);
  });
});
