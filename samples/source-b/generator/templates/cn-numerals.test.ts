import { describe, expect, it } from 'vitest';
import { cnCount, cnDate, cnDateParts, cnYear } from './cn-numerals.ts';

describe('cnYear', () => {
  it.each([
    [2021, '二〇二一'],
    [2000, '二〇〇〇'],
    [1998, '一九九八'],
    [2010, '二〇一〇'],
  ])('%i → %s', (y, want) => expect(cnYear(y)).toBe(want));
  it('writes 零 when asked', () => expect(cnYear(2020, '零')).toBe('二零二零'));
});

describe('cnCount', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [20, '二十'],
    [28, '二十八'],
    [30, '三十'],
    [31, '三十一'],
  ])('%i → %s', (n, want) => expect(cnCount(n)).toBe(want));
  it.each([0, 100, 1.5])('rejects %s', (n) => expect(() => cnCount(n)).toThrow(RangeError));
});

describe('cnDate', () => {
  it.each([
    ['2021-03-01', '二〇二一年三月一日'],
    ['2024-02-28', '二〇二四年二月二十八日'],
    ['2020-12-31', '二〇二〇年十二月三十一日'],
    ['2019-10-10', '二〇一九年十月十日'],
    ['2000-01-20', '二〇〇〇年一月二十日'],
  ])('%s → %s', (iso, want) => expect(cnDate(iso)).toBe(want));
  it('splits into the parts a form asks for', () => expect(cnDateParts('2024-02-28')).toEqual(['二〇二四', '二', '二十八']));
  it('rejects a non-ISO date', () => expect(() => cnDate('2021/3/1')).toThrow(RangeError));
});
