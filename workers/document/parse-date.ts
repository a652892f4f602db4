import { normaliseOcrText } from './normalise-ocr-text.ts';
import { DIGITISH, fixDigitSlips, isMostlyDigits } from './fix-digit-slips.ts';

/** One date-like mention in a text: a real date, an open end (长期/至今/…), or an unfilled blank. */
export interface DateMention {
  kind: 'date' | 'open' | 'blank';
  /** 'YYYY-MM-DD' for kind 'date'. */
  iso: string | null;
  index: number;
  end: number;
  raw: string;
  /** 1 for a clean match; lower when slip letters were fixed or separators were mixed. */
  confidence: number;
}

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, O: 0, o: 0, 口: 0, 0: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
// 〇 is read as O, o, 0 or 口 from a pen; 一 written by hand as a dash ("三月-日").
const CN_YEAR = '[〇零○Oo口0一二三四五六七八九壹贰叁肆伍陆柒捌玖]';
const CN_SMALL = '[〇零○一二三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖拾元-]';
/** Marks standing for a numeral only in a pen's date (o, 口 for 〇; - for 一): read so, with a doubt. */
const CN_SLIP = /[o口-]/;
const D = DIGITISH;

const NUMERIC = new RegExp(
  `(?<![0-9A-Za-z])(${D}{4})\\s*(年|[./,-])\\s*(${D}{1,2})\\s*(月|[./,=-])\\s*(${D}{1,2})(?![0-9])(?:\\s*(日|号))?`,
  'g',
);
const COMPACT = /(?<![0-9A-Za-z])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])/g;
// A date with one of its two points lost: "202105.13", "2021.0513".
const ONE_POINT_DROPPED = /(?<![0-9A-Za-z.])((?:19|20)\d{2})(?:(0[1-9]|1[0-2])\.|\.(0[1-9]|1[0-2]))(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z.])/g;
// A date whose first point OCR read as a space: "2021 04.12" (never an amount: those group by three).
const SPACE_FOR_POINT = /(?<![0-9A-Za-z.,])((?:19|20)\d{2}) (0[1-9]|1[0-2])[./-](0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])/g;
// A range whose separators OCR dropped or turned into points: "2020090120200930", "202102.0120210228".
const GLUED_RANGE = /(?<![0-9A-Za-z])((?:19|20)\d{2})[.]?(0[1-9]|1[0-2])[.]?(0[1-9]|[12]\d|3[01])[.-]{0,2}((?:19|20)\d{2})[.]?(0[1-9]|1[0-2])[.]?(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])/g;
const CHINESE = new RegExp(`(${CN_YEAR}{4})\\s*年\\s*(${CN_SMALL}{1,3})\\s*月\\s*(${CN_SMALL}{1,4})\\s*[日号]`, 'g');
// 年 misread as another character ("2020 华6月30日") while 月 and 日 were read: a date, with a doubt.
const YEAR_MARK_SLIP = /(?<![0-9A-Za-z])((?:19|20)\d{2})\s*[\u4e00-\u9fff](?<![年月日至到起止自从])\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
// A year whose zero OCR read twice, once as a letter and once as 〇 ("二O〇一九年十月十九日"): one zero.
const CN_DOUBLED_ZERO = new RegExp(`([二一])(?:O〇|〇O|O○|○O)(${CN_YEAR}{2})\\s*年\\s*(${CN_SMALL}{1,3})\\s*月\\s*(${CN_SMALL}{1,4})\\s*[日号]`, 'g');
const BLANK = /(?<![0-9〇零一二三四五六七八九十])(?:_+|\s)*年(?:_+|\s)*月(?:_+|\s)*日/g;
const OPEN = /长期|至今|无固定期限|永久|不定期/g;

