import { fixDigitSlips } from './fix-digit-slips.ts';

/** A money amount read from a table cell, with how sure the reading is. */
export interface MoneyReading {
  value: number;
  raw: string;
  index: number;
  end: number;
  /** 1 = clean `12,345.67`; lower when slips were fixed or a decimal point had to be inferred. */
  confidence: number;
  /** True when the decimal point was missing and inferred from the column's 2-decimal format. */
  inferredPoint: boolean;
  /** True when the reading printed exactly two decimals (the tax tables' format). */
  cents: boolean;
}

// A money-like run: optional sign/¥, digits with slip letters, separators , . and single spaces.
// A "|" opening a run is a cell's ruling ("| 54.05"), never a digit 1.
const MONEY_RUN = /(?<![0-9A-Za-z.,])([-一]?\s?[¥￥]?\s?-?)(?!\|)([0-9OoDlI|S]{1,3}(?:[,.][0-9OoDlI|S]{3})*(?:[.,][0-9OoDlI|S]{2}|\s[0-9]{2})?|[0-9OoDlI|S]+(?:[.,][0-9OoDlI|S]{1,2})?)(?![0-9A-Za-z])/g;

/**
 * Reads one amount. Accepts `12,345.67`, `12345.67`, `-1,234.00`, `¥…`, `12.345.67` (comma read as
 * a point), `12,345 67` (point read as a space) and slip letters. `expectDecimals` (2 for every tax
 * table) lets a run of digits without a point be read as cents — with low confidence, because it is
 * an inference the reviewer should see.
 */
export function parseMoney(raw: string, expectDecimals = 2): MoneyReading | null {
  const all = findMoney(raw, expectDecimals);
  return all.length === 1 ? all[0] : null;
}

/** Every amount-like run in a text (already normalised), in order. */
export function findMoney(text: string, expectDecimals = 2): MoneyReading[] {
  const out: MoneyReading[] = [];
  // The thousands comma read as ; : or ) or doubled (";,"): "15;806.05", "22)877.03", "27;,067.93";
  // only where three digits and the cents follow, so a time (14:23) or a period (2021:02) is never
  // taken for one. `at` maps the cleaned text back into the caller's, for index and raw.
  const { t, at, slipped } = fixSeparatorSlips(text);
  for (const m of t.matchAll(MONEY_RUN)) {
    // Amounts are printed without leading zeros: "08.18" is a date's month and day, not money.
    if (/^0[0-9]/.test(m[2])) continue;
    const reading = readRun(m[1], m[2], expectDecimals);
    if (!reading) continue;
    const from = m.index! + (m[0].length - m[0].trimStart().length);
    const to = m.index! + m[0].length;
    // A run that goes on with ".d" is a date cut short ("2021.06.0"), not an amount.
    if (/^[.,][0-9]/.test(t.slice(to))) continue;
    const slips = slipped.filter((i) => i >= from && i < to).length;
    // "1,12|": a comma before two digits with a ruling right after is as likely a thousands group
    // whose third digit OCR took for the ruling (1,128.37) as a point read as a comma.
    const cut = /^[0-9]{1,3},[0-9]{2}$/.test(m[2]) && text[at[to - 1] + 1] === '|' ? CUT_GROUP_DOUBT : 0;
    const confidence = Math.max(0.05, reading.confidence - 0.15 * slips - cut);
    const index = at[from];
    const end = at[to - 1] + 1;
    out.push({ ...reading, confidence, raw: text.slice(index, end).trim(), index, end });
  }
  return out;
}

/** Taken off a "1,12|" reading (see findMoney): its row falls below MIN_FIELD_CONFIDENCE. */
const CUT_GROUP_DOUBT = 0.4;

// Also the comma printed with a speck beside it (",." / ".,": "20,.280.00"), read on source B's tune
// income printouts; only before three digits and the cents, like the other slips.
// And a space read before the comma ("20 ,280.00").
// And the comma read as a space after a lone group ("1 195.27"): only where one to three digits stand
// alone before it, so a row number or a date's day does not run into the amount.
const GROUP_SLIP = /(?<=[0-9OoDlI|S])(?:[;:)],?|,[;:).]|\.,| ,|(?<=(?:^|[\s|])[0-9]{1,3}) )(?=[0-9]{3}[.,;:][0-9]{2}(?![0-9]))/g;
// The point read as a letter ("300N32", "932R91") in a standalone cell of up to three digits and
// the cents, or followed by a space ("853. 26"); source B tune tax records under a seal.
const LETTER_POINT = /(?<=(?<![0-9A-Za-z.,])[0-9]{1,3})(?:[A-HJ-NP-RT-Za-hj-km-np-rt-z]|\. )(?=[0-9]{2}(?![0-9A-Za-z.,]))/g;
// A cell's ruling read as "|" right after the cents ("651.31|"): the border, not a digit 1.
const CELL_BORDER = /(?<=[0-9][.,][0-9]{2})\|(?![0-9])/g;
// The point read as ; or : after a thousands group ("6;733:94"); a bare "2021:02" stays a period.
const POINT_SLIP = /(?<=[0-9],[0-9]{3})[;:](?=[0-9]{2}(?![0-9]))/g;

