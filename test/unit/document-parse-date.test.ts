import { describe, expect, it } from 'vitest';
import { findDates, parseChineseDate } from '../../workers/document/parse-date.ts';
import { findMonths } from '../../workers/document/parse-month.ts';

describe('parseChineseDate', () => {
  it.each([
    ['2020年3月1日', '2020-03-01'],
    ['2020年03月01日', '2020-03-01'],
    ['2020 年 3 月 1 日', '2020-03-01'],
    ['２０２０年３月１日', '2020-03-01'],
    ['2020.3.1', '2020-03-01'],
    ['2020.03.01', '2020-03-01'],
    ['2020-03-01', '2020-03-01'],
    ['2020/3/1', '2020-03-01'],
    ['20200301', '2020-03-01'],
    ['二〇二〇年三月一日', '2020-03-01'],
    ['二零二零年三月一日', '2020-03-01'],
    ['二〇二三年二月二十八日', '2023-02-28'],
    ['二〇二〇年十二月三十一日', '2020-12-31'],
    ['二〇二〇年十月十日', '2020-10-10'],
    ['贰零贰零年叁月壹日', '2020-03-01'],
    ['贰零贰叁年拾贰月贰拾捌日', '2023-12-28'],
    ['2O21.O3.01', '2021-03-01'],
    ['自2020年3月1日起', '2020-03-01'],
  ])('when the text is %s, then it reads as %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });

  it.each([['至今'], ['长期'], ['无固定期限'], ['____年__月__日'], ['    年   月   日'], ['2021年2月30日'], ['2021.13.01'], ['']])(
    'when the text is %j, then there is no date',
    (text) => {
      expect(parseChineseDate(text)).toBeNull();
    },
  );

  it('when an ID number contains a birth date, then it is not read as a date', () => {
    expect(findDates('身份证号码：110105199001011234').filter((d) => d.kind === 'date')).toEqual([]);
  });

  it('when a range ends 长期, then the open end is reported', () => {
    expect(findDates('2015.03.01-长期').map((d) => d.kind)).toEqual(['date', 'open']);
  });

  it('when a blank template date appears, then it is reported as a blank', () => {
    expect(findDates('自____年__月__日起').map((d) => d.kind)).toEqual(['blank']);
  });
});

describe('findMonths', () => {
  it.each([
    ['2021-07', '2021-07'],
    ['2021年07月', '2021-07'],
    ['2021年7月', '2021-07'],
    ['2021.07', '2021-07'],
    ['202107', '2021-07'],
    ['2021.07.01-2021.07.31', '2021-07'],
    ['2021-07-01至2021-07-31', '2021-07'],
    ['2O21-O7', '2021-07'],
  ])('when a period is written %s, then its month is %s', (text, month) => {
    const m = findMonths(text);
    expect(m).toHaveLength(1);
    expect(m[0].month).toBe(month);
  });

  it('when a month is followed by an amount, then the amount is not taken as a day', () => {
    expect(findMonths('2021-07 15,000.00').map((m) => m.month)).toEqual(['2021-07']);
  });
});
