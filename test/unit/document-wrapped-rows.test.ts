import { describe, expect, it } from 'vitest';
import { findMoney } from '../../workers/document/parse-money.ts';
import { findMonths } from '../../workers/document/parse-month.ts';
import { findDates } from '../../workers/document/parse-date.ts';
import { readTableRow } from '../../workers/document/read-table-row.ts';
import { normaliseOcrText } from '../../workers/document/normalise-ocr-text.ts';
import { extractTaxRows } from '../../workers/document/extract-tax-rows.ts';
import { extractIncomeRows } from '../../workers/document/extract-income-rows.ts';
import { mergeRowReadings } from '../../workers/document/merge-row-readings.ts';
import { reconcile } from '../../workers/document/extract-totals.ts';
import type { PageText } from '../../workers/document/types.ts';

/** A page whose lines sit where given: [text, y]; a line is 16 px high (second-engine lines on a 150 dpi scan). */
function placed(lines: Array<[string, number]>): PageText {
  return { page: 1, source: 'ocr', widthPx: 1357, heightPx: 1891, lines: lines.map(([text, y]) => ({ text, confidence: 99, box: { x: 100, y, w: 1100, h: 16 } })) };
}

describe('money cells with separator debris (source B tune rows)', () => {
  it.each([
    ['20,.280.00   1.038.59', [20280, 1038.59]],
    ['9,.481.53', [9481.53]],
    ['工资薪金所得      651.31| 国家税务总局', [651.31]],
    ['工资薪金所得      77.82|] 国家税务总局', [77.82]],
    ['工资薪金所得  300N32  国家税务总局', [300.32]],
    ['工资薪金所得  853. 26  国家税务总局', [853.26]],
    ['个人所得税 | 54.05 |', [54.05]],
    ['正常工资薪金所得     1 195.27  国家税务总局', [1195.27]],
    ['工资薪金 9111010232636674X3 572.22', [572.22]],
    ['2025.07.31 08.18', []],
  ])('when a cell reads %s, then the amounts are %j', (text, values) => {
    expect(findMoney(text).filter((m) => m.cents).map((m) => m.value)).toEqual(values);
  });
});

describe('periods cut short or beside the paid date', () => {
  it.each([
    ['2023-05-01至2023- 2023-06-14 个人所得税 33.29', ['2023-05', '2023-06'], [33.29]],
    ['2024.06.01到2024 ”| 2024-07-10 | 个人所得税 | 54.05 |', ['2024-06', '2024-07'], [54.05]],
    ['2020-09-01至2020-09- 2020-10-15 正常工资薪金所得 572.22', ['2020-09', '2020-10'], [572.22]],
    ['2020.09.01至 2020.10.12 个人所得税 759.31', ['2020-09', '2020-10'], [759.31]],
    ['2021-07-01至2021-07-31 2021-08-09 个人所得税 742.80', ['2021-07', '2021-08'], [742.8]],
  ])('when a tax row reads %s, then its dates are %j and no year is taken for an amount', (text, months, amounts) => {
    expect(findMonths(text).map((m) => m.month)).toEqual(months);
    const tok = readTableRow({ page: 1, text: normaliseOcrText(text), raw: text, ocr: 1, box: { x: 0, y: 0, w: 0, h: 0 } });
    expect(tok.money.filter((m) => m.cents || m.inferredPoint).map((m) => m.value)).toEqual(amounts);
  });

  it.each([
    ['2021.03.01至 2021 04.12', ['2021-03-01', '2021-04-12']],
    ['2021-04  2021-05=13  个人所得税', ['2021-05-13']],
    ['证书编号:103982019679629  二O〇一九年十月十九日', ['2019-10-19']],
    ['签订日期, 2020 华6月30日  6有0', ['2020-06-30']],
    ['2020年1月1日至6月30日', ['2020-01-01']],
  ])('when a date separator slipped (%s), then it is still a date', (text, dates) => {
    expect(findDates(text).map((d) => d.iso)).toEqual(dates);
  });

  it('when the 月 of a period wrapped away and a row number follows (2021年07  2 工资…), then the month is still read', () => {
    expect(findMonths('2021年07  2 工资薪金所得北京鼎盛咨询有限公司').map((m) => m.month)).toEqual(['2021-07']);
    expect(findMonths('2021年07月15日').map((m) => m.month)).toEqual(['2021-07']);
    expect(findMonths('2021年1 2月 工资薪金').map((m) => m.month)).toEqual([]);
    expect(findMonths('2021年01  8 月工资薪金所得').map((m) => m.month)).toEqual(['2021-01']);
  });
});

