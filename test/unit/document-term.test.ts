import { describe, expect, it } from 'vitest';
import { extractTerm } from '../../workers/document/extract-term.ts';
import { ocrPage } from './document-page-fixture.ts';

describe('extractTerm', () => {
  it.each([
    ['本合同期限自2020年3月1日起至2023年2月28日止', '2020-03-01', '2023-02-28'],
    ['合同期限：自 2020 年 03 月 01 日 起至 2023 年 02 月 28 日 止', '2020-03-01', '2023-02-28'],
    ['合同期限：2020.3.1 至 2023.2.28', '2020-03-01', '2023-02-28'],
    ['合同期限：2020-03-01 至 2023-02-28', '2020-03-01', '2023-02-28'],
    ['合同期限：2020/3/1-2023/2/28', '2020-03-01', '2023-02-28'],
    ['合同期限自二〇二〇年三月一日起至二〇二三年二月二十八日止', '2020-03-01', '2023-02-28'],
    ['合同期限自二零二零年三月一日起至二零二三年二月二十八日止', '2020-03-01', '2023-02-28'],
    ['合同期限自贰零贰零年叁月壹日起至贰零贰叁年贰月贰拾捌日止', '2020-03-01', '2023-02-28'],
    ['合同期限自 2O20 年 3 月 l 日起至 2023 年 2 月 28 日止', '2020-03-01', '2023-02-28'],
  ])('when a fixed-term contract says %s, then the term is %s – %s', (line, start, end) => {
    const t = extractTerm([ocrPage(['劳动合同书', '固定期限劳动合同', line])], 'labor_contract');
    expect(t).toMatchObject({ start, end, openEnded: false, page: 1 });
    expect(t!.text).toContain('期限');
    expect(t!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('when a probation range comes first, then the contract term still wins', () => {
    const t = extractTerm([ocrPage(['试用期自2020年3月1日起至2020年5月31日止', '合同期限自2020年3月1日起至2023年2月28日止'])], 'labor_contract');
    expect([t!.start, t!.end]).toEqual(['2020-03-01', '2023-02-28']);
  });

  it('when the ticked box is 无固定期限, then the end is null and the term is open-ended', () => {
    const t = extractTerm([ocrPage(['□固定期限 ☑无固定期限 □以完成一定工作任务为期限', '合同期限自2020年3月1日起'])], 'labor_contract');
    expect(t).toMatchObject({ start: '2020-03-01', end: null, openEnded: true });
  });

  it('when the contract runs until a task is done, then it is task-based with no end', () => {
    const t = extractTerm([ocrPage(['本合同以完成一定工作任务为期限，自2020年3月1日起至工作任务完成时止'])], 'labor_contract');
    expect(t).toMatchObject({ start: '2020-03-01', end: null, openEnded: true, taskBased: true });
  });

  it('when the dates were left blank, then there are no dates and confidence is below the cut-off', () => {
    const t = extractTerm([ocrPage(['固定期限', '合同期限自 ____年__月__日起至____年__月__日止'])], 'labor_contract');
    expect(t).toMatchObject({ start: null, end: null, openEnded: false });
    expect(t!.confidence).toBeLessThan(0.6);
  });

  it('when a lease states its term, then start and end are read', () => {
    const t = extractTerm([ocrPage(['租赁期共12个月，自2021年3月1日起至2022年2月28日止'])], 'lease_contract');
    expect([t!.start, t!.end, t!.openEnded]).toEqual(['2021-03-01', '2022-02-28', false]);
  });

  it.each([
    ['有效期限 2015.03.01-2035.03.01', '2015-03-01', '2035-03-01', false],
    ['有效期限 2015.03.01-长期', '2015-03-01', null, true],
  ])('when an ID card reads %s, then its validity is read', (line, start, end, openEnded) => {
    const t = extractTerm([ocrPage(['签发机关 北京市公安局海淀分局', line])], 'id_card');
    expect(t).toMatchObject({ start, end, openEnded });
  });

  it('when a 居住证 carries endorsements, then the latest validity end counts', () => {
    const t = extractTerm([ocrPage(['北京市居住证', '有效期限：2021年3月1日至2022年3月1日', '签注有效期至2023年3月1日'])], 'residence_permit');
    expect(t!.end).toBe('2023-03-01');
  });
});

describe('term clauses across lines, pages and hands', () => {
  it.each([
    ['labor_contract', [['第七条 本合同期限自2019 年3  月1  日起', '第1页共2页'], ['至 2022 年 2 月28 日止', '第八条 乙方同意…']], '2019-03-01', '2022-02-28', 'split across two pages, page number between'],
    ['labor_contract', [['第七条 本合同期限自二〇二一年三月一日起', '第 1 页 / 共 2 页'], ['至二〇二四年二月二十八日止。']], '2021-03-01', '2024-02-28', 'Chinese numerals split across two pages'],
    ['labor_contract', [['第二条 本合同期限自2021年3月1日起至', '2024年2月28日止。']], '2021-03-01', '2024-02-28', 'split across two lines'],
    ['labor_contract', [['第一条  本合同期限2021-03-01 至 2024-02-28 。']], '2021-03-01', '2024-02-28', 'ISO dates'],
    ['lease_contract', [['第二条 租赁期限 租赁期共24个月,自二〇二一年三月十三日起至二〇二三年三月十三日 止']], '2021-03-13', '2023-03-13', 'a lease in Chinese numerals'],
    ['lease_contract', [['二、租赁期限 租赁期共 24 个月,自 2021 年 5 月 13 日起至 2023 年 5 月13. ']], '2021-05-13', '2023-05-13', 'handwritten into 年 月 日 blanks, the last 日 lost'],
    ['id_card', [['签发机关 北京市公安局', '有效期限 2015.03.01-2025.03.01']], '2015-03-01', '2025-03-01', 'an ID card'],
  ] as const)('when a %s term is written as in %j, then it reads %s – %s (%s)', (kind, pages, start, end, _how) => {
    const t = extractTerm(pages.map((lines, i) => ocrPage([...lines], i + 1)), kind);
    expect([t?.start, t?.end]).toEqual([start, end]);
    expect(t!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('when a page ends with a term start and the next page opens with an unrelated range, then only a linked clause counts', () => {
    const t = extractTerm([ocrPage(['合同期限为无固定期限,自2023 年 10 月 1 日起', '第1页共2页'], 1), ocrPage(['试用期自2023年10月1日至2023年12月31日'], 2)], 'labor_contract');
    expect(t).toMatchObject({ start: '2023-10-01', end: null });
  });
});
