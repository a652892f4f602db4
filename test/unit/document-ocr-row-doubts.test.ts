import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, MIN_FIELD_CONFIDENCE } from '../../workers/document/index.ts';
import type { PageText } from '../../workers/document/types.ts';

/**
 * Real tesseract output of corpus pages where the document stage used to report a wrong income
 * row with full confidence: the tax column taken for 收入 when the 收入 label was lost, and a
 * printed total bent to fill a row OCR could not see, which then vouched for misread rows.
 */
function fixture(name: string): PageText {
  return JSON.parse(readFileSync(new URL(`../fixtures/ocr/${name}.json`, import.meta.url), 'utf8')) as PageText;
}

describe('income rows whose 收入 label was lost (real OCR)', () => {
  it('when the header reads only "扣缴义务人  已申报税额", then no row reports its tax as income', () => {
    const f = extractDocument([fixture('p037-red-rules-no-seal')], { declaredKind: null });
    expect(f.income.length).toBeGreaterThan(0);
    // Every amount read is a monthly income (~15,000), never a tax cell (~250).
    expect(f.income.every((r) => r.amount > 10000)).toBe(true);
    expect(f.income.find((r) => r.period === '2020-11')).toMatchObject({ amount: 14522.58 });
    // Rows whose income cell is seal debris are counted, not guessed.
    expect(f.unreadRows?.income).toBeGreaterThan(0);
  });
});

describe('income rows under a seal with the printed total (real OCR)', () => {
  it('when a row OCR lost entirely and one without an amount would make the total fit, then no amount is derived and the misreads go to review', () => {
    const f = extractDocument([fixture('p019-edge-cut')], { declaredKind: null });
    // "ee" for 18,208.99 is not filled with total − others (59,644.91: two rows' worth).
    expect(f.income.find((r) => r.period === '2021-06')).toBeUndefined();
    expect(f.unreadRows?.income).toBe(2);
    expect(f.totals.income?.reconciled).toBe(false);
    // "7;749.26" (17,749.26) and "/3015.93" (17,015.93) stand far below the column: review.
    for (const p of ['2021-03', '2021-05']) expect(f.income.find((r) => r.period === p)!.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
    expect(f.income.find((r) => r.period === '2021-04')).toMatchObject({ amount: 16692.29 });
  });
});
