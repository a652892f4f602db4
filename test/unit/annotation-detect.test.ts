import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Box } from '../../rules/contract/index.ts';
import { detectAttestation } from '../../workers/page/annotation/index.ts';
import { createRegionReader, type ClosableRegionReader } from '../../workers/page/region-reader/index.ts';
import type { RasterPage } from '../../workers/page/types.ts';
import { drawPage, NOTE, type PageSpec } from './annotation-fixtures.ts';

let reader: ClosableRegionReader | null = null;
beforeAll(async () => { reader = await createRegionReader(); });
afterAll(async () => reader?.close());

async function run(spec: PageSpec, opts: { withReader?: boolean; withOcr?: boolean } = {}) {
  const d = drawPage(spec);
  const r = await detectAttestation(d.page, {
    ocrLines: opts.withOcr === false ? null : d.ocrLines,
    sealBoxes: d.sealBoxes,
    reader: opts.withReader === false ? null : reader,
  });
  return { ...r, drawn: d };
}

function iou(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / (a.w * a.h + b.w * b.h - w * h);
}

/** A horizontal motion smear of `len` px over the whole page (the sheet moved during the scan). */
function smear(page: RasterPage, len: number): void {
  const { width: w, height: h, data } = page;
  const row = new Float32Array(w * 3);
  for (let y = 0; y < h; y++) {
    const o = y * w * 3;
    for (let x = 0; x < w; x++) for (let c = 0; c < 3; c++) {
      let s = 0, n = 0;
      for (let k = 0; k < len; k++) { const xx = x - k; if (xx >= 0) { s += data[o + xx * 3 + c]!; n++; } }
      row[x * 3 + c] = s / n;
    }
    for (let i = 0; i < w * 3; i++) data[o + i] = Math.round(row[i]!);
  }
}

describe('detectAttestation', () => {
  it('when a blue handwritten note and a signature are there, then both are found where they were drawn', async () => {
    const { annotation, signature, drawn } = await run({ note: NOTE, signature: true });
    expect(annotation).toMatchObject({ present: true, complete: true, form: 'handwritten' });
    expect(annotation.text).toContain('本单位已核实');
    expect(iou(annotation.box!, drawn.noteBox!)).toBeGreaterThan(0.5);
    expect(signature.present).toBe(true);
    expect(iou(signature.box!, drawn.signatureBox!)).toBeGreaterThan(0.2);
  });
  it('when the note is written in black ink, then it is still found', async () => {
    const { annotation, signature } = await run({ note: NOTE, signature: true, ink: '#222', seed: 3 });
    expect(annotation).toMatchObject({ present: true, complete: true });
    expect(signature.present).toBe(true);
  });
  it('when the note runs over two lines, then it is read as one', async () => {
    const { annotation } = await run({ note: NOTE, signature: true, split: true, seed: 4 });
    expect(annotation).toMatchObject({ present: true, complete: true });
  });
  it('when the note is a red rubber stamp, then it is a complete stamped note', async () => {
    const { annotation, signature } = await run({ note: NOTE, form: 'stamp', signature: true });
    expect(annotation).toMatchObject({ present: true, complete: true, form: 'stamp' });
    expect(signature.present).toBe(true);
  });
  it('when the note is a blue rubber stamp, then its frame is not taken for the signature', async () => {
    const { annotation, signature, drawn } = await run({ note: NOTE, form: 'stamp', ink: '#23c', signature: true });
    expect(annotation).toMatchObject({ present: true, complete: true, form: 'stamp' });
    expect(iou(signature.box!, drawn.signatureBox!)).toBeGreaterThan(0.2);
  });
  it('when a red stamp ends under the seal and its first reading stops at …真实有, then the stamp is read again apart and passes whole', async () => {
    for (const x of [128, 131]) {
      const { annotation } = await run({ note: NOTE, form: 'stamp', signature: true, sealAt: { x, y: 188 } });
      expect(annotation).toMatchObject({ present: true, complete: true, form: 'stamp' });
    }
  });
  it('when a stamp on a grey copy came out light grey (lighter than print), then it is still read as the note', async () => {
    const { annotation } = await run({ note: NOTE, form: 'stamp', ink: '#a9a9a9', seal: false });
    expect(annotation).toMatchObject({ present: true, complete: true });
  });
  it('when the page is smeared by motion so that the note reads as nothing, then the note is restored and read whole', async () => {
    const d = drawPage({ note: NOTE, signature: true, seed: 12 });
    smear(d.page, 16);
    const { annotation } = await detectAttestation(d.page, { ocrLines: d.ocrLines, sealBoxes: d.sealBoxes, reader });
    expect(annotation).toMatchObject({ present: true, complete: true });
  });
  it('when only 与原件一致 is written, then the note is present but incomplete', async () => {
    const { annotation } = await run({ note: '与原件一致', signature: true, seed: 5 });
    expect(annotation).toMatchObject({ present: true, complete: false });
    expect(annotation.coverage).toBeLessThan(0.5);
  });
  it('when the sentence stops after 本单位已核实, then it is incomplete', async () => {
    const { annotation } = await run({ note: '与原件一致，本单位已核实', signature: true, seed: 6 });
    expect(annotation).toMatchObject({ present: true, complete: false });
  });
  // The drawn note's end lies inside the seal's ring, where a rest written across the seal cannot be
  // measured (two whole notes of source B measured no ink there, their ends across the seal): the
  // verdict is review, never a pass. A cut on clear paper is a row of annotation-decide.test.ts.
  it('when the sentence stops one character before its end (…真实有) inside the seal, then it is not passed as whole', async () => {
    const { annotation } = await run({ note: NOTE.slice(0, -1), signature: true, seed: 6 });
    expect(annotation.present).toBe(true);
    expect(annotation.complete).not.toBe(true);
  });
  it('when the note is not signed, then the signature is absent', async () => {
    const { annotation, signature } = await run({ note: NOTE, signature: false, seed: 7 });
    expect(annotation.present).toBe(true);
    expect(signature).toMatchObject({ present: false, box: null });
  });
  it('when only other handwriting (仅供办理工作居住证使用) is there, then the note is missing', async () => {
    const { annotation } = await run({ note: null, other: '仅供办理工作居住证使用' });
    expect(annotation).toMatchObject({ present: false, complete: null });
  });
  it('when 仅供办理工作居住证使用 is written just under the note in the same pen, then the note stays whole and the signature is still found', async () => {
    for (const at of [{ x: 25, y: 201 }, { x: 60, y: 203 }]) {
      const { annotation, signature } = await run({ note: NOTE, signature: true, other: '仅供办理工作居住证使用', otherAt: at, otherInk: '#1b2f8f', seed: 11 });
      expect(annotation).toMatchObject({ present: true, complete: true });
      expect(signature.present).toBe(true);
    }
  });
  it('when only a signature is there, then the note is missing and the signature is still seen', async () => {
    const { annotation, signature } = await run({ note: null, signature: true });
    expect(annotation.present).toBe(false);
    expect(signature.present).toBe(true);
  });
  // No signature is found; with no note there is no place where a handler should have signed, so
  // absence is not claimed (review): SIGNATURE_MISSING needs the note found and its places empty.
  it('when the page has only print and a seal, then nothing is found and the signature is left to review', async () => {
    const { annotation, signature } = await run({});
    expect(annotation.present).toBe(false);
    expect(signature.present).toBeNull();
  });
  it('when the reader is unavailable but blue writing is there, then the note is left to review', async () => {
    const { annotation } = await run({ note: NOTE, signature: true }, { withReader: false });
    expect(annotation.present).toBeNull();
  });
});