function cnSmall(s: string): number | null {
  if (s === '元') return 1;
  // A dash is 一 only where 一 stands alone or last (一, 十一, 二十一): a run of dashes is a blank.
  if (s.includes('-') && !/^(?:[二三]?十)?-$/.test(s)) return null;
  const t = s.replace(/-/g, '一').replace(/拾/g, '十').replace(/廿/g, '二十').replace(/卅/g, '三十');
  if (t.includes('十')) {
    const [a, b] = t.split('十');
    if (t.split('十').length > 2) return null;
    const tens = a === '' ? 1 : a === '零' || a === '〇' ? 1 : CN_DIGIT[a];
    const units = b === '' ? 0 : CN_DIGIT[b];
    if (tens === undefined || units === undefined || a.length > 1 || b.length > 1) return null;
    return tens * 10 + units;
  }
  let n = 0;
  for (const ch of t) {
    const d = CN_DIGIT[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return t.length > 0 && t.length <= 2 ? n : null;
}

/** Builds 'YYYY-MM-DD' when the date exists in the calendar (2021-02-30 is rejected, not rolled over). */
export function isoFromParts(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every date, open end and blank in a text, in order. The text is normalised first. */
export function findDates(text: string): DateMention[] {
  const t = normaliseOcrText(text);
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const push = (m: DateMention) => {
    if (!free(m.index, m.end)) return;
    taken.push([m.index, m.end]);
    out.push(m);
  };
  for (const m of t.matchAll(NUMERIC)) {
    const [raw, y, s1, mo, s2, d] = m;
    if (!isMostlyDigits(y + mo + d)) continue;
    const fy = fixDigitSlips(y), fm = fixDigitSlips(mo), fd = fixDigitSlips(d);
    if ((s1 === '年') !== (s2 === '月')) continue;
    const iso = isoFromParts(+fy.text, +fm.text, +fd.text);
    if (!iso) continue;
    const fixes = fy.fixes + fm.fixes + fd.fixes;
    // "=" is a hyphen read twice ("2021-05=13", source B tune): mixed like a comma.
    const mixed = (s1 !== '年' && s1 !== s2) || s1 === ',' || s2 === ',';
    const confidence = Math.max(0.5, 1 - 0.15 * fixes - (mixed ? 0.15 : 0));
    push({ kind: 'date', iso, index: m.index!, end: m.index! + raw.length, raw, confidence });
  }
  for (const m of t.matchAll(CHINESE)) {
    const [raw, y, mo, d] = m;
    let year = 0;
    for (const ch of y) year = year * 10 + (CN_DIGIT[ch] ?? NaN);
    // 二 and 三 differ by one stroke: a year in the 3000s is a 二 misread.
    let slip = false;
    if (year >= 3000 && year < 3100 && y[0] === '三') {
      year -= 1000;
      slip = true;
    }
    const month = cnSmall(mo);
    const day = cnSmall(d);
    const iso = month !== null && day !== null ? isoFromParts(year, month, day) : null;
    if (!iso) continue;
    // A year of digits is the NUMERIC pattern's; here only 〇 may stand as a 0 among numerals.
    if (/^[0-9]+$/.test(y)) continue;
    push({ kind: 'date', iso, index: m.index!, end: m.index! + raw.length, raw, confidence: slip ? 0.8 : CN_SLIP.test(y + mo + d) ? 0.85 : 0.95 });
  }
  for (const m of t.matchAll(YEAR_MARK_SLIP)) {
    const iso = isoFromParts(+m[1], +m[2], +m[3]);
    if (iso) push({ kind: 'date', iso, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: 0.75 });
  }
  for (const m of t.matchAll(CN_DOUBLED_ZERO)) {
    let year = 0;
    for (const ch of m[1] + '〇' + m[2]) year = year * 10 + (CN_DIGIT[ch] ?? NaN);
    const month = cnSmall(m[3]);
    const day = cnSmall(m[4]);
    const iso = month !== null && day !== null ? isoFromParts(year, month, day) : null;
    if (iso) push({ kind: 'date', iso, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: 0.8 });
  }
  for (const m of t.matchAll(ONE_POINT_DROPPED)) {
    const iso = isoFromParts(+m[1], +(m[2] ?? m[3]), +m[4]);
    if (iso) push({ kind: 'date', iso, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: 0.8 });
  }
  for (const m of t.matchAll(SPACE_FOR_POINT)) {
    const iso = isoFromParts(+m[1], +m[2], +m[3]);
    if (iso) push({ kind: 'date', iso, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: 0.8 });
  }
  for (const m of t.matchAll(GLUED_RANGE)) {
    const a = isoFromParts(+m[1], +m[2], +m[3]);
    const b = isoFromParts(+m[4], +m[5], +m[6]);
    if (!a || !b || b < a) continue;
    // Split where the second year starts; the pair then reads as any range does.
    const cut = m.index! + m[0].lastIndexOf(m[4], m[0].length - 4);
    push({ kind: 'date', iso: a, index: m.index!, end: cut, raw: t.slice(m.index!, cut), confidence: 0.8 });
    push({ kind: 'date', iso: b, index: cut, end: m.index! + m[0].length, raw: t.slice(cut, m.index! + m[0].length), confidence: 0.8 });
  }
  for (const m of t.matchAll(COMPACT)) {
    const iso = isoFromParts(+m[1], +m[2], +m[3]);
    if (iso) push({ kind: 'date', iso, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: 0.9 });
  }
  for (const m of t.matchAll(BLANK)) {
    const raw = m[0];
    const start = m.index! + (raw.length - raw.trimStart().length);
    push({ kind: 'blank', iso: null, index: start, end: m.index! + raw.length, raw: raw.trim(), confidence: 1 });
  }
  for (const m of t.matchAll(OPEN)) {
    push({ kind: 'open', iso: null, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: 1 });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Any written date → 'YYYY-MM-DD': 2020年3月1日, 2020.3.1, 2020-03-01, 2020/3/1, 20200301,
 * 二〇二〇年三月一日, 贰零贰零年叁月壹日. Open ends (长期, 至今) and unfilled blanks give null.
 */
export function parseChineseDate(s: string): string | null {
  const first = findDates(s)[0];
  return first?.kind === 'date' ? first.iso : null;
}
