import type { TextRow } from './group-rows.ts';
import { findMonths, type MonthMention } from './parse-month.ts';
import { findMoney, type MoneyReading } from './parse-money.ts';

/** A table row split into what the parsers care about: periods/dates, amounts, and the text left over. */
export interface RowTokens {
  months: MonthMention[];
  money: MoneyReading[];
  /** Text with dates, amounts and long identifiers blanked out: item, payer, authority live here. */
  rest: string[];
  /** Digit tokens left after the amounts were taken (e.g. a cell OCR cut to "2"): they still fill a column. */
  strays: Array<{ index: number; raw: string }>;
}

const ID_LIKE = /(?<![0-9A-Z])[0-9A-Z]{15,20}(?![0-9A-Z])/g;
const NOISE_LINE = /https?:|www\.|\.html|\b\d{1,2}:\d{2}\b|第\s*\d+\s*页|共\s*\d+\s*页|^\s*\d+\s*\/\s*\d+\s*$/;

/** Print headers and footers (URL, time of day, page numbers): never a data row. */
export function isPrintNoise(text: string): boolean {
  return NOISE_LINE.test(text);
}

export function readTableRow(row: TextRow): RowTokens {
  let text = row.text;
  const months = findMonths(text);
  text = blank(text, months);
  text = text.replace(ID_LIKE, (m) => ' '.repeat(m.length));
  // The row number (序号) opens the row; it is not an amount.
  text = text.replace(/^\s*[0-9]{1,3}(?=\s)/, (m) => ' '.repeat(m.length));
  const money = findMoney(text);
  text = blank(text, money);
  const strays = [...text.matchAll(/(?<![\w])[0-9][0-9A-Za-z.,]*/g)].map((m) => ({ index: m.index!, raw: m[0] }));
  const rest = text
    .split(/\s{2,}|[|]/)
    .map((s) => s.replace(/[¥￥元]/g, '').trim())
    .filter((s) => /[\u3400-\u9fff]/.test(s));
  return { months, money, rest, strays };
}

function blank(text: string, spans: Array<{ index: number; end: number }>): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.index) + '  ' + ' '.repeat(Math.max(0, s.end - s.index - 2)) + out.slice(s.end);
  return out;
}
