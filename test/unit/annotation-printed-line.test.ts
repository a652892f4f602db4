import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrLine } from '../../workers/page/types.ts';
import { detectAttestation } from '../../workers/page/annotation/index.ts';
import { splitPrintedLine } from '../../workers/page/annotation/split-printed-line.ts';
import { createRegionReader, type ClosableRegionReader } from '../../workers/page/region-reader/index.ts';
import { drawPage, NOTE } from './annotation-fixtures.ts';

const MM = 150 / 25.4;
const word = (text: string, confidence: number, x: number, y: number, w: number, h: number) => ({ text, confidence, box: { x: x * MM, y: y * MM, w: w * MM, h: h * MM } });
function line(words: ReturnType<typeof word>[], confidence: number): OcrLine {
  const x0 = Math.min(...words.map((w) => w.box.x)), y0 = Math.min(...words.map((w) => w.box.y));
  const x1 = Math.max(...words.map((w) => w.box.x + w.box.w)), y1 = Math.max(...words.map((w) => w.box.y + w.box.h));
  return { text: words.map((w) => w.text).join(' '), confidence, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, words };
}

describe('splitPrintedLine', () => {
  it('when a handwritten 与原件一 and printed 开具时间 share a baseline far apart, then they come back as two stretches', () => {
    const l = line([word('与', 93, 27, 228, 5, 6), word('原件', 90, 34, 228, 12, 6), word('一', 92, 48, 230, 4, 1), word('开具', 89, 140, 230, 8, 3), word('时间', 56, 148, 230, 6, 3)], 71);
    const parts = splitPrintedLine(l, MM);
    expect(parts.map((p) => p.text)).toEqual(['与原件一', '开具时间']);
    expect(parts[0]!.box.x + parts[0]!.box.w).toBeLessThan(60 * MM);
  });
  it('when the words of a printed line sit a character apart, then the line is kept whole', () => {
    const l = line([word('本凭证', 95, 20, 220, 9, 3), word('不作为', 93, 30, 220, 9, 3), word('纳税人', 94, 40, 220, 9, 3)], 94);
    expect(splitPrintedLine(l, MM)).toEqual([l]);
  });
  it('when a line has no word boxes, then it is kept as it is', () => {
    const l: OcrLine = { text: '本凭证不作为纳税人记账', confidence: 90, box: { x: 0, y: 0, w: 100, h: 20 } };
    expect(splitPrintedLine(l, MM)).toEqual([l]);
  });
});

let reader: ClosableRegionReader | null = null;
beforeAll(async () => { reader = await createRegionReader(); });
afterAll(async () => reader?.close());

describe('a printed line stretched over the note', () => {
  it('when tesseract stretched a print line over the first line of a black two-line note, then the note is still read whole', async () => {
    const d = drawPage({ note: NOTE, split: true, ink: '#222', signature: true, seed: 4 });
    // Print just above the note, read into one line with a misread word that reaches down over the
    // top of the note's first line (so the line's box is 3 × the print's height).
    const stretched = line([word('本凭证不作为', 88, 20, 178, 24, 3), word('纳税人记账', 90, 45, 178, 20, 3), word('煞', 7, 66, 178, 6, 10)], 64);
    const ocrLines = [...d.ocrLines, stretched];
    const r = await detectAttestation(d.page, { ocrLines, sealBoxes: d.sealBoxes, reader });
    expect(r.annotation).toMatchObject({ present: true, complete: true });
    expect(r.annotation.text).toContain('与原件');
  });
  it('when tesseract read a black one-line note as junk words on the line of a printed label before it, then the note is not cleared as print', async () => {
    const d = drawPage({ note: NOTE, ink: '#222', signature: true, seed: 3 });
    // 备注 read confidently, the note after it as two junk words at 5–12: the line passes the print
    // cut-off (64) but is 2.5 × the print's height.
    const joined = line([word('备注', 90, 12, 186, 9, 3.5), word('煞守', 12, 25, 183, 55, 8.5), word('丈生', 5, 80, 183, 55, 8.5)], 64);
    const r = await detectAttestation(d.page, { ocrLines: [...d.ocrLines, joined], sealBoxes: d.sealBoxes, reader });
    expect(r.annotation).toMatchObject({ present: true, complete: true });
    expect(r.signature.present).toBe(true);
  });
});
