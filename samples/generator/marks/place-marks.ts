import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import type { Box } from '../../../rules/contract/index.ts';
import type { Rng } from '../rng.ts';
import type { MarkSpots } from '../docs/content.ts';
import { drawSeal, randomCompanySealStyle } from './seal.ts';
import { NOTE_TEXT, drawHandNote, drawStampNote } from './annotation.ts';
import { drawSignature } from './signature.ts';
import { drawFingerprint, drawRedLogo } from './lookalikes.ts';
import { INK } from './ink.ts';
import { handText } from './hand-text.ts';
import { placeCustomNote, placeOtherWriting, type CustomNote, type OtherWriting, type PlacedCustomNote } from './place-custom.ts';

export interface MarksSpec {
  /** `overNote`: the seal is pressed over the note (note set only). */
  seal: null | { company: string; faint?: boolean; offPage?: boolean; overNote?: boolean };
  /** `custom`: cut, colour and hand chosen by the note set (place-custom.ts); absent, drawn as always. */
  note: null | { form: 'handwritten' | 'stamp'; complete: boolean; custom?: CustomNote };
  signature: boolean;
  lookalikes?: ('fingerprint' | 'red_logo' | 'red_handwriting')[];
  /** Handwriting that is not the note (note set only). */
  writing?: OtherWriting[];
}

export interface PlacedMarks {
  seal: { box: Box; company: string; faint: boolean; onPage: number; code: string | null } | null;
  note: { box: Box; text: string; form: 'handwritten' | 'stamp'; complete: boolean; color: 'blue' | 'black' | 'red' } | null;
  signature: Box | null;
  lookalikes: { type: 'fingerprint' | 'red_logo' | 'red_handwriting'; box: Box }[];
  /** Handwriting that is not the note, and the note's hand (note set only). */
  writing?: { text: string; box: Box }[];
  hand?: string;
}

/** Ink over print: multiply keeps the text under a seal or a note readable, as on paper. */
export function stampOnto(ctx: SKRSContext2D, mark: Canvas, cxPx: number, cyPx: number, rotDeg: number, alpha: number): Box {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'multiply';
  ctx.globalAlpha = alpha;
  ctx.translate(cxPx, cyPx);
  ctx.rotate((rotDeg * Math.PI) / 180);
  ctx.drawImage(mark, -mark.width / 2, -mark.height / 2);
  ctx.restore();
  const t = (rotDeg * Math.PI) / 180;
  const bw = Math.abs(mark.width * Math.cos(t)) + Math.abs(mark.height * Math.sin(t));
  const bh = Math.abs(mark.width * Math.sin(t)) + Math.abs(mark.height * Math.cos(t));
  return { x: Math.round(cxPx - bw / 2), y: Math.round(cyPx - bh / 2), w: Math.round(bw), h: Math.round(bh) };
}

