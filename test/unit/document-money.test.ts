import { describe, expect, it } from 'vitest';
import { findMoney, parseMoney } from '../../workers/document/parse-money.ts';
import { parseCapitalAmount } from '../../workers/document/parse-capital-amount.ts';

describe('parseMoney', () => {
  it.each([
    ['12,345.67', 12345.67],
    ['12345.67', 12345.67],
    ['-1,234.00', -1234],
    ['¥500.00', 500],
    ['0.00', 0],
    ['１２，３４５．６７', 12345.67],
  ])('when the cell reads %s, then the amount is %d with full confidence', (raw, value) => {
    const r = parseMoney(raw.normalize('NFKC'));
    expect(r?.value).toBe(value);
    expect(r?.confidence).toBe(1);
  });

  it.each([
    ['15,OOO.00', 15000],
    ['l2,345.67', 12345.67],
    ['1S,000.00', 15000],
    ['12.345.67', 12345.67],
    ['12,345 67', 12345.67],
    ['12,345,67', 12345.67],
  ])('when OCR slipped (%s), then the amount %d is read with reduced confidence', (raw, value) => {
    const r = parseMoney(raw);
    expect(r?.value).toBe(value);
    expect(r!.confidence).toBeLessThan(1);
    expect(r!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('when the decimal point was dropped, then cents are inferred from the 2-decimal column with low confidence', () => {
    const r = parseMoney('1500000');
    expect(r?.value).toBe(15000);
    expect(r?.inferredPoint).toBe(true);
    expect(r!.confidence).toBeLessThan(0.6);
  });

  it.each([
    ['15;806.05', 15806.05],
    ['22)877.03', 22877.03],
    ['24:624.04', 24624.04],
    ['6;733:94', 6733.94],
    ['27;,067.93', 27067.93],
  ])('when the thousands comma or the point was read as ; : ) (%s), then the amount %d is whole, below full confidence', (raw, value) => {
    const r = findMoney(raw);
    expect(r.map((m) => m.value)).toEqual([value]);
    expect(r[0].confidence).toBeLessThan(1);
  });

  it('when a period or a time uses a colon (2021:02, 14:23), then no thousands group is made of it', () => {
    expect(findMoney('2021:02').some((m) => m.value > 2000)).toBe(false);
    expect(findMoney('14:23').some((m) => m.value === 1423)).toBe(false);
  });

  it('when a date was cut short ("2021.06.0"), then its head is not an amount', () => {
    expect(findMoney('2021.06.0          18776').map((m) => m.value)).toEqual([187.76]);
  });

  it('when a word is mostly letters, then it is not an amount', () => {
    expect(parseMoney('lOSS')).toBeNull();
  });
});

describe('parseCapitalAmount', () => {
  it.each([
    ['壹万贰仟叁佰肆拾伍元陆角柒分', 12345.67],
    ['贰仟叁佰陆拾玖元壹角贰分', 2369.12],
    ['壹拾万元整', 100000],
    ['拾元整', 10],
    ['壹仟零伍元整', 1005],
    ['负壹佰元整', -100],
  ])('when the total reads %s, then it is %d', (s, v) => {
    expect(parseCapitalAmount(s)).toBe(v);
  });
});
