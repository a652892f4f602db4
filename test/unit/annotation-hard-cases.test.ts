import type { SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../rules/contract/index.ts';
import { classifyInk } from '../../workers/page/annotation/classify-ink.ts';
import { joinSplitNotes, noteFragment } from '../../workers/page/annotation/join-split-notes.ts';
import { detectSignature, printLike } from '../../workers/page/annotation/detect-signature.ts';
import { findInkRegions } from '../../workers/page/annotation/find-ink-regions.ts';
import { matchAttestation } from '../../workers/page/annotation/match-attestation.ts';
import type { ReadBlock } from '../../workers/page/annotation/read-candidates.ts';
import { firstClauseTrace } from '../../workers/page/annotation/sweep-note.ts';
import type { OcrLine, RasterPage } from '../../workers/page/types.ts';
import { paperPatch } from './annotation-fixtures.ts';

/**
 * The hard kinds of the extended tune note set (n041–n082): a short note across the seal, a whole
 * note read in two overlapping pieces, a signature far under a small hand, a signature joined by
 * speckle to a grey seal's ring.
 */
const DPI = 150;
const MM = DPI / 25.4;

const patch = (wMm: number, hMm: number, draw: (g: SKRSContext2D) => void): RasterPage => paperPatch(wMm, hMm, draw, DPI);

/** A fast pen signature: one connected line of loops over 36 mm, centred on y. */
function scribble(g: SKRSContext2D, x: number, y: number, ink: string, penMm: number): void {
  g.strokeStyle = ink; g.lineWidth = penMm * MM; g.lineCap = 'round';
  g.beginPath();
  g.moveTo(x, y);
  const ups = [-6, 5, -7, 4, -5, 6];
  ups.forEach((dy, k) => g.bezierCurveTo(x + (k * 6 + 1) * MM, y + dy * MM, x + (k * 6 + 5) * MM, y - dy * MM, x + (k + 1) * 6 * MM, y + (k % 2 ? 2 : -2) * MM));
  g.stroke();
}

function block(text: string, box: Box): ReadBlock {
  return {
    box, ink: 'blue', framed: false, handwriting: 0.9, text, confidence: 95, unsure: false, match: matchAttestation(text),
    lines: [{ text, confidence: 95, box }],
  };
}

describe('tesseract lines that are pieces of the note', () => {
  it('when tesseract reads a short handwritten note or a note’s tail as a confident line, then the line is not taken for print', () => {
    // tune notes n047 (与原件一致 across the seal) and n049 (the tail of a whole note).
    expect(noteFragment('与原件我')).toBe(true);
    expect(noteFragment('实有效')).toBe(true);
  });

  it('when a printed line shares a character or two with the sentence, then it stays print', () => {
    expect(noteFragment('本凭证不作为纳税人记账、抵扣凭证。')).toBe(false);
    expect(noteFragment('3. 不同打印设备造成的色差不影响使用效力。')).toBe(false);
    expect(noteFragment('扣缴义务人名称：北京中关村智联电子有限公司')).toBe(false);
  });
});

describe('a whole note read in two overlapping pieces', () => {
  it('when one block reads up to 真有 and another reads 实确认真实有效, then together they are the whole sentence', () => {
    const head = block('与原件一致，本单位已核实确认真有', { x: 100, y: 100, w: 600, h: 50 });
    const tail = block('实确认真实有效', { x: 420, y: 110, w: 300, h: 50 });
    expect(head.match.targetEnd).toBe(16);
    const joined = joinSplitNotes([head, tail], 8);
    expect(joined.length).toBeGreaterThan(0);
    expect(joined[0].match).toMatchObject({ complete: true, targetStart: 0, targetEnd: 17 });
  });

  it('when a second block only repeats what the first read, then no join claims more of the sentence', () => {
    const head = block('与原件一致，本单位已核实确认真实有', { x: 100, y: 100, w: 600, h: 50 });
    const again = block('本单位已核实确认', { x: 300, y: 100, w: 300, h: 50 });
    expect(joinSplitNotes([head, again], 8).some((b) => b.match.targetEnd === 17)).toBe(false);
  });
});

describe('the first clause alone, read spoilt', () => {
  it('when a short note across the seal is read with a character lost, then it is a trace of the note', () => {
    // tune notes n029: 与原件一致， read 与原致， and 与康一致、 — 3 exact characters each.
    expect(matchAttestation('与原致，').complete).toBeNull();
    expect(firstClauseTrace('与原致，')).toBe(true);
    expect(firstClauseTrace('与康一致、')).toBe(true);
  });

  it('when a name, a seal’s text or a line of print is read, then it is no trace of the note', () => {
    for (const t of ['李明', '王芳', '北京博远软件有限公司', '本凭证不作为纳税人记账、抵扣凭证。', '合同专用章']) expect(firstClauseTrace(t), t).toBe(false);
  });
});

describe('signature search around a small or a grey note', () => {
  it('when the note is written in a small hand and the name stands 30 mm under it, then the signature is still found', () => {
    // tune notes n061: 4 mm characters; six line heights reached only 24 mm down.
    const note: Box = { x: 5 * MM, y: 10 * MM, w: 25 * MM, h: 4 * MM };
    const page = patch(120, 80, (g) => scribble(g, 40 * MM, 46 * MM, '#1b2f8f', 0.45));
    const map = classifyInk(page);
    const sig = detectSignature({ box: note, lineHeight: 4 * MM, unwritten: 13 * 4 * MM }, findInkRegions(map), { map, printed: [], seals: [] });
    expect(sig.present).toBe(true);
    expect(sig.box!.y).toBeGreaterThan(30 * MM);
  });

  it('when speckle joins a black signature to a grey seal’s ring, then the pen strokes alone are found as the signature', () => {
    // tune notes n053: grey copy with noise; the joined region was too tall to be kept.
    const note: Box = { x: 5 * MM, y: 10 * MM, w: 80 * MM, h: 7 * MM };
    const page = patch(150, 110, (g) => {
      g.strokeStyle = '#555'; g.lineWidth = 0.25 * MM;
      g.beginPath(); g.arc(110 * MM, 52 * MM, 20 * MM, 0, Math.PI * 2); g.stroke();
      scribble(g, 40 * MM, 36 * MM, '#151515', 0.7);
      // Speckle: 2-px dots every 0.8 mm from the signature's end up to the ring.
      g.fillStyle = '#333';
      for (let t = 0; t <= 1; t += 0.8 / 15) g.fillRect((76 + 14 * t) * MM, (38 + 14 * t) * MM, 2, 2);
    });
    const map = classifyInk(page);
    const regions = findInkRegions(map);
    const sig = detectSignature({ box: note, lineHeight: 7 * MM }, regions, { map, printed: [], seals: [] });
    expect(sig.present).toBe(true);
    expect(sig.box!.x).toBeLessThan(50 * MM);
  });
});

describe('a handwritten name read by tesseract as a line', () => {
  const line = (text: string, y: number, h: number) => ({ text, confidence: 92, box: { x: 100, y, w: 40 * text.length, h } });
  const print = [line('本凭证不作为纳税人记账、抵扣凭证。', 100, 36), line('开具时间：2021年08月20日', 160, 36), line('当前第1页，共1页', 220, 36)];

  it('when a name alone is read 1.7 times the print’s height, then it is not cleared as print', () => {
    // tune notes n076: 李明 read at 96 on a phone photo, the page reported unsigned.
    const boxes = printLike([...print, line('李明', 300, 62)], 60, []);
    expect(boxes.some((b) => b.y === 300)).toBe(false);
    expect(boxes.length).toBe(3);
  });

  it('when a name is printed at the print’s height, or a tall line holds more than a name, then it stays print', () => {
    expect(printLike([...print, line('李明', 300, 38)], 60, []).some((b) => b.y === 300)).toBe(true);
    expect(printLike([...print, line('开具机关（盖章）', 300, 56)], 60, []).some((b) => b.y === 300)).toBe(true);
  });
});

describe('which tesseract lines are cleared as print before the signature is looked for', () => {
  const word = (text: string, confidence: number, x: number, y: number, w: number, h: number) => ({ text, confidence, box: { x, y, w, h } });
  const print = (text: string, y: number) => ({ text, confidence: 90, box: { x: 100, y, w: 40 * text.length, h: 36 } });
  const page = [print('本凭证不作为纳税人记账、抵扣凭证。', 100), print('当前第1页，共1页', 160), print('税务机关（章）', 220)];
  // A signature written across 开具时间 joins it into one line 3 × the print's height; the strokes read
  // as 这、、 at 5–16, the printed words at 66–92 (a tax record of source A's tune split).
  const joined = {
    text: '开具时间 这、、 2021年08月20日', confidence: 40, box: { x: 100, y: 300, w: 900, h: 110 },
    words: [word('开具时间', 88, 100, 330, 160, 36), word('这、、', 9, 280, 300, 300, 110), word('2021年08月20日', 80, 600, 330, 300, 36)],
  };
  // A grey seal's ring read as words at confidence 0 (a grey single page of source A's tune split: 汪汪).
  const ring = {
    text: '汪汪 限公', confidence: 0, box: { x: 1200, y: 250, w: 240, h: 150 },
    words: [word('汪汪', 0, 1200, 250, 120, 150), word('限公', 0, 1330, 250, 110, 150)],
  };
  const seal: Box = { x: 1150, y: 200, w: 300, h: 300 };
  const cleared = (lines: OcrLine[], seals: Box[] = []) => printLike(lines, 60, seals);
  const covers = (boxes: Box[], b: Box) => boxes.some((c) => c.x === b.x && c.y === b.y && c.w === b.w && c.h === b.h);

  it.each([
    { shows: 'a printed line at the print’s height', lines: [...page], box: page[0]!.box, seals: [], clearedToo: true },
    { shows: 'the signature’s strokes inside a line tesseract stretched over them', lines: [...page, joined], box: joined.words[1]!.box, seals: [], clearedToo: false },
    { shows: 'the confident printed words of that stretched line', lines: [...page, joined], box: joined.words[0]!.box, seals: [], clearedToo: true },
    { shows: 'words read at 0 off a grey seal’s ring', lines: [...page, ring], box: ring.words[0]!.box, seals: [seal], clearedToo: true },
    { shows: 'the same weak words away from any seal', lines: [...page, ring], box: ring.words[0]!.box, seals: [], clearedToo: false },
  ])('when the page shows $shows, then cleared as print: $clearedToo', ({ lines, box, seals, clearedToo }) => {
    expect(covers(cleared(lines, seals), box)).toBe(clearedToo);
  });
});

describe('the signature beside a note cut short', () => {
  // A stamp that says only 与原件一致 (35 mm), signed where the whole sentence would have ended: 72 mm
  // to its right (source A's tune note set: signatures 50 mm and more right of such a stamp).
  const note: Box = { x: 5 * MM, y: 20 * MM, w: 35 * MM, h: 8 * MM };
  const page = patch(190, 60, (g) => scribble(g, 112 * MM, 24 * MM, '#1b2f8f', 0.5));
  const lineHeight = 8 * MM;
  it.each([
    { shows: 'the room of the 12 unwritten characters counted', unwritten: 12 * lineHeight, found: true },
    { shows: 'only the written clause’s own extent', unwritten: 0, found: false },
  ])('when the zone takes $shows, then the signature is found: $found', ({ unwritten, found }) => {
    const map = classifyInk(page);
    const sig = detectSignature({ box: note, lineHeight, unwritten }, findInkRegions(map), { map, printed: [], seals: [] });
    expect(sig.present).toBe(found);
  });
});
