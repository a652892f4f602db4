import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analysePage, secondReadingFailures, type PageEngines } from '../../workers/page/index.ts';
import { extractDocument, MIN_FIELD_CONFIDENCE } from '../../workers/document/index.ts';
import type { PageText } from '../../workers/document/types.ts';
import type { OcrEngine, OcrLine, RegionReader } from '../../workers/page/types.ts';
import { drawDocument, toRaster } from './quality-fixtures.ts';

const PAGE_TEXT = '17,393.44';
const line = (text: string, y: number, confidence: number): OcrLine => ({ text, confidence, box: { x: 100, y, w: 1000, h: 30 } });
/** What tesseract makes of an income printout whose rows it read unsure (below a clean row's 87): a table in doubt. */
const tableInDoubt = [
  line('申报收入查询', 100, 92),
  line('序号  所得项目  所得项目小类  税款所属期  扣缴义务人  收入  已申报税额', 200, 90),
  line(`1  工资薪金  正常工资薪金  2021-01  北京某某科技有限公司  ${PAGE_TEXT}  317.01`, 300, 80),
  line('2  工资薪金  正常工资薪金  2021-02  北京某某科技有限公司  19,439.97  371.97', 360, 80),
];
const tesseract: OcrEngine = { recognize: async () => ({ text: '', confidence: 80, lines: tableInDoubt }) };
/**
 * A second engine that fails on the whole page (its message quoting what it read, as a real one may)
 * and reads nothing in the crops the note and seal checks hand it.
 */
const failing: RegionReader = {
  async read(png) {
    if (((await sharp(png).metadata()).width ?? 0) > 1000) throw new RangeError(`tensor shape for ${PAGE_TEXT} 张伟`);
    return { text: '', confidence: 0, lines: [] };
  },
};

function captureLog() {
  const lines: { obj: Record<string, unknown>; msg?: string }[] = [];
  return { lines, warn: (obj: object, msg?: string) => void lines.push({ obj: obj as Record<string, unknown>, msg }) };
}

describe('a second reading that fails', () => {
  it('when the second engine fails on a table tesseract read in doubt, then the failure is counted, logged without its message, and the page says so', async () => {
    const log = captureLog();
    const engines: PageEngines = { ocr: tesseract, reader: failing, log };
    const before = secondReadingFailures.tableReread;
    const analysis = await analysePage(toRaster(drawDocument(150, { lines: 4 })), null, engines, { employerName: null });
    expect(secondReadingFailures.tableReread).toBe(before + 1);
    expect(analysis.text.readingFailures).toEqual(['tableReread']);
    expect(analysis.text.secondReading).toBeUndefined();
    const logged = log.lines.filter((l) => l.obj.reading === 'tableReread');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.obj).toMatchObject({ page: 1, err: { type: 'RangeError' } });
    expect((logged[0]!.obj.err as { stack?: string }).stack).toMatch(/^at /);
    expect(JSON.stringify(log.lines)).not.toContain(PAGE_TEXT);
    expect(JSON.stringify(log.lines)).not.toContain('张伟');
  }, 60_000);

  it('when the second engine reads, then nothing is counted and the page lists no failure', async () => {
    const reader: RegionReader = { read: async () => ({ text: '', confidence: 0, lines: [] }) };
    const log = captureLog();
    const before = { ...secondReadingFailures };
    const analysis = await analysePage(toRaster(drawDocument(150, { lines: 4 })), null, { ocr: tesseract, reader, log }, { employerName: null });
    expect(analysis.text.readingFailures).toBeUndefined();
    expect(analysis.text.secondReading?.engine).toBe('pp-ocr');
    expect(secondReadingFailures).toEqual(before);
    expect(log.lines).toHaveLength(0);
  }, 60_000);
});

describe('which pages the second engine reads whole', () => {
  // Source A's tune split: a table tesseract read whole is not read again (14 of 33 case table pages,
  // rows read exactly unchanged); a table with a row under a clean row's 87 is.
  it.each([
    { shows: 'a table read whole (every row at 90)', rows: 90, readAgain: false },
    { shows: 'a table with its rows read at 80', rows: 80, readAgain: true },
  ])('when tesseract read $shows, then the page is read again: $readAgain', async ({ rows, readAgain }) => {
    const lines = tableInDoubt.map((l) => (/\d{4}-\d{2}/.test(l.text) ? { ...l, confidence: rows } : l));
    let pageReads = 0;
    const reader: RegionReader = {
      async read(png) {
        if (((await sharp(png).metadata()).width ?? 0) > 1000) pageReads++;
        return { text: '', confidence: 0, lines: [] };
      },
    };
    const ocr: OcrEngine = { recognize: async () => ({ text: '', confidence: 80, lines }) };
    await analysePage(toRaster(drawDocument(150, { lines: 4 })), null, { ocr, reader, log: captureLog() }, { employerName: null });
    expect(pageReads > 0).toBe(readAgain);
  }, 60_000);
});

describe('the document stage, when a page lost its table reading', () => {
  const page = (failures: PageText['readingFailures'], extra: OcrLine[] = []): PageText => ({
    page: 1, source: 'ocr', widthPx: 1240, heightPx: 1754,
    lines: [...tableInDoubt.map((l) => ({ ...l, confidence: 95 })), ...extra],
    ...(failures ? { readingFailures: failures } : {}),
  });
  const table = (failures: PageText['readingFailures'], extra: OcrLine[] = []) => extractDocument([page(failures, extra)], { declaredKind: null });

  it.each([
    { shows: 'a table read again without trouble', failures: undefined, relied: true },
    { shows: 'only a weak single line lost (the table was not in doubt)', failures: ['weakLineReread'] as const, relied: true },
    { shows: 'the table read again lost to an error', failures: ['tableReread'] as const, relied: false },
    { shows: 'a motion-blurred table whose restored reading was lost', failures: ['restoredRead'] as const, relied: false },
  ])('when the page shows $shows, then its rows are relied on: $relied', ({ failures, relied }) => {
    const d = table(failures ? [...failures] : undefined);
    expect(d.income.map((r) => r.period)).toEqual(['2021-01', '2021-02']);
    expect(d.income.every((r) => r.confidence >= MIN_FIELD_CONFIDENCE)).toBe(relied);
    // read only in part: a month missing from it is a month not read (review), not one the printout lacks
    expect((d.unreadRows?.income ?? 0) > 0).toBe(!relied);
  });

  it('when the printed total the rows add up to vouches for them, then a lost reading changes nothing', () => {
    const d = table(['tableReread'], [line('收入合计：36,833.41', 420, 95)]);
    expect(d.totals.income?.reconciled).toBe(true);
    expect(d.income.every((r) => r.confidence >= MIN_FIELD_CONFIDENCE)).toBe(true);
    expect(d.unreadRows?.income).toBe(0);
  });
});
