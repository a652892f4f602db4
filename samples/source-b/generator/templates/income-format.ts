/**
 * Text formatting shared by the income and tax templates (收入纳税明细, 纳税记录): escaping, money,
 * months and dates the way the app and the web pages print them, masked ID numbers.
 */
import type { RandomStream } from '../rng.ts';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 12345.6 → "12345.60", or "12,345.60" with thousands separators. */
export function money(n: number, grouped = false): string {
  const fixed = n.toFixed(2);
  if (!grouped) return fixed;
  const [int, dec] = fixed.split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

export type MonthStyle = 'dash' | 'cn';
/** '2021-07' → 2021-07 | 2021年07月. */
export function month(period: string, style: MonthStyle): string {
  const [y, m] = period.split('-');
  return style === 'dash' ? `${y}-${m}` : `${y}年${m}月`;
}

export type DateStyle = 'dash' | 'dot' | 'cn';
/** '2021-08-15' → 2021-08-15 | 2021.08.15 | 2021年08月15日. */
export function day(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-');
  if (style === 'dash') return `${y}-${m}-${d}`;
  if (style === 'dot') return `${y}.${m}.${d}`;
  return `${y}年${m}月${d}日`;
}

/** Last day of a 'YYYY-MM' month. */
export function monthEnd(period: string): string {
  const [y, m] = period.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${period}-${String(last).padStart(2, '0')}`;
}

/** The app hides most of the ID number; which digits stay differs between versions. */
export function maskedId(id: string, rng: RandomStream): string {
  const style = rng.integer(0, 2);
  if (style === 0) return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;
  if (style === 1) return `${id.slice(0, 1)}${'*'.repeat(16)}${id.slice(-1)}`;
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}

/** First and last period of the rows (rows may come in any order). */
export function periodRange(periods: string[]): { from: string; to: string } {
  const sorted = [...periods].sort();
  return { from: sorted[0] ?? '', to: sorted[sorted.length - 1] ?? '' };
}

export function sum(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿'];

/** Amount in Chinese capital numerals as on tax certificates: 12345.60 → 壹万贰仟叁佰肆拾伍元陆角. */
export function amountInWords(n: number): string {
  const fen = Math.round(Math.abs(n) * 100);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cent = fen % 10;
  let intText = '';
  if (yuan === 0) intText = '零';
  else {
    const groups: number[] = [];
    for (let v = yuan; v > 0; v = Math.floor(v / 10000)) groups.push(v % 10000);
    let needZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g]!;
      if (group === 0) {
        needZero = intText !== '';
        continue;
      }
      if (needZero || (intText !== '' && group < 1000)) intText += '零';
      needZero = false;
      let zeroPending = false;
      for (let pos = 3; pos >= 0; pos--) {
        const d = Math.floor(group / 10 ** pos) % 10;
        if (d === 0) {
          if (intText !== '' && !intText.endsWith('零')) zeroPending = true;
          continue;
        }
        if (zeroPending) intText += '零';
        zeroPending = false;
        intText += DIGITS[d]! + SMALL_UNITS[pos]!;
      }
      intText += BIG_UNITS[g]!;
    }
    // A group that ended in zeros left a trailing 零 only when followed by nothing.
    intText = intText.replace(/零+$/, '');
  }
  let text = `${n < 0 ? '负' : ''}${intText}元`;
  if (jiao === 0 && cent === 0) return `${text}整`;
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  else if (yuan > 0) text += '零';
  if (cent > 0) text += `${DIGITS[cent]}分`;
  return text;
}
