import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Box } from '../../rules/contract/index.ts';
import { detectAttestation } from '../../workers/page/annotation/index.ts';
import { classifyInk } from '../../workers/page/annotation/classify-ink.ts';
import { layerRegions, thickStrokes } from '../../workers/page/annotation/ink-layers.ts';
import { createRegionReader, type ClosableRegionReader } from '../../workers/page/region-reader/index.ts';
import type { OcrLine, RasterPage } from '../../workers/page/types.ts';
import { NOTE } from './annotation-fixtures.ts';
import { registerSystemFont } from '../../samples/generator/fonts.ts';

registerSystemFont('notoSans', 'SweepPrint');

const DPI = 150;
const MM = DPI / 25.4;

interface Drawn { page: RasterPage; ocrLines: OcrLine[]; sealBoxes: Box[] }

/**
 * A tax-record-like bottom: printed notes, a red seal, and a red framed stamp of the note lying
 * across the seal and a printed line (what the first pass clears away with the seal or the print).
 */
function drawStampOverSeal(opts: { stamp: boolean; seal: boolean }): Drawn {
  const W = Math.round(210 * MM), H = Math.round(297 * MM);
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  g.fillStyle = '#f6f2ea';
  g.fillRect(0, 0, W, H);
  const ocrLines: OcrLine[] = [];
  const printed = (text: string, x: number, y: number, size: number) => {
    g.font = `${size}px SweepPrint`;
    g.fillStyle = '#222';
    g.fillText(text, x, y);
    ocrLines.push({ text, confidence: 90, box: { x, y: y - size, w: g.measureText(text).width, h: size * 1.2 } });
  };
  printed('说明：1. 本记录涉及纳税人敏感信息，请妥善保存。', 18 * MM, 220 * MM, 3 * MM);
  printed('3. 不同打印设备造成的色差不影响使用效力。', 18 * MM, 232 * MM, 3 * MM);
  printed('本凭证不作为纳税人记账、抵扣凭证。', 18 * MM, 240 * MM, 3 * MM);
  const sealBoxes: Box[] = [];
  g.globalCompositeOperation = 'multiply';
  if (opts.seal) {
    const cx = 110 * MM, cy = 225 * MM, r = 21 * MM;
    g.strokeStyle = 'rgba(215,40,45,0.8)';
    g.lineWidth = 1.2 * MM;
    g.beginPath(); g.arc(cx, cy, r, 0, Math.PI * 2); g.stroke();
    g.fillStyle = 'rgba(215,40,45,0.8)';
    g.font = `${4 * MM}px SweepPrint`;
    g.fillText('北京某某科技有限公司', cx - 18 * MM, cy - 8 * MM);
    sealBoxes.push({ x: cx - r - MM, y: cy - r - MM, w: 2 * r + 2 * MM, h: 2 * r + 2 * MM });
  }
  if (opts.stamp) {
    const size = 5 * MM, x = 40 * MM, y = 238 * MM;
    g.font = `${size}px SweepPrint`;
    const w = g.measureText(NOTE).width + 6 * MM;
    g.fillStyle = 'rgba(200,30,40,0.85)'; g.strokeStyle = 'rgba(200,30,40,0.85)'; g.lineWidth = 0.6 * MM;
    g.strokeRect(x - 3 * MM, y - size - 2 * MM, w, size + 5 * MM);
    g.fillText(NOTE, x, y);
  }
  g.globalCompositeOperation = 'source-over';
  const rgba = g.getImageData(0, 0, W, H).data;
  const data = new Uint8Array(W * H * 3);
  for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) { data[q] = rgba[p]; data[q + 1] = rgba[p + 1]; data[q + 2] = rgba[p + 2]; }
  return { page: { page: 1, width: W, height: H, channels: 3, data, dpi: DPI, widthIn: 8.27, heightIn: 11.69, source: 'rendered' }, ocrLines, sealBoxes };
}

let reader: ClosableRegionReader | null = null;
beforeAll(async () => { reader = await createRegionReader(); });
afterAll(async () => reader?.close());

describe('note sweep', () => {
  it('when a red stamped note lies across the red seal and a printed line, then it is found whole', async () => {
    const d = drawStampOverSeal({ stamp: true, seal: true });
    const { annotation } = await detectAttestation(d.page, { ocrLines: d.ocrLines, sealBoxes: d.sealBoxes, reader });
    expect(annotation).toMatchObject({ present: true, complete: true, form: 'stamp' });
    expect(annotation.text).toContain('本单位已核实');
  });
  it('when the page holds only print and a seal, then no note is reported', async () => {
    const d = drawStampOverSeal({ stamp: false, seal: true });
    const { annotation } = await detectAttestation(d.page, { ocrLines: d.ocrLines, sealBoxes: d.sealBoxes, reader });
    expect(annotation.present).toBe(false);
  });
  it('when the only red ink is a seal, then the red layer offers nothing to read', () => {
    const d = drawStampOverSeal({ stamp: false, seal: true });
    const map = classifyInk(d.page);
    expect(layerRegions(map, 'red', { seals: d.sealBoxes, printed: [] })).toEqual([]);
  });
});

describe('thickStrokes', () => {
  it('when thin print and a pen-wide stroke are on the page, then only the pen stroke is kept', () => {
    const W = 300, H = 100;
    const c = createCanvas(W, H);
    const g = c.getContext('2d');
    g.fillStyle = '#fff'; g.fillRect(0, 0, W, H);
    g.fillStyle = '#111';
    g.fillRect(20, 20, 40, 1.5); // print stroke, 1–2 px (shorter than a 10 mm rule)
    g.fillRect(20, 60, 40, 4); // pen stroke, 4 px
    const rgba = g.getImageData(0, 0, W, H).data;
    const data = new Uint8Array(W * H * 3);
    for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) { data[q] = rgba[p]; data[q + 1] = rgba[p + 1]; data[q + 2] = rgba[p + 2]; }
    const map = classifyInk({ page: 1, width: W, height: H, channels: 3, data, dpi: DPI, widthIn: null, heightIn: null, source: 'rendered' });
    const kept = thickStrokes(map);
    const keptIn = (y0: number, y1: number) => { let n = 0; for (let y = y0; y < y1; y++) for (let x = 20; x < 60; x++) n += kept[y * W + x]; return n; };
    expect(keptIn(18, 24)).toBe(0);
    expect(keptIn(58, 66)).toBeGreaterThan(120);
  });
});