/** `text` with separator slips replaced; `at[i]` is the index in `text` of character i, `slipped` where fixes were made (cleaned indices). */
function fixSeparatorSlips(text: string): { t: string; at: number[]; slipped: number[] } {
  let t = '';
  const at: number[] = [];
  const slipped: number[] = [];
  const marks = new Map<number, { len: number; to: string; border?: boolean }>();
  for (const m of text.matchAll(GROUP_SLIP)) marks.set(m.index!, { len: m[0].length, to: ',' });
  for (const m of text.matchAll(LETTER_POINT)) marks.set(m.index!, { len: m[0].length, to: '.' });
  for (const m of text.matchAll(CELL_BORDER)) marks.set(m.index!, { len: 1, to: ' ', border: true });
  for (let i = 0; i < text.length; ) {
    const mark = marks.get(i);
    if (mark) {
      if (!mark.border) slipped.push(t.length);
      t += mark.to;
      at.push(i);
      i += mark.len;
      continue;
    }
    t += text[i];
    at.push(i);
    i++;
  }
  // Point slips once the group slips are fixed, so "6;733:94" reads whole (same length: `at` holds).
  const out = t.replace(POINT_SLIP, (_m, k: number) => {
    slipped.push(k);
    return '.';
  });
  at.push(text.length);
  return { t: out, at, slipped };
}

function readRun(prefix: string, body: string, expectDecimals: number): Omit<MoneyReading, 'raw' | 'index' | 'end'> | null {
  let cents = false;
  const negative = /-|一/.test(prefix);
  const { text, fixes } = fixDigitSlips(body);
  const realDigits = (body.match(/[0-9]/g) ?? []).length;
  // A fully formed amount (groups of three, two decimals) tolerates more slip letters than a bare run.
  const wellFormed = /^[0-9OoDlI|S]{1,3}(,[0-9OoDlI|S]{3})+\.[0-9OoDlI|S]{2}$/.test(body);
  if (realDigits === 0 || fixes > (wellFormed ? realDigits : realDigits / 2)) return null;
  let confidence = 1 - 0.1 * fixes;
  if (prefix.includes('一')) confidence -= 0.15;
  let inferredPoint = false;
  let value: number;
  const spaced = /^(.*)\s([0-9]{2})$/.exec(text);
  const sepMatch = /^(.*)([.,])([0-9]{1,2})$/.exec(text);
  if (spaced) {
    value = Number(spaced[1].replace(/[.,]/g, '') + '.' + spaced[2]);
    cents = true;
    confidence -= 0.15;
  } else if (sepMatch && !/^[0-9]{1,3}([.,][0-9]{3})+$/.test(text)) {
    const intPart = sepMatch[1];
    if (sepMatch[2] === ',' || intPart.includes('.')) confidence -= 0.15; // separator misread
    if (sepMatch[3].length !== expectDecimals) confidence -= 0.2;
    else cents = true;
    if (intPart !== '' && !/^[0-9]{1,3}([.,][0-9]{3})*$/.test(intPart) && !/^[0-9]+$/.test(intPart)) return null;
    value = Number(intPart.replace(/[.,]/g, '') + '.' + sepMatch[3]);
  } else if (/^[0-9]{1,3}([.,][0-9]{3})+$/.test(text) || /^[0-9]+$/.test(text)) {
    const digits = text.replace(/[.,]/g, '');
    if (expectDecimals > 0 && digits.length > expectDecimals) {
      // The column always prints cents: a point that is missing was dropped by OCR.
      value = Number(digits.slice(0, -expectDecimals) + '.' + digits.slice(-expectDecimals));
      inferredPoint = true;
      confidence -= 0.45;
    } else {
      value = Number(digits);
      confidence -= 0.3;
    }
  } else return null;
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, confidence: Math.max(0.05, Math.min(1, confidence)), inferredPoint, cents };
}

/**
 * The readings of a row that can be money cells (two decimals printed, or a point inferred). With more
 * of them than the table has money columns (`columns` > 0), readings whose point was inferred (a
 * digit run such as half an identifier "91110101" → 911101.01) give way to the printed ones when
 * those still fill every column.
 */
export function amountCells(money: MoneyReading[], columns: number): MoneyReading[] {
  const all = money.filter((m) => m.cents || m.inferredPoint);
  if (columns <= 0 || all.length <= columns) return all;
  const printed = all.filter((m) => m.cents);
  return printed.length >= columns ? printed : all;
}