const TAX_HEADER: Array<[string, number]> = [
  ['中华人民共和国个人所得税纳税记录', 200],
  ['税款所属期间:2020年12月至2021年03月 金额单位:人民币元', 500],
  ['税款所属期入库日期征收项目品目名称实缴(退)金额税务机关', 600],
];

describe('tax rows whose date cells wrap onto a second line', () => {
  it.each([
    [
      'the range start and the paid date above the rest of the row',
      [['2020.12.01至 2021.01.18', 667], ['2020.12.31 个人所得税正常工资薪金所得 533.66 国家税务总局北京市海淀区税务局', 678]],
      ['2020-12', 533.66, '2021-01-18'],
    ],
    [
      'the range end and the paid date below the row',
      [['2020.10.01至个人所得税工资薪金所得 796.87 国家税务总局北京市丰台区税务局', 752], ['2 2020.10.31 2020.11.16', 766]],
      ['2020-10', 796.87, '2020-11-16'],
    ],
    [
      'the paid date beside the range start and the range end below',
      [['1 2020.09.01至 2020.10.12 个人所得税工资薪金所得 759.31 国家税务总局北京市丰台区税务局', 700], ['2020.09.30', 717]],
      ['2020-09', 759.31, '2020-10-12'],
    ],
  ] as Array<[string, Array<[string, number]>, [string, number, string]]>)('when %s, then period, amount and paid date are read', (_label, lines, row) => {
    const r = extractTaxRows([placed([...TAX_HEADER, ...lines])]);
    expect(r.rows.map((x) => [x.period, x.amount, x.paidOn])).toEqual([row]);
    expect(r.rows[0].confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('when the header and a row each come as two lines (the second engine on two-line cells), then they are read whole', () => {
    const r = extractTaxRows([
      placed([
        ['税款所属期实缴(退)金', 495],
        ['入库日期征收项目品目名称税务机关', 508],
        ['额', 531],
        ['2021.01.01至 2021.02.09 个人所得税工资薪金所得', 577],
        ['2021.01.31 336.66 国家税务总局北京市昌平区税务局', 591],
        ['2021.07.01至 2021.08.12 个人所得税 1129.01', 948],
        ['2021.07.31 工资薪金所得国家税务总局北京市昌平区税务局', 964],
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount, x.paidOn])).toEqual([
      ['2021-01', 336.66, '2021-02-09'],
      ['2021-07', 1129.01, '2021-08-12'],
    ]);
  });

  it.each([
    ['2021.01.01至 2021.0 .02.16 个人所得税正常工资薪金所得 207.77 国家税务总局', '2021-02-16'],
    ['2020.11.01至 2020 0.12.11 个人所得税工资薪金所得 345.60 国家税务总局北京市通州区税务局', '2020-12-11'],
    ['2021-05-01至2021-05- 2021  31 06-15 个人所得税正常工资薪金所得 29.79 国家税务总局', '2021-06-15'],
    ['2025-12-01至2025- 202 6 -01-15 个人所得税 工资薪金所得 311.18 国家税务总局北京市朝阳区税务局', '2026-01-15'],
    ['2025.07.01至 2025 个人所得税 正常工资薪金所得 3900.74 国家税务总局北京市朝阳区税务局  2025.07.31 08.18', '2025-08-18'],
  ])('when the paid date is broken by a stray glyph (%s), then it is pieced together', (line, paidOn) => {
    const r = extractTaxRows([placed([...TAX_HEADER, [line, 700]])]);
    expect(r.rows[0].paidOn).toBe(paidOn);
  });

  it('when the paid date broke into a bare year beside the amount and the header lost its money label, then the year is no amount', () => {
    const r = extractTaxRows([placed([['税款所属期  入库日期  征收项目  品目名称  税务机关', 600], ['2024-12-01至2024- 2025 5-01-09 个人所得税 工资薪金所得 207.38 国家税务总局北京市朝阳区税务局', 700]])]);
    expect(r.rows.map((x) => x.amount)).toEqual([207.38]);
  });

  it('when the only date beside the range start is in the same month, then it is no paid date', () => {
    const r = extractTaxRows([placed([...TAX_HEADER, ['2021.01.01至 2021.0 .02.16 个人所得税正常工资薪金所得 207.77 国家税务总局', 700], ['2021.01.31', 740]])]);
    expect(r.rows[0].paidOn).not.toBe('2021-01-31');
  });
});

describe('income rows whose payer wraps with the amounts on the second line', () => {
  it('when period and payer head are one line and the payer tail with the amounts the next, then they make one row', () => {
    const r = extractIncomeRows([
      placed([
        ['所得期间所得项目扣缴义务人扣缴义务人纳税人识别号已申报税额', 475],
        ['收入(元)  (元)', 487],
        ['2021-08 工资薪金北京晨曦信息技术有限公司昌平分', 548],
        ['公司 91110114MA0YYY6M4J 16786.00 789.98', 564],
        ['2021-07 工资薪金北京晨曦信息技术有限公司昌平分', 619],
        ['公司 91110114MA0YYY6M4J 16971.00 808.49', 636],
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount, x.payer])).toEqual([
      ['2021-08', 16786, '北京晨曦信息技术有限公司昌平分公司'],
      ['2021-07', 16971, '北京晨曦信息技术有限公司昌平分公司'],
    ]);
  });
});

describe('income rows whose amount line comes above the period line, and a bare 合计', () => {
  it('when the amounts stand above their period line, then each pairs with the nearer period line and the 合计 vouches for them', () => {
    const r = extractIncomeRows([
      placed([
        ['序号所得期间所得项目扣缴义务人收入(元)已申报税额(元)', 549],
        ['北京星河文化传媒股份有限 91110101317863920F 77433.67 4030.05', 1043],
        ['8 2021-01 工资薪金公司', 1059],
        ['北京星河文化传媒股份有限 91110101317863920F 22604.80 2134.33', 1103],
        ['9 2020-12 工资薪金公司', 1117],
        ['合计 100038.47 6164.38', 1176],
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount, x.payer])).toEqual([
      ['2021-01', 77433.67, '北京星河文化传媒股份有限公司'],
      ['2020-12', 22604.8, '北京星河文化传媒股份有限公司'],
    ]);
    expect(r.totals).toEqual({ records: null, amount: 100038.47, reconciled: true });
  });

  it('when digits stand alone before an amount (19 9,152.00), then the amount is not sure', () => {
    const r = extractIncomeRows([
      placed([
        ['序号所得期间所得项目扣缴义务人收入(元)已申报税额(元)', 422],
        ['2 2021年03月工资薪金所得知行(北京)物流股份有限公司 911101062075397082 19 9,152.00 925.78', 526],
        ['3 2021年04月工资薪金所得知行(北京)物流股份有限公司 911101062075397082 20 ,280.00 1,038.59', 576],
      ]),
    ]);
    expect(r.rows.map((x) => [x.amount, x.confidence < 0.6])).toEqual([
      [9152, true],
      [20280, false],
    ]);
  });
});

describe('merging two readings of a tax table', () => {
  const row = (period: string, amount: number, paidOn: string, confidence = 1) => ({ period, amount, paidOn, confidence, page: 1 });
  it('when one reading garbled a period and the other has the same payment in its month, then the garbled row is dropped', () => {
    const first = { rows: [row('2020-01', 786.79, '2020-12-11'), row('2020-10', 796.87, '2020-11-16')], totals: { records: null, amount: 2057.39, reconciled: false }, unread: 0 };
    const second = { rows: [row('2020-11', 786.79, '2020-12-11'), row('2020-10', 796.87, '2020-11-16')], totals: { records: null, amount: 1583.66, reconciled: true }, unread: 0 };
    const m = mergeRowReadings(first, second, (t, rows) => (t ? reconcile({ records: t.records, amount: t.amount, rows: [] }, rows.map((r) => r.amount)) : null));
    expect(m.rows.map((r) => r.period)).toEqual(['2020-10', '2020-11']);
    // The totals as the reading that agrees with the merged rows printed them.
    expect(m.totals).toEqual({ records: null, amount: 1583.66, reconciled: true });
  });
});

describe('merging two readings: a descriptive cell both read differently', () => {
  const row = (period: string, payer: string) => ({ period, amount: 100, payer, confidence: 1, page: 1, text: '' });
  it('when one reading slipped a character of the payer on one row, then the name the other rows hold wins', () => {
    const good = '北京明德晨曦物流有限责任公司';
    const first = { rows: [row('2021-01', good), row('2021-02', good), row('2021-03', good)], totals: null, unread: 0 };
    const second = { rows: [row('2021-01', good), row('2021-02', good), row('2021-03', '北京明德晨喊物流有限责任公司')], totals: null, unread: 0 };
    const m = mergeRowReadings(first, second, () => null);
    expect(m.rows.map((r) => r.payer)).toEqual([good, good, good]);
  });
});

describe('more amount-like readings than money columns', () => {
  it('when half an identifier reads as an amount with an inferred point, then the printed amounts keep their columns', () => {
    const r = extractIncomeRows([
      placed([
        ['所得项目  扣缴义务人  0 和收入和', 487],
        ['2021-08  工资薪金所得 | 北京京城信息技术股份有限公司  91110101MAOXLNGM6W  16268.00  780.19', 577],
        ['2021-07  工资薪金所得  北京京城信息技术股份有限公司 | 91110101 MA0OXLNGM6W  18239.00  977.29', 640],
      ]),
    ]);
    expect(r.rows.map((x) => x.amount)).toEqual([16268, 18239]);
  });
});

describe('a header whose tax label sits on its own line above', () => {
  it('when 已申报税额 is read on the line over the header row, then the rows have two money columns and a lone tax amount is no income', () => {
    const r = extractIncomeRows([
      placed([
        ['扣缴义务人纳税人识别已申报税额', 395],
        ['序号所得期间所得项目扣缴义务人收入(元)', 404],
        ['7 2020-09 工资薪金 9111010232636674X3 572.22', 461],
        ['2 2020-10 工资薪金北京明德晨曦物流有限责任公 9111010232636674X3 17003.61 668.08', 509],
        ['合计 17003.61 1240.30', 1044],
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount])).toEqual([['2020-10', 17003.61]]);
    expect(r.unread).toBe(1);
  });
});

describe('tax rows whose period cells were lost', () => {
  const header: Array<[string, number]> = [
    ['税款所属期间  2025年04月至2025年06月', 377],
    ['入库日期  征收项目  品目名称  实缴  金  税务机关', 462],
  ];
  it.each([
    ['one row per month of the printed range, each paid the month after', ['2025.05.12', '2025.06.10', '2025.07.07'], ['2025-04', '2025-05', '2025-06']],
    ['a row fewer than the range has months', ['2025.05.12', '2025.07.07'], []],
    ['paid dates that do not keep one distance from their places', ['2025.05.12', '2025.06.10', '2025.09.07'], []],
  ])('when %s, then the periods are %j', (_label, paid, periods) => {
    const r = extractTaxRows([placed([...header, ...paid.map((d, i): [string, number] => [`${d}  个人所得税 | 正常工资薪金所得  1,135.40  国家税务总局北京市朝阳区税务局`, 532 + 50 * i])])]);
    expect(r.rows.map((x) => x.period)).toEqual(periods);
    for (const row of r.rows) expect(row.confidence).toBeLessThanOrEqual(0.7);
  });
});

describe('separate rows that a seal cut stay separate', () => {
  it('when one row lost its amount and the next its period, over half a line apart, then they are not joined into one', () => {
    const r = extractIncomeRows([
      placed([
        ['序号所得期间所得项目扣缴义务人收入(元)已申报税额(元)', 400],
        ['1 2021-05 工资薪金 北京明德晨曦物流有限责任公司 9111010232636674X3 17178.46 205.67', 450],
        ['2 2021-06 工资薪金 北京明德晨曦物流有限责任公司', 500],
        ['工资薪金 北京明德晨曦物流有限责任公司 9111010232636674X3 17750.83 742.80', 526],
        ['4 2021-08 工资薪金 北京明德晨曦物流有限责任公司 9111010232636674X3 16835.92 651.31', 600],
      ]),
    ]);
    expect(r.rows.find((x) => x.period === '2021-06')?.amount).not.toBe(17750.83);
  });
});

describe('a payer whose wrapped tail came first', () => {
  it.each([
    ['公司北京星河文化传媒股份有限', '北京星河文化传媒股份有限公司'],
    ['责任公司北京华创飞鸿数据服务发展有限', '北京华创飞鸿数据服务发展有限责任公司'],
  ])('when the payer reads %s, then it is %s', (read, name) => {
    const r = extractIncomeRows([placed([['序号所得期间所得项目扣缴义务人收入(元)已申报税额(元)', 400], [`1 2021-05 工资薪金 ${read} 9111010232636674X3 17178.46 205.67`, 450]])]);
    expect(r.rows[0].payer).toBe(name);
  });
});

describe('a row whose period a seal hid, the header having lost a money label', () => {
  it('when the row shows income and tax but the header only 收入, then income is the first amount', () => {
    const r = extractIncomeRows([
      placed([
        ['序号 | 所得期间 |  所得项目  反缴义务人  0 收入(元)  5', 857],
        ['2020年11  工资薪金  北京星河青松建筑工程有限公司 | 9111011272764136XM  23976.57  1024.43', 921],
        ['人  工资薪金  北京星河青松建筑工程有限公司 | 9111011272764136XM  79240.96  9592.06', 982],
        ['2021年01  工资薪金 |北京星河青松建筑工程有限公司 | 9111011272764136XM  24721.86  329.69', 1041],
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount])).toEqual([['2020-11', 23976.57], ['2020-12', 79240.96], ['2021-01', 24721.86]]);
  });
});

describe('a line holding pieces of two rows (a skewed page)', () => {
  it('when the identifier stands before the item the header prints first, then the row is not sure', () => {
    const r = extractIncomeRows([
      placed([
        ['所得期间所得项目  扣缴义务人扣缴义务人纳税人识', 553],
        ['2021-06 司 911101052474509272  工资薪金北京金桥生物科技股份有限公 19,619.28 844.62', 759],
        ['2021-05 司 911101052474509272  工资薪金北京金桥生物科技股份有限公 19,202.44 802.93', 824],
      ]),
    ]);
    for (const row of r.rows) expect(row.confidence).toBeLessThan(0.6);
  });
});

describe('a tax row whose 征收项目 is glued to its 品目', () => {
  it('when the cells read 个人所得税工资薪金所得, then the item is 工资薪金所得', () => {
    const r = extractTaxRows([placed([...TAX_HEADER, ['2020.09.01至 2020.10.12 个人所得税工资薪金所得 759.31 国家税务总局北京市丰台区税务局', 700]])]);
    expect(r.rows[0].item).toBe('工资薪金所得');
  });
});
