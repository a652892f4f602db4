import { normaliseOcrText } from './normalise-ocr-text.ts';
import { DIGITISH, fixDigitSlips, isMostlyDigits } from './fix-digit-slips.ts';
import { findDates } from './parse-date.ts';

/** A tax period found in a row: 'YYYY-MM' with where it sits in the (normalised) text. */
export interface MonthMention {
  month: string;
  index: number;
  end: number;
  raw: string;
  confidence: number;
}

const D = DIGITISH;
// 2021-07, 2021.07, 2021/07, 2021年07月, 202107 — never followed by a day.
const YEAR_MONTH = new RegExp(
  `(?<![0-9A-Za-z])(${D}{4})\\s*(年|[./-])\\s*(${D}{1,2})(?:\\s*月)?(?!\\s*[./-]?\\s*[0-9]{1,2}(?![0-9,]))(?![0-9])`,
  'g',
);
// 2021年07 with its 月 wrapped to the next line and a row number after it ("2021年07  2 工资…"): after
// 年 a following number is a day only with 日 after it (and a one-digit month's own second digit
// with 月: "2021年1 2月" is no January).
const CN_YEAR_MONTH = new RegExp(`(?<![0-9A-Za-z])(${D}{4})\\s*(年)\\s*(${D}{1,2})(?:\\s*月)?(?!\\s*[0-9]{1,2}\\s*[日号])(?![0-9])`, 'g');
const COMPACT = /(?<![0-9A-Za-z.,])((?:19|20)\d{2})(0[1-9]|1[0-2])(?![0-9A-Za-z.,])/g;
// The end of a range cut to its year, or year and month: "至2023-", "到2024", "至2020-09-".
const TRUNCATED_END = /^\s*(?:至|到|~|-)\s*(?:19|20)\d{2}\s*[-./年]?(?:\s*(?:0?[1-9]|1[0-2])\s*[-./月])?(?![0-9])/;

/**
 * Periods written as months, or as date ranges (2021-07-01至2021-07-31, 2021.07.01-2021.07.31):
 * a range or a full date gives its start month. Returns every mention in order.
 */
export function findMonths(text: string): MonthMention[] {
  const t = normaliseOcrText(text);
  const out: MonthMention[] = [];
  const dates = findDates(t).filter((d) => d.kind === 'date');
  const days = new Map<MonthMention, string>();
  for (const d of dates) {
    const mention = { month: d.iso!.slice(0, 7), index: d.index, end: d.end, raw: d.raw, confidence: d.confidence };
    out.push(mention);
    days.set(mention, d.iso!);
  }
  const free = (a: number, b: number) => out.every((m) => b <= m.index || a >= m.end);
  for (const m of [...t.matchAll(YEAR_MONTH), ...t.matchAll(CN_YEAR_MONTH)]) {
    const [raw, y, , mo] = m;
    if (!isMostlyDigits(y + mo)) continue;
    if (mo.length === 1 && /^\s*[0-9]\s*月/.test(t.slice(m.index! + raw.length))) continue;
    const fy = fixDigitSlips(y), fm = fixDigitSlips(mo);
    const year = +fy.text, month = +fm.text;
    if (year < 1990 || year > 2100 || month < 1 || month > 12) continue;
    if (!free(m.index!, m.index! + raw.length)) continue;
    out.push({
      month: `${year}-${String(month).padStart(2, '0')}`,
      index: m.index!, end: m.index! + raw.length, raw,
      confidence: Math.max(0.5, 1 - 0.15 * (fy.fixes + fm.fixes)),
    });
  }
  for (const m of t.matchAll(COMPACT)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    out.push({ month: `${m[1]}-${m[2]}`, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: 0.85 });
  }
  out.sort((a, b) => a.index - b.index);
  // A range (start 至 end) is one period: keep its start month, spanning both ends.
  const merged: MonthMention[] = [];
  const ranges = new Set<MonthMention>();
  for (const m of out) {
    const prev = merged[merged.length - 1];
    // Cells side by side are two periods; a separator, or none at all (glued by OCR), is one range.
    // A mention that is already a range takes no third part: "2020-09-01至2020-09- 2020-10-15" is a
    // range cut short and the paid date beside it.
    // A tax period closes on a month's last day: a full date after "至" that does not is the paid
    // date beside a range whose end wrapped onto the next line ("2020.09.01至 2020.10.12" / "2020.09.30").
    const closes = !days.has(m) || isMonthEnd(days.get(m)!) || (prev !== undefined && prev.month === m.month);
    if (prev && closes && !ranges.has(prev) && /^(\s*(至|-|~|到)\s*|[.-]{0,2})$/.test(t.slice(prev.end, m.index))) {
      ranges.add(prev);
      prev.end = m.end;
      prev.raw = t.slice(prev.index, m.end);
      prev.confidence = Math.min(prev.confidence, m.confidence);
      continue;
    }
    merged.push(m);
  }
  for (const [i, m] of merged.entries()) {
    // A range whose end the cell cut short ("2023-05-01至2023-", the rest wrapped below): the stub is
    // part of the period, never an amount (a bare "2023" would read as 20.23 with an inferred point).
    if (!/\d[./-]\d{1,2}[./-]\d|日/.test(m.raw)) continue;
    const stub = TRUNCATED_END.exec(t.slice(m.end));
    const next = merged[i + 1]?.index ?? t.length;
    if (stub && m.end + stub[0].trimEnd().length <= next) {
      m.end += stub[0].trimEnd().length;
      m.raw = t.slice(m.index, m.end);
    }
  }
  return merged;
}

/** True for 'YYYY-MM-DD' on the last day of its month. */
function isMonthEnd(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}
