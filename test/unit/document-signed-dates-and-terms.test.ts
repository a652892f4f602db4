import { describe, expect, it } from 'vitest';
import { extractIssuedDate } from '../../workers/document/extract-issued-date.ts';
import { extractTerm } from '../../workers/document/extract-term.ts';
import { extractDocument } from '../../workers/document/extract-document.ts';
import { MIN_FIELD_CONFIDENCE } from '../../workers/document/min-field-confidence.ts';
import type { DocumentKind } from '../../workers/document/contract-types.ts';
import { ocrPage } from './document-page-fixture.ts';

const RESIGNATION_BODY = [
  '北京青松文化传媒有限公司海淀分公司',
  '离 职 证 明',
  '兹证明杜星月(身份证号码:110105199505190860)自2022年11月28日起在我公司工作,',
  '担任产品经理职务,于2026年3月28日因合同期满不再续签,已办理完毕离职交接手续。',
  '我公司与该员工无劳动纠纷,该员工未与我公司签订竞业限制协议。',
  '特此证明。',
  '北京青松文化传媒有限公司海淀分公司',
  '(盖章)',
];

describe('the issue date of a signed document is the date at its signature', () => {
  it.each([
    ['a 离职证明 dated under its seal', 'resignation_certificate', [...RESIGNATION_BODY, '2026年2月22日'], '2026-02-22', true],
    ['a 离职证明 whose foot date the seal cut', 'resignation_certificate', [...RESIGNATION_BODY, '2026年2月2 @'], '2026-02-02', false],
    ['a 离职证明 whose foot date the seal hid', 'resignation_certificate', [...RESIGNATION_BODY, '@@ 盒'], '2026-03-28', false],
    ['a contract whose signing date ends in a misread 日', 'labor_contract', ['甲方(盖章):北京某某科技有限公司', '签订日期 2019年2月25 日   签订日期: 2019年2月25口'], '2019-02-25', true],
    ['a contract dated beside the signing label', 'labor_contract', ['甲方(盖章):北京某某科技有限公司  乙方(签字):张三', '签订日期:2020年6月30日'], '2020-06-30', true],
    ['a degree certificate dated alone at its foot', 'degree_certificate', ['学士学位证书', '于二〇一五年九月至二〇一九年六月在本校学习', '二〇一九年十月十九日'], '2019-10-19', true],
  ] as Array<[string, DocumentKind, string[], string, boolean]>)('when %s (%s), then the issue date and whether it is sure follow', (_label, kind, lines, date, sure) => {
    const d = extractIssuedDate([ocrPage(lines)], kind);
    expect(d?.date).toBe(date);
    expect(d!.confidence >= MIN_FIELD_CONFIDENCE).toBe(sure);
  });
});

describe('a handwritten term whose end year lost its first digit', () => {
  it.each([
    ['"必022 年 2 月28", a whole number of years after the start (the day before): month and day agree with the cut year', '2 月28', '2022-02-28', true],
    ['"必022 年 7 月15", no whole number of years after the start: kept for review', '7 月15', '2022-07-15', false],
  ])('when the end reads %s, then the end is read', (_, tail, end, sure) => {
    const t = extractTerm([ocrPage(['明德晨曦物流劳动合同', `1.,本合同期限自 2019 年 3 月1 必022  年 ${tail} 8`, '2.,乙方同意根据甲方工作需要,担任财务主管岗位(工种)工作。'])], 'labor_contract');
    expect([t?.start, t?.end]).toEqual(['2019-03-01', end]);
    expect(t!.confidence! >= MIN_FIELD_CONFIDENCE).toBe(sure);
  });
});

describe('a signing date on a weak line', () => {
  it('when the date under the signatures was read at OCR 48, then it is kept for review', () => {
    const page = ocrPage(['十五、其他本合同自双方签字之日起生效,一式两份', '出租人(甲方)签字;  承租人(乙方)签字', '8 2021 年5月1日']);
    page.lines[2].confidence = 48;
    const d = extractIssuedDate([page], 'lease_contract');
    expect(d?.date).toBe('2021-05-01');
    expect(d!.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
  });
});

describe('a term whose start was cut to its year', () => {
  it.each([
    ['期限自二O二五年二〇二八年七月三十一日 (typed numerals, 八月一日起至 lost)', '第二条本合同期限自二O二五年二〇二八年七月三十一日正', '2028-07-31'],
    ['期限自二〇二三生 3  日起至二〇二七年九月三十日 (the start written by hand, garbled)', '第一条本合同期限自二〇二三生 3  日起至二〇二七年九月三十日', '2027-09-30'],
  ])('when the clause reads %s, then the end is read as surely as its own text and the start left unread', (_, line, end) => {
    const t = extractTerm([ocrPage(['第一条本合同期限类型为固定期限合同。', line])], 'labor_contract');
    expect([t?.start, t?.end]).toEqual([null, end]);
    expect(t!.confidence!).toBeGreaterThanOrEqual(MIN_FIELD_CONFIDENCE);
  });

  it('when the start is a printed blank and only the end is filled, then the term stays under review', () => {
    const t = extractTerm([ocrPage(['本合同期限自 ____年__月__日起至2027年9月30日止'])], 'labor_contract');
    expect([t?.start, t?.end]).toEqual([null, '2027-09-30']);
    expect(t!.confidence!).toBeLessThan(MIN_FIELD_CONFIDENCE);
  });
});

describe('a print date glued to its time without padding', () => {
  it.each([
    ['2021/9/1112:47  自然人电子税务局', '2021-09-11'],
    ['2021/9/112:47  自然人电子税务局', null],
  ])('when the header reads %s, then the print date is %s', (line, date) => {
    const d = extractIssuedDate([ocrPage([line, '收入纳税明细查询', '序号 所得项目 收入 已申报税额'])], 'income_query');
    expect(d?.date ?? null).toBe(date);
  });
});

describe('a signing label whose colon was read as a comma', () => {
  it('when the row reads 笠订昌期, 2020年7月31日  符订昌期, 2020年7月31 日, then the date is at the signature', () => {
    const d = extractIssuedDate([ocrPage(['甲方(盖章) :  乙方(签字) :', '笠订昌期, 2020年7月31日  符订昌期, 2020年7月31 日'])], 'labor_contract');
    expect(d?.date).toBe('2020-07-31');
    expect(d!.confidence).toBeGreaterThanOrEqual(MIN_FIELD_CONFIDENCE);
  });
});

describe('a 纳税记录 dated only by its record number', () => {
  it('when no row could be read to check it, then the number date is kept for review', () => {
    const f = extractDocument([ocrPage(['中华人民共和国个人所得税纳税记录', '证明输号, (2021)京0114个证明71401178  查斋签证码 IFTQNIUOcR', '税款所属期  入库日期  征收项目  品目名称  实缴(退)金额  税务机关'])], { declaredKind: null });
    expect(f.issuedOn).toBe('2021-01-14');
    expect(f.issuedOnConfidence!).toBeLessThan(MIN_FIELD_CONFIDENCE);
  });
});