function clip(b: Box, w: number, h: number): Box {
  const x0 = Math.max(0, b.x);
  const y0 = Math.max(0, b.y);
  const x1 = Math.min(w, b.x + b.w);
  const y1 = Math.min(h, b.y + b.h);
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

export function placeMarks(ctx: SKRSContext2D, pxPerMm: number, wPx: number, hPx: number, spots: MarkSpots, spec: MarksSpec, rng: Rng): PlacedMarks {
  const out: PlacedMarks = { seal: null, note: null, signature: null, lookalikes: [] };
  const mm = (v: number): number => v * pxPerMm;
  let custom: PlacedCustomNote | null = null;
  if (spec.note?.custom) {
    custom = placeCustomNote(ctx, pxPerMm, wPx, spots.note, spec.note.form, spec.note.custom, rng, stampOnto);
    out.note = { box: clip(custom.box, wPx, hPx), text: custom.text, form: custom.form, complete: custom.complete, color: custom.color };
    if (custom.hand) out.hand = custom.hand.name;
  } else if (spec.note) {
    const full = [...NOTE_TEXT];
    const cut = spec.note.complete ? full.length : rng.pick([5, 6, 10, 12, 13]);
    const written = full.slice(0, cut).join('');
    let mark: Canvas;
    let color: 'blue' | 'black' | 'red';
    if (spec.note.form === 'handwritten') {
      color = rng.chance(0.6) ? 'blue' : 'black';
      mark = drawHandNote(written, pxPerMm, rng, color === 'blue' ? INK.blue(rng) : INK.black(rng)).canvas;
    } else {
      color = rng.chance(0.6) ? 'red' : 'blue';
      mark = drawStampNote(written, pxPerMm, rng, color === 'red' ? INK.sealRed(rng) : INK.stampBlue(rng), full.length);
    }
    const cx = Math.min(wPx - mark.width / 2 - mm(8), mm(spots.note.x) + mark.width / 2 + mm(rng.range(-3, 6)));
    const cy = mm(spots.note.y) + mm(rng.range(-3, 3));
    const box = stampOnto(ctx, mark, cx, cy, rng.normal(0, spec.note.form === 'stamp' ? 3 : 1.5), spec.note.form === 'stamp' ? rng.range(0.75, 0.95) : 0.97);
    out.note = { box: clip(box, wPx, hPx), text: written, form: spec.note.form, complete: spec.note.complete, color };
  }
  if (spec.signature) {
    const color = rng.chance(0.6) ? INK.blue(rng) : INK.black(rng);
    const mark = drawSignature(pxPerMm, rng, color, rng.pick(['李明', '王芳', '张伟', '赵静', '刘洋']));
    const cx = Math.min(wPx - mark.width / 2 - mm(5), mm(spots.sign.x) + mark.width / 2 + mm(rng.range(-4, 8)));
    const box = stampOnto(ctx, mark, cx, mm(spots.sign.y) + mm(rng.range(-2, 2)), rng.normal(-3, 4), 0.97);
    out.signature = clip(box, wPx, hPx);
  }
  if (spec.seal) {
    const style = randomCompanySealStyle(rng, spec.seal.company);
    const mark = drawSeal(style, pxPerMm, rng);
    let cx = mm(spots.seal.x + rng.range(-6, 6));
    let cy = mm(spots.seal.y + rng.range(-6, 6));
    if (spec.seal.overNote && out.note) {
      cx = out.note.box.x + out.note.box.w * rng.range(0.25, 0.85);
      cy = out.note.box.y + out.note.box.h * rng.range(0.1, 0.9);
    }
    if (spec.seal.offPage) {
      const side = rng.int(0, 2);
      const r = mark.width / 2;
      if (side === 0) cx = wPx - r * rng.range(0.3, 0.9);
      else if (side === 1) cy = hPx - r * rng.range(0.3, 0.9);
      else cx = r * rng.range(0.1, 0.7);
    }
    const faint = spec.seal.faint ?? false;
    const box = stampOnto(ctx, mark, cx, cy, rng.range(-40, 40), faint ? rng.range(0.25, 0.4) : rng.range(0.72, 0.95));
    const c = clip(box, wPx, hPx);
    out.seal = { box: c, company: spec.seal.company, faint, onPage: Math.round(((c.w * c.h) / (box.w * box.h)) * 100) / 100, code: style.code };
  }
  for (const t of spec.lookalikes ?? []) {
    if (t === 'red_handwriting') {
      ctx.save();
      const x = rng.range(110, 160);
      const y = rng.range(40, 120);
      const w = handText({ ctx, pxPerMm }, rng.pick(['已核对', '复印件', '同意', '仅供办理工作居住证使用']), x, y, 6, INK.sealRed(rng), rng);
      ctx.restore();
      out.lookalikes.push({ type: t, box: clip({ x: Math.round(mm(x)), y: Math.round(mm(y - 7)), w: Math.round(mm(w)), h: Math.round(mm(9)) }, wPx, hPx) });
      continue;
    }
    const mark = t === 'fingerprint' ? drawFingerprint(pxPerMm, rng) : drawRedLogo(pxPerMm, rng);
    const at = t === 'fingerprint' ? { x: spots.sign.x + rng.range(30, 45), y: spots.sign.y } : { x: rng.range(18, 30), y: rng.range(14, 22) };
    const box = stampOnto(ctx, mark, mm(at.x), mm(at.y), rng.normal(0, 10), t === 'fingerprint' ? rng.range(0.6, 0.85) : 0.95);
    out.lookalikes.push({ type: t, box: clip(box, wPx, hPx) });
  }
  if (spec.writing?.length) {
    out.writing = spec.writing.map((w, k) => {
      const placed = placeOtherWriting(ctx, pxPerMm, wPx, hPx, custom, spots.note, w, rng, stampOnto, k);
      return { text: placed.text, box: clip(placed.box, wPx, hPx) };
    });
  }
  return out;
}
