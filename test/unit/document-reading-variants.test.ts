import { describe, expect, it } from 'vitest';
import { extractIncomeRows } from '../../workers/document/extract-income-rows.ts';
import { extractTaxRows } from '../../workers/document/extract-tax-rows.ts';
import { extractParties } from '../../workers/document/extract-parties.ts';
import { extractTerm } from '../../workers/document/extract-term.ts';
import { extractDocument } from '../../workers/document/extract-document.ts';
import { findMoney } from '../../workers/document/parse-money.ts';
import { findDates } from '../../workers/document/parse-date.ts';
import { extractIssuedDate } from '../../workers/document/extract-issued-date.ts';
import { ocrPage } from './document-page-fixture.ts';

// Each row is a layout or a reading the document stage meets on real scans, written as OCR reads it.

describe('income rows whose item cell OCR read together with the payer', () => {
  it.each([
    ['cells one space apart, the item misread by one character (工资新金)', '5 2021-01 工资新金 北京明德晨曦物流有限责任公司 9111010232636674X3 17434.97 213.36'],
    ['cells one space apart, the item read cleanly', '5 2021-01 工资薪金 北京明德晨曦物流有限责任公司 9111010232636674X3 17434.97 213.36'],
  ])('when a row shows %s, then the item is the item and the payer is the whole name', (_, row) => {
    const r = extractIncomeRows([
      ocrPage([
        '个人所得税收入纳税明细',
        '扣缴义务人纳税人识别 收入（元） 已申报税额',
        '序号 所得期间 所得项目 扣缴义务人 号 （元）',
        '4 2020-12 工资薪金 北京明德晨曦物流有限责任公司 9111010232636674X3 62317.13 5199.43',
        row,
        '6 2021-02 工资薪金 北京明德晨曦物流有限责任公司 9111010232636674X3 17577.22 217.64',
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.amount, x.item, x.payer])).toEqual([
      ['2020-12', 62317.13, '工资薪金', '北京明德晨曦物流有限责任公司'],
      ['2021-01', 17434.97, '工资薪金', '北京明德晨曦物流有限责任公司'],
      ['2021-02', 17577.22, '工资薪金', '北京明德晨曦物流有限责任公司'],
    ]);
  });
});

describe('income rows whose period cell wrapped its 月 (2021年08 / 月) into the next cells', () => {
  it.each([
    ['月 glued before the item', '3 2021年06  月工资薪金所得北京鼎盛咨询有限公司 911101054336190441 19653.78 722.14'],
    ['月 glued between item and payer', '3 2021年06 工资薪金所得月北京鼎盛咨询有限公司 911101054336190441 19653.78 722.14'],
    ['月 glued between a payer cut by its wrap and the item', '3 2021年06 北京鼎盛咨询有月工资薪金所得 911101054336190441 19653.78 722.14', '限公司'],
    ['月 inside the payer when both of its lines fall into one row', '3 2021年06 工资薪金所得北京鼎盛咨询有月限公司 911101054336190441 19653.78 722.14'],
    ['月 inside 公司 (有限公月司)', '3 2021年06 工资薪金所得北京鼎盛咨询有限公月司 911101054336190441 19653.78 722.14'],
    ['the payer\'s 公司 wrapped into a cell after the identifier', '3 2021年06 工资薪金所得北京鼎盛咨询有限 911101054336190441  公司 19653.78 722.14'],
    ['the payer\'s tail read first (公司北京…有限公司…分)', '3 2021年06 工资薪金所得公司北京鼎盛咨询有限公司大兴分 911101054336190441 19653.78 722.14', undefined, '北京鼎盛咨询有限公司大兴分公司'],
    ['the item read with a character lost (工薪金所得)', '3 2021年06 工薪金所得北京鼎盛咨询有限公司 911101054336190441 19653.78 722.14'],
    ['月 and the name\'s last character on the wrapped line (月司)', '3 2021年06 工资薪金所得北京鼎盛咨询有限公 911101054336190441 19653.78 722.14', '1 月司'],
    ['月 at the head of the payer\'s wrapped line', '3 2021年06 北京鼎盛咨询有  工资薪金所得 911101054336190441 19653.78 722.14', '月限公司'],
  ])('when the row shows %s, then the payer is the name alone', (_, row, wrapped?: string, payer = '北京鼎盛咨询有限公司') => {
    const r = extractIncomeRows([
      ocrPage([
        '序号 所得期间 所得项目 扣缴义务人 扣缴义务人纳税人识别号 收入（元） 已申报税额（元）',
        '1 2021年08 工资薪金所得 北京鼎盛咨询有限公司 911101054336190441 19965.07 753.27',
        row,
        ...(wrapped ? [wrapped] : []),
        '4 2021年05 工资薪金所得 北京鼎盛咨询有限公司 911101054336190441 20402.21 796.98',
      ]),
    ]);
    expect(r.rows.map((x) => [x.period, x.item, x.payer])).toEqual([
      ['2021-08', '工资薪金所得', '北京鼎盛咨询有限公司'],
      ['2021-06', '工资薪金所得', payer],
      ['2021-05', '工资薪金所得', '北京鼎盛咨询有限公司'],
    ]);
  });
});

describe('tax rows the second engine reads on two lines, cells one space apart', () => {
  it('when a row\'s second line holds the period\'s end with the 品目 and the authority run together, then the row has its item', () => {
    const line = (text: string, y: number) => ({ text, confidence: 99, box: { x: 150, y, w: 900, h: 28 } });
    const page = { page: 1, source: 'ocr' as const, widthPx: 1240, heightPx: 1754, lines: [
      line('税款所属期 入库日期 征收项目 品目名称 实缴（退）金额 税务机关', 424),
      line('2020-09-01至2020- 2020-10-15 个人所得税 572.22', 476),
      line('09-30 工资薪金所得国家税务总局北京市西城区税务局', 487),
      line('2020-11-01至2020- 2020-12-16 个人所得税工资薪金所得国家税务总局北京市西城区税务局', 567),
      line('11-30 707.76', 578),
      line('2021.01.01至 2021.02.16 正常工资薪金所得国家税务总局北京市昌平区税务局  2021.01.31 个人所得税 321.73', 713),
      line('2024-12-01至2024- 2025 5-01-09 个人所得税工资薪金所得 207.38 国家税务总局北京市朝阳区税务局', 800),
    ] };
    expect(extractTaxRows([page]).rows.map((x) => [x.period, x.amount, x.item])).toEqual([
      ['2020-09', 572.22, '工资薪金所得'],
      ['2020-11', 707.76, '工资薪金所得'],
      ['2021-01', 321.73, '正常工资薪金所得'],
      ['2024-12', 207.38, '工资薪金所得'],
    ]);
  });
});

describe('income rows whose payer the second engine reads on two lines around the row', () => {
  it('when the item shares a line with the payer\'s last line, or the payer\'s first line sits just above its row, then each row has its whole payer', () => {
    const line = (text: string, y: number, h = 22) => ({ text, confidence: 99, box: { x: 150, y, w: 900, h } });
    const page = { page: 1, source: 'ocr' as const, widthPx: 1240, heightPx: 1754, lines: [
      line('所得期间 所得项目 扣缴义务人 收入(元) 扣缴义务人纳税人识别号 已申报税额(元)', 350),
      line('2023年04月工资薪金北京华创飞鸿数据服务发展有限 91110105MA087R6K8W 11,761.00 21.56', 422),
      line('责任公司', 436, 18),
      line('2023年05月北京华创飞鸿数据服务发展有限 12,152.00 33.29', 471, 23),
      line('工资薪金责任公司 91110105MA087R6K8W', 473),
      line('北京华创飞鸿数据服务发展有限', 519, 20),
      line('2023年06月工资薪金 91110105MA087R6K8W 11,807.00 22.94', 529, 21),
      line('责任公司', 541, 18),
    ] };
    const r = extractIncomeRows([page]);
    expect(r.rows.map((x) => [x.period, x.amount, x.item, x.payer])).toEqual([
      ['2023-04', 11761, '工资薪金', '北京华创飞鸿数据服务发展有限责任公司'],
      ['2023-05', 12152, '工资薪金', '北京华创飞鸿数据服务发展有限责任公司'],
      ['2023-06', 11807, '工资薪金', '北京华创飞鸿数据服务发展有限责任公司'],
    ]);
    expect(r.unread).toBe(0);
  });
});

describe('an amount cut at a ruling', () => {
  it('when a cell reads "1,12|" (a thousands group whose third digit may be the ruling), then it is kept far below a clean read', () => {
    const [m] = findMoney('正常工资薪金所得  1,12|  国家税务总局北京市朝阳区税务局');
    expect(m.value).toBe(1.12);
    expect(m.confidence).toBeLessThan(0.6);
    expect(findMoney('正常工资薪金所得  1,128.37|  国家税务总局')[0].confidence).toBe(1);
  });
});

describe('tax record items', () => {
  it.each([
    [
      'a stroke before the 品目 cell is read as 。',
      ['税款所属期  入库日期  征收项目  品目名称  实缴（退）金额  入库税务机关', '2021.03  2021.04.19 | 个人所得税 | 。工资薪金所得  212.04 | 。国家税务总局北京市西城区税务局'],
      ['2021-03', 212.04, '工资薪金所得'],
    ],
    [
      'the second engine reads the period range and the cells one space apart ("…01至 2020.10.19 个人所得税 正常工资薪金所得")',
      ['税款所属期 入库日期 征收项目 品目名称 实缴（退）金额 税务机关', '2020.09.01至 2020.10.19 个人所得税 正常工资薪金所得 909.23 国家税务总局北京市昌平区税务局', '2020.09.30'],
      ['2020-09', 909.23, '正常工资薪金所得'],
    ],
  ] as const)('when %s, then the item is the 品目', (_, lines, row) => {
    const r = extractTaxRows([ocrPage(['中华人民共和国个人所得税纳税记录', ...lines])]);
    expect(r.rows.map((x) => [x.period, x.amount, x.item])).toEqual([[...row]]);
  });
});

describe('lease parties and address', () => {
  it.each([
    [
      'a parties table whose rules OCR read as | and quotes (姓名| name, 姓名“| name)',
      ['北京市房屋租赁合同', '出租人|，姓名| 董梦梦    证件类型 | 居民身份证', '(甲方)  证件号码 | 110114197506251802   联系电话 | 19907811409', '承租人 | 姓名“| 付萱     证件类型 | 居民身份证', '(乙方)    证件号码 | 43010419940128166X       联系电话 | 13554609963'],
      { lessor: '董梦梦', lessee: '付萱', lessorPhone: '19907811409', lesseePhone: '13554609963' },
    ],
    [
      'the address cut by OCR into two cells of one row ("朝阳  (路131号…")',
      ['甲方(出租方) :方宇  身份证号: 110105196804250292', '一、房屋基本情况甲方房屋坐落于北京市朝阳区朝阳  (路131号院8号楼6单元701室,', '房屋用途为居住,甲方对该房屋享有所有权或依法可以出租。'],
      { address: '北京市朝阳区朝阳路131号院8号楼6单元701室' },
    ],
    [
      'the flat number wrapped onto the next line ("…1504" / "室，房屋用途…")',
      ['第一条 房屋基本情况。甲方房屋坐落于北京市海淀区万寿路138号院12号楼5单元1504', '室，房屋用途为居住，甲方对该房屋享有所有权或依法可以出租。'],
      { address: '北京市海淀区万寿路138号院12号楼5单元1504室' },
    ],
    [
      'the address ending on a house number with the use clause after a space ("22号302 房屋用" / "途为居住")',
      ['一、房屋基本情况甲方房屋坐落于北京市西城区广安门外南街22号302 房屋用', '途为居住，甲方对该房屋享有所有权或依法可以出租。'],
      { address: '北京市西城区广安门外南街22号302' },
    ],
  ] as const)('when a lease shows %s, then the fields are read', (_, lines, expected) => {
    expect(extractParties([ocrPage([...lines])], 'lease_contract').parties).toMatchObject(expected);
  });
});

describe('dashes in a Chinese-numeral date', () => {
  it.each([
    ['二〇二一年十-月二十-日', '2021-11-21'],
    ['二〇二一年三月-日', '2021-03-01'],
    ['二〇二一年--月--日', null],
  ])('when a date reads %s, then it is %s', (text, iso) => {
    expect(findDates(text).find((d) => d.kind === 'date')?.iso ?? null).toBe(iso);
  });
});

describe('contract terms in Chinese numerals written by pen', () => {
  it.each([
    ['〇 read as the letter o', '本合同期限自 二o一九 年 三 月 一 日起至 二o二二 年 二 月 二十八 日止'],
    ['〇 read as 口', '本合同期限自二口一九年三月一日起至二口二二年二月二十八日止'],
    ['一 read as a dash', '本合同期限自 二〇一九 年 三 月 - 日起至 二〇二二 年 二 月 二十八 日止'],
  ])('when the term shows %s, then it is read, with a doubt short of the review cut-off', (_, line) => {
    const t = extractTerm([ocrPage(['劳动合同书', line])], 'labor_contract');
    expect(t).toMatchObject({ start: '2019-03-01', end: '2022-02-28', openEnded: false });
    expect(t!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(t!.confidence).toBeLessThan(0.95);
  });
});

describe('a 纳税记录 number that carries a district code', () => {
  it.each([
    ['the print header and a number with 0112 (a district, not 12 January)', '证明编号,(2026)京0112个证明69479671  查询验证码: K324TC6VEVU1V10E', '2026-04-12', true],
    ['the print header and a number that gives the same day', '证明编号:(2026)京0412个证明69479671', '2026-04-12', true],
    ['the print header and a number giving another day that is no district code', '证明编号:(2026)京0418个证明69479671', '2026-04-12', false],
  ])('when a record shows %s, then the issue date and whether it is sure follow', (_, numberLine, date, sure) => {
    const d = extractIssuedDate([ocrPage(['2026/4/12 14:18  自然人电子税务局', '中华人民共和国个人所得税纳税记录', numberLine, '纳税人名称  杜星月', '与原件一致,本单位已核实确认真实有效  开且二间,  of月12有日人'])], 'tax_record');
    expect(d?.date).toBe(date);
    expect(d!.confidence >= 0.6).toBe(sure);
  });
});

describe('a hand-filled contract form', () => {
  it('when the credit code\'s colon reads as a comma and its blank\'s underline as "_", then the code is read', () => {
    const r = extractParties([ocrPage(['北京市劳动合同书', '劳务派遣', '甲方(用人单位) :北京天工人力资源股份有限公司通州分公司', '统一社会信用代码,_91110112MA0668G5XL'])], 'labor_contract');
    expect(r.parties.employerCreditCode).toBe('91110112MA0668G5XL');
  });
});

describe('a lease term printed as blanks', () => {
  const line = (text: string, y: number, h = 30) => ({ text, confidence: 85, box: { x: 150, y, w: 900, h } });
  const lease = (extra: Array<ReturnType<typeof line>>) => ({
    page: 1, source: 'ocr' as const, widthPx: 1240, heightPx: 1754,
    lines: [line('房屋租赁合同', 100), line('出租人（甲方）：李四  身份证号：110223199207044564  联系电话：13800138000', 160), line('第二条 租赁期限 租赁期共12个月，自 年 月 日起至 年 月 日止。', 300), ...extra],
  });
  it.each([
    ['nothing beside the blanks', [], 'blankFields'],
    ['figures written by hand read as a row of their own overlapping the blanks', [line('2021 3 13 2022 3 12', 290, 24)], 'unreadLeaseFields'],
  ] as const)('when the lease shows %s, then the term is listed in %s', (_, extra, where) => {
    const f = extractDocument([lease([...extra])], { declaredKind: 'lease_contract' });
    expect(f[where]).toContain('term');
  });
});

describe('an ID card\'s validity', () => {
  it.each([
    ['the dash between the dates lost', '有效期限 2016.06.12 2026.06.12', '2016-06-12', '2026-06-12', true],
    ['the end\'s day split by a space (not 5, 10 or 20 years to the day)', '有效期限 2016.06.12-2026.06.1 2', '2016-06-12', '2026-06-01', false],
    ['twenty years', '有效期限 2022.06.20-2042.06.20', '2022-06-20', '2042-06-20', true],
  ])('when the card reads %s, then the validity is read (sure: %s)', (_, line, start, end, sure) => {
    const t = extractTerm([ocrPage(['签发机关 北京市公安局朝阳分局', line])], 'id_card');
    expect(t).toMatchObject({ start, end, openEnded: false });
    expect(t!.confidence! >= 0.6).toBe(sure);
  });
});
