/**
 * The hand model: a font gives the letterforms, the hand gives everything a font lacks — each
 * glyph's own size, tilt, baseline and spacing, a slant, a line that drifts, pen pressure (stroke
 * thickening) and ink that is not perfectly even. A `Hand` is one sitting of one writer: the note
 * and a date written next to it share it.
 */
import type { NoteHand } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type InkFont, inkCell } from './glyph-ink.ts';
import { type MmBox, type Pt, boxOfPoints, rotate } from './geometry.ts';
import { type Defs, esc, n } from './svg.ts';

export interface HandStyle {
  family: string;
  weight: number;
  inkFont: InkFont;
  /** Em size in mm. */
  size: readonly [number, number];
  /** Per-glyph spread: relative size sd, rotation sd (deg), baseline sd (mm), relative advance sd. */
  sizeSd: number;
  rotSd: number;
  baseSd: number;
  advanceSd: number;
  /** Mean advance in em. */
  advance: readonly [number, number];
  /** Forward lean (deg, skewX) and horizontal squeeze of the whole hand. */
  slant: readonly [number, number];
  squash: readonly [number, number];
  /** sd of the line's rise (deg): lines written without a ruler wander. */
  drift: number;
  /** Extra stroke width (mm) a pressing pen adds, per glyph. */
  pressure: readonly [number, number];
  /** Edge warp of the texture filter (mm). */
  wobble: readonly [number, number];
}

export const NOTE_HANDS: Record<NoteHand, HandStyle> = {
  neat: {
    family: 'AR PL KaitiM GB', weight: 400, inkFont: 'kaiti', size: [4.6, 5.6], sizeSd: 0.04, rotSd: 1.5, baseSd: 0.2,
    advanceSd: 0.05, advance: [1.02, 1.12], slant: [0, 5], squash: [0.95, 1.02], drift: 0.8, pressure: [0.02, 0.1], wobble: [0.15, 0.3],
  },
  fast: {
    family: 'LXGW WenKai', weight: 300, inkFont: 'wenkai', size: [4.4, 5.8], sizeSd: 0.09, rotSd: 4, baseSd: 0.45,
    advanceSd: 0.1, advance: [0.86, 0.97], slant: [7, 14], squash: [0.84, 0.93], drift: 2.2, pressure: [0, 0.08], wobble: [0.35, 0.6],
  },
  round: {
    family: 'LXGW WenKai', weight: 400, inkFont: 'wenkai', size: [5, 6.2], sizeSd: 0.06, rotSd: 2.5, baseSd: 0.3,
    advanceSd: 0.06, advance: [1.0, 1.1], slant: [-2, 3], squash: [1.04, 1.12], drift: 1.2, pressure: [0.04, 0.12], wobble: [0.25, 0.45],
  },
  small: {
    family: 'AR PL KaitiM GB', weight: 400, inkFont: 'kaiti', size: [3.2, 3.9], sizeSd: 0.07, rotSd: 3, baseSd: 0.2,
    advanceSd: 0.08, advance: [0.95, 1.05], slant: [3, 9], squash: [0.92, 1.0], drift: 1.5, pressure: [0, 0.06], wobble: [0.12, 0.25],
  },
  heavy: {
    family: 'LXGW WenKai', weight: 700, inkFont: 'wenkai-bold', size: [5, 6.4], sizeSd: 0.06, rotSd: 2.5, baseSd: 0.3,
    advanceSd: 0.06, advance: [1.0, 1.1], slant: [2, 8], squash: [0.95, 1.05], drift: 1.2, pressure: [0.2, 0.34], wobble: [0.3, 0.5],
  },
};

/** A careful hand for printed-name signatures and a quick one for red remarks. */
export const EXTRA_HANDS = {
  careful: { ...NOTE_HANDS.neat, size: [4.6, 5.6], slant: [0, 3] },
  remark: { ...NOTE_HANDS.fast, size: [4, 5.2] },
  /** Printed lettering (a logo's name): no jitter at all. */
  print: {
    family: 'WenQuanYi Zen Hei', weight: 400, inkFont: 'zenhei', size: [3, 3], sizeSd: 0, rotSd: 0, baseSd: 0, advanceSd: 0,
    advance: [1, 1], slant: [0, 0], squash: [1, 1], drift: 0, pressure: [0, 0], wobble: [0, 0],
  },
} satisfies Record<string, HandStyle>;

/** One writer's sitting: the style's ranges drawn once. */
export interface Hand {
  style: HandStyle;
  size: number;
  advance: number;
  slant: number;
  squash: number;
  pressure: number;
  wobble: number;
}

