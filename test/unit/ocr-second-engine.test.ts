import { describe, expect, it } from 'vitest';
import { rereadWithSecondEngine } from '../../workers/page/ocr/index.ts';
import type { OcrLine, RegionReader } from '../../workers/page/types.ts';

const grey = { data: new Uint8Array(400 * 200).fill(230), width: 400, height: 200 };
const line = (text: string, confidence: number, y = 20): OcrLine => ({ text, confidence, box: { x: 20, y, w: 300, h: 30 } });

/** A stand-in for PP-OCR that answers every crop with one fixed reading and counts the crops. */
function reader(text: string, confidence: number): RegionReader & { calls: number } {
  const r = {
    calls: 0,
    async read() {
      r.calls++;
      return { text, confidence, lines: [{ text, confidence, box: { x: 0, y: 0, w: 10, h: 10 } }] };
    },
  };
  return r;
}

describe('rereadWithSecondEngine', () => {
  it('replaces a weak line when the second engine is sure of its reading, keeping the box', async () => {
    const r = reader('二〇一四年六月二十八日', 96);
    const { lines, replaced } = await rereadWithSecondEngine(r, grey, [line('三四一四年六月二十帮日', 61)]);
    expect(replaced).toBe(1);
    expect(lines[0]).toMatchObject({ text: '二〇一四年六月二十八日', confidence: 96, box: { x: 20, y: 20, w: 300, h: 30 } });
  });

  it('keeps tesseract when the second engine is unsure, and never touches lines read well', async () => {
    const unsure = reader('二〇〇九年六月二十日', 88.8);
    expect((await rereadWithSecondEngine(unsure, grey, [line('二QO九年月三上旬', 51)])).lines[0]!.text).toBe('二QO九年月三上旬');
    const r = reader('x', 99);
    await rereadWithSecondEngine(r, grey, [line('学位评定委员会主席', 93)]);
    expect(r.calls).toBe(0);
  });

  it('leaves table rows (cells apart by wide gaps) to the table reading, and reads at most maxLines', async () => {
    const r = reader('y', 99);
    await rereadWithSecondEngine(r, grey, [line('2021-06     TD', 40)]);
    expect(r.calls).toBe(0);
    const many = Array.from({ length: 5 }, (_, i) => line(`弱${i}`, 50 + i, 10 + i * 35));
    const out = await rereadWithSecondEngine(r, grey, many, { maxLines: 2 });
    expect(r.calls).toBe(2);
    expect(out.lines.filter((l) => l.text === 'y')).toHaveLength(2);
    expect(out.lines[0]!.text).toBe('y');
  });

  it('a reader that fails leaves the line as it was, and says so once per line', async () => {
    const broken: RegionReader = { read: () => Promise.reject(new Error('onnx')) };
    const failures: unknown[] = [];
    const out = await rereadWithSecondEngine(broken, grey, [line('弱', 40), line('弱二', 45, 80)], { onFailure: (err) => failures.push(err) });
    expect(out.lines.map((l) => l.text)).toEqual(['弱', '弱二']);
    expect(failures).toHaveLength(2);
  });

  it('keeps tesseract when the crop holds several lines (their texts would run together)', async () => {
    const two: RegionReader = {
      read: async () => ({ text: 'a\nb', confidence: 98, lines: [{ text: '2020.11.01-工资薪金所得', confidence: 98, box: { x: 0, y: 0, w: 9, h: 9 } }, { text: '2020.12.01', confidence: 98, box: { x: 0, y: 12, w: 9, h: 9 } }] }),
    };
    expect((await rereadWithSecondEngine(two, grey, [line('工资新金所得    2021', 40)])).lines[0]!.text).toBe('工资新金所得    2021');
    expect((await rereadWithSecondEngine(two, grey, [line('三三 加', 26)])).lines[0]!.text).toBe('三三 加');
  });
});

describe('which lines the second engine reads again', () => {
  // A labour contract of source A's tune split: tesseract read 二〇二五年七月一日 as 三〇三五年七月一目 at 85,
  // a confidence that does not show the slips; printed body lines read right sit at 86–96.
  it.each([
    { shows: 'a date in Chinese numerals read at 85 with its digits slipped', text: '三〇三五年七月一目', confidence: 85, reread: true },
    { shows: 'a Chinese-numeral year read at 96', text: '二〇二五年七月一日', confidence: 96, reread: true },
    { shows: 'a printed body line read at 86', text: '甲方应按月支付乙方劳动报酬', confidence: 86, reread: false },
    { shows: 'a weak line read at 61', text: '三四一四年六月二十帮日', confidence: 61, reread: true },
  ])('when the page shows $shows, then it is read again: $reread', async ({ text, confidence, reread }) => {
    const r = reader('二〇二五年七月一日', 96);
    await rereadWithSecondEngine(r, grey, [line(text, confidence)]);
    expect(r.calls > 0).toBe(reread);
  });
});
