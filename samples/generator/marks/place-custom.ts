import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Box } from '../../../rules/contract/index.ts';
import type { Rng } from '../rng.ts';
import { NOTE_TEXT, drawStampNote } from './annotation.ts';
import { HANDS, drawFittedStamp, drawHandWords, type HandStyle } from './hands.ts';
import { INK } from './ink.ts';

/**
 * The note set's marks (samples/corpus/<split>/notes/): the note cut at a chosen character, in a
 * chosen colour and hand, and other handwriting that is not the note. Only pages that ask for
 * these draw from the rng here, so the single pages and the cases render exactly as before.
 */
export interface CustomNote {
  /** Characters of NOTE_TEXT written (the comma counts): 18 = whole, 5 = 与原件一致. */
  cut: number;
  color: 'blue' | 'black' | 'red';
  /** A hand from HANDS by name (handwritten notes). */
  hand?: string;
  /** Stamps: a frame that fits the text (another stamp) rather than one sized for the whole sentence. */
  fitted?: boolean;
  twoLines?: boolean;
}

/** Other handwriting on the page that is not the note: 仅供办理工作居住证使用, a date. */
export interface OtherWriting {
  text: string;
  where: 'above' | 'below';
}

export interface PlacedCustomNote {
  box: Box;
  text: string;
  form: 'handwritten' | 'stamp';
  complete: boolean;
  color: 'blue' | 'black' | 'red';
  hand: HandStyle | null;
  inkColor: string;
}

const NOTE_CHARS = [...NOTE_TEXT];

export function handByName(name: string | undefined, rng: Rng): HandStyle {
  return HANDS.find((h) => h.name === name) ?? rng.pick(HANDS);
}

type Stamp = (ctx: SKRSContext2D, mark: import('@napi-rs/canvas').Canvas, cx: number, cy: number, rot: number, alpha: number) => Box;

export function placeCustomNote(
  ctx: SKRSContext2D, pxPerMm: number, wPx: number, at: { x: number; y: number }, form: 'handwritten' | 'stamp', note: CustomNote, rng: Rng, stampOnto: Stamp,
): PlacedCustomNote {
  const mm = (v: number): number => v * pxPerMm;
  const cut = Math.max(1, Math.min(NOTE_CHARS.length, note.cut));
  const written = NOTE_CHARS.slice(0, cut).join('');
  const inkColor = form === 'handwritten'
    ? note.color === 'black' ? INK.black(rng) : INK.blue(rng)
    : note.color === 'red' ? INK.sealRed(rng) : INK.stampBlue(rng);
  const hand = form === 'handwritten' ? handByName(note.hand, rng) : null;
  const mark = hand
    ? drawHandWords(written, pxPerMm, rng, inkColor, hand, note.twoLines ?? rng.chance(0.5))
    : note.fitted
      ? drawFittedStamp(written, pxPerMm, rng, inkColor, note.twoLines ?? rng.chance(0.5))
      : drawStampNote(written, pxPerMm, rng, inkColor, NOTE_CHARS.length);
  const cx = Math.min(wPx - mark.width / 2 - mm(8), mm(at.x) + mark.width / 2 + mm(rng.range(-3, 6)));
  const cy = mm(at.y) + mm(rng.range(-3, 3));
  const box = stampOnto(ctx, mark, cx, cy, rng.normal(0, form === 'stamp' ? 3 : 2), form === 'stamp' ? rng.range(0.7, 0.95) : 0.97);
  return { box, text: written, form, complete: cut === NOTE_CHARS.length, color: note.color, hand, inkColor };
}

/** Writes `w.text` above or below the note, in the note's hand and ink when the note is handwritten. */
export function placeOtherWriting(
  ctx: SKRSContext2D, pxPerMm: number, wPx: number, hPx: number, note: PlacedCustomNote | null, fallback: { x: number; y: number }, w: OtherWriting, rng: Rng, stampOnto: Stamp,
  k = 0,
): { text: string; box: Box } {
  const mm = (v: number): number => v * pxPerMm;
  const hand = note?.hand ?? handByName(undefined, rng);
  const color = note?.hand ? note.inkColor : rng.chance(0.6) ? INK.blue(rng) : INK.black(rng);
  const mark = drawHandWords(w.text, pxPerMm, rng, color, hand, false);
  const x0 = note ? note.box.x : mm(fallback.x);
  const y = note ? (w.where === 'above' ? note.box.y - mark.height / 2 - mm(rng.range(2, 6)) : note.box.y + note.box.h + mark.height / 2 + mm(rng.range(1, 4))) : mm(fallback.y + 14 * k);
  const cx = Math.min(wPx - mark.width / 2 - mm(5), x0 + mark.width / 2 + mm(rng.range(-2, 10)));
  const cy = Math.max(mark.height / 2, Math.min(hPx - mark.height / 2, y));
  return { text: w.text, box: stampOnto(ctx, mark, cx, cy, rng.normal(0, 1.5), 0.97) };
}
