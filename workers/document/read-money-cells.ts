import { findMoney, type MoneyReading } from './parse-money.ts';
import { INCOME_ITEMS, looksLikeOrganisation, matchVocabulary } from './match-vocabulary.ts';

/**
 * The last `count` cells of a table row, read as the header's trailing money columns. A seal or a
 * handwritten note over a cell makes OCR return a stray glyph ("人", "本", "下") where the amount was:
 * that cell still holds its column, so the amounts beside it keep their meaning. Returns null when
 * the row does not end in `count` cells that could all be money or such debris (then the caller
 * cannot tell which amount is which, and must not guess).
 */
export function readMoneyCells(text: string, count: number): Array<MoneyReading | null> | null {
  if (count <= 0) return null;
  const cells = text.split(/\s{2,}|\|/).map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < count + 1) return null;
  const tail = cells.slice(-count);
  const out: Array<MoneyReading | null> = [];
  for (const cell of tail) {
    const money = findMoney(cell).filter((m) => m.cents || m.inferredPoint);
    if (money.length === 1 && money[0].raw.replace(/[^0-9]/g, '').length >= cell.replace(/[^0-9]/g, '').length - 1) {
      out.push(money[0]);
      continue;
    }
    if (!isDebris(cell)) return null;
    out.push(null);
  }
  return out.some((x) => x !== null) ? out : null;
}

/** A cell that cannot be a payer, item or period: a few stray glyphs or a digit run too short to be an amount. */
function isDebris(cell: string): boolean {
  const compact = cell.replace(/\s+/g, '');
  if (compact.length > 4) return false;
  if (looksLikeOrganisation(compact) || matchVocabulary(compact, INCOME_ITEMS)) return false;
  return !/\d{4}[-./年]\d/.test(compact);
}