export function sampleHand(style: HandStyle, rng: RandomStream, size?: number): Hand {
  return {
    style,
    size: size ?? rng.between(style.size[0], style.size[1]),
    advance: rng.between(style.advance[0], style.advance[1]),
    slant: rng.between(style.slant[0], style.slant[1]),
    squash: rng.between(style.squash[0], style.squash[1]),
    pressure: rng.between(style.pressure[0], style.pressure[1]),
    wobble: rng.between(style.wobble[0], style.wobble[1]),
  };
}

export interface WrittenLine {
  svg: string;
  box: MmBox;
  /** Pen position after the last glyph, on the (drifted) baseline. */
  end: Pt;
  glyphs: MmBox[];
}

const PUNCT = /[，。、,.]/;

/**
 * Writes one line starting at `start` (pen on the baseline). Each glyph is an ink-coloured
 * rectangle the size of the glyph's measured ink, masked by the glyph itself.
 */
export function writeLine(
  hand: Hand,
  text: string,
  start: Pt,
  colour: string,
  rng: RandomStream,
  defs: Defs,
  opts: { driftDeg?: number; opacity?: readonly [number, number] } = {},
): WrittenLine {
  const st = hand.style;
  const drift = ((opts.driftDeg ?? rng.gauss(0, st.drift)) * Math.PI) / 180;
  const [opLo, opHi] = opts.opacity ?? [0.82, 1];
  const skew = Math.tan((hand.slant * Math.PI) / 180);
  let x = start.x;
  let y = start.y;
  const parts: string[] = [];
  const glyphs: MmBox[] = [];
  for (const ch of text) {
    // Digits are written more evenly than ideographs (and small ones show jitter more).
    const calm = /[0-9.]/.test(ch) ? 0.4 : 1;
    const s = hand.size * Math.max(0.7, 1 + rng.gauss(0, st.sizeSd * calm));
    const rot = rng.gauss(0, st.rotSd * calm);
    const by = rng.gauss(0, st.baseSd * calm);
    const pw = Math.max(0, hand.pressure + rng.gauss(0, 0.03)) * (st.pressure[1] > 0 ? 1 : 0);
    const [l, r, t, b, adv] = inkCell(st.inkFont, ch);
    const pad = pw / 2 + 0.04;
    const rect = { x: l * s - pad, y: t * s - pad, w: (r - l) * s + 2 * pad, h: (b - t) * s + 2 * pad };
    const px = x;
    const py = y + by;
    // Local (x, y) -> scale(squash) -> skewX(-slant) -> rotate(rot) -> translate(px, py).
    const map = (p: Pt): Pt => {
      const q = rotate({ x: p.x * hand.squash + skew * -p.y, y: p.y }, rot);
      return { x: q.x + px, y: q.y + py };
    };
    const corners = [
      map({ x: rect.x, y: rect.y }),
      map({ x: rect.x + rect.w, y: rect.y }),
      map({ x: rect.x, y: rect.y + rect.h }),
      map({ x: rect.x + rect.w, y: rect.y + rect.h }),
    ];
    glyphs.push(boxOfPoints(corners));
    const maskId = defs.id('glyph');
    const rectAttrs = `x="${n(rect.x)}" y="${n(rect.y)}" width="${n(rect.w)}" height="${n(rect.h)}"`;
    const stroke = pw > 0.005 ? ` stroke="#fff" stroke-width="${n(pw)}" stroke-linejoin="round"` : '';
    defs.add(
      `<mask id="${maskId}" maskUnits="userSpaceOnUse" ${rectAttrs}>` +
        `<text x="0" y="0" font-family="${st.family}" font-weight="${st.weight}" font-size="${n(s)}" fill="#fff"${stroke}>${esc(ch)}</text></mask>`,
    );
    const tf = `translate(${n(px)} ${n(py)}) rotate(${n(rot)}) skewX(${n(-hand.slant)}) scale(${n(hand.squash)} 1)`;
    parts.push(
      `<g transform="${tf}"><rect ${rectAttrs} fill="${colour}" fill-opacity="${n(rng.between(opLo, opHi))}" mask="url(#${maskId})"/></g>`,
    );
    // Commas take little room in handwriting.
    const step = s * adv * hand.squash * (PUNCT.test(ch) ? 0.6 : hand.advance) * Math.max(0.6, 1 + rng.gauss(0, st.advanceSd));
    x += step * Math.cos(drift);
    y += step * Math.sin(drift);
  }
  const box = boxOfPoints(glyphs.flatMap((g) => [{ x: g.x, y: g.y }, { x: g.x + g.w, y: g.y + g.h }]));
  return { svg: parts.join(''), box, end: { x, y }, glyphs };
}
