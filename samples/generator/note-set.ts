import type { Rng } from './rng.ts';
import type { DocSpec, PageSpec } from './render-document.ts';
import type { Degradation } from './truth.ts';
import type { MarksSpec } from './marks/place-marks.ts';
import type { CustomNote } from './marks/place-custom.ts';
import { HANDS } from './marks/hands.ts';
import { incomeQuery, incomeSeries, makeEmployer, makePerson, taxRecord, monthsBefore } from './world.ts';

/**
 * The note set (`notes/` in each split): income pages that vary only the handler's note and
 * signature, so incompleteness can be chosen on tune and measured on holdout with more than a
 * handful of partial notes. Cuts of 与原件一致，本单位已核实确认真实有效 (characters written,
 * the comma counted; 18 = whole): 5 与原件一致 · 6 与原件一致， · 9 …本单位 · 10 …本单位已 ·
 * 12 …已核实 · 14 …确认 · 15 …真 · 16 …真实 · 17 …真实有 (one short of the end).
 */
const WHOLE = 18;
const EARLY = [5, 6, 9, 10];
const LATE = [12, 14, 15, 16, 17];

type Variant = {
  name: string;
  form: 'handwritten' | 'stamp' | null;
  cut: readonly number[];
  signature: boolean;
  seal?: 'near' | 'over' | 'none';
  fitted?: boolean;
  deg?: Degradation[];
  writing?: ('restrict' | 'date')[];
  /** The note's ink; absent, drawn (hand: blue or black, stamp: red or blue). */
  color?: CustomNote['color'];
  /** The hands to cycle through for this variant; absent, every hand. */
  hands?: readonly string[];
};

const VARIANTS: Variant[] = [
  { name: 'hand-whole', form: 'handwritten', cut: [WHOLE], signature: true },
  { name: 'stamp-whole', form: 'stamp', cut: [WHOLE], signature: true },
  { name: 'hand-cut-early', form: 'handwritten', cut: EARLY, signature: true },
  { name: 'stamp-fitted-cut', form: 'stamp', cut: [5, 5, 9], fitted: true, signature: true },
  { name: 'hand-cut-late', form: 'handwritten', cut: LATE, signature: true },
  { name: 'stamp-cut-late', form: 'stamp', cut: LATE, signature: true },
  { name: 'hand-whole-over-seal', form: 'handwritten', cut: [WHOLE], signature: true, seal: 'over' },
  { name: 'stamp-whole-over-seal', form: 'stamp', cut: [WHOLE], signature: true, seal: 'over' },
  { name: 'hand-cut-over-seal', form: 'handwritten', cut: [...EARLY, ...LATE], signature: true, seal: 'over' },
  { name: 'hand-whole-grey', form: 'handwritten', cut: [WHOLE], signature: true, deg: ['greyscale'] },
  { name: 'hand-whole-phone', form: 'handwritten', cut: [WHOLE], signature: true, deg: ['phone_photo'] },
  { name: 'hand-cut-grey', form: 'handwritten', cut: [...EARLY, ...LATE], signature: true, deg: ['greyscale', 'noise'] },
  { name: 'stamp-cut-phone', form: 'stamp', cut: [...EARLY, ...LATE], signature: true, deg: ['phone_photo'] },
  { name: 'hand-whole-restrict', form: 'handwritten', cut: [WHOLE], signature: true, writing: ['restrict'] },
  { name: 'hand-cut-date', form: 'handwritten', cut: [...EARLY, ...LATE], signature: true, writing: ['date'] },
  { name: 'restrict-no-note', form: null, cut: [], signature: true, writing: ['restrict', 'date'] },
  { name: 'signature-alone', form: null, cut: [], signature: true },
  { name: 'hand-whole-unsigned', form: 'handwritten', cut: [WHOLE], signature: false },
  { name: 'stamp-whole-unsigned', form: 'stamp', cut: [WHOLE], signature: false },
  { name: 'hand-whole-date-unsigned', form: 'handwritten', cut: [WHOLE], signature: false, writing: ['date'] },
];

function dateText(date: string, rng: Rng): string {
  const [y, m, d] = date.split('-').map(Number);
  return rng.pick([`${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}/${m}/${d}`]);
}

/** `count` pages cycling over VARIANTS; hands cycle too so each hand meets each kind of cut. */
export function planNotes(rng: Rng, count: number, date: string, dpiChoices: number[]): DocSpec[] {
  const out: DocSpec[] = [];
  for (let i = 0; i < count; i++) {
    const hand = HANDS[(i + Math.floor(i / VARIANTS.length)) % HANDS.length].name;
    out.push(planNote(rng, i + 1, VARIANTS[i % VARIANTS.length], hand, date, dpiChoices));
  }
  return out;
}

/**
 * The hard kinds (tune only, numbered after the base set, drawn from their own rng stream so the base
 * pages stay byte-identical): signatures on grey scans and phone photos and beside 仅供办理工作居住证使用,
 * short notes (与原件一致 …本单位) under the red seal, blue stamps cut a few characters short on phone
 * photos, and whole notes in every hand on degraded copies — the kinds whose tails and signatures misread.
 */
const SMALL = [5, 6, 9];
const NEAR_END = [14, 15, 16, 17];
const SMALL_HANDS = ['kai-small', 'kai-fast', 'ming-ballpoint'];
const HARD: Variant[] = [
  { name: 'hand-whole-grey-signed', form: 'handwritten', cut: [WHOLE], signature: true, deg: ['greyscale'] },
  { name: 'hand-whole-phone-signed', form: 'handwritten', cut: [WHOLE], signature: true, deg: ['phone_photo'] },
  { name: 'stamp-whole-grey-signed', form: 'stamp', cut: [WHOLE], signature: true, deg: ['greyscale', 'noise'] },
  { name: 'stamp-whole-phone-signed', form: 'stamp', cut: [WHOLE], signature: true, deg: ['phone_photo'] },
  { name: 'hand-whole-restrict-grey', form: 'handwritten', cut: [WHOLE], signature: true, writing: ['restrict'], deg: ['greyscale'] },
  { name: 'hand-whole-restrict-phone', form: 'handwritten', cut: [WHOLE], signature: true, writing: ['restrict'], deg: ['phone_photo'] },
  { name: 'hand-small-over-seal', form: 'handwritten', cut: SMALL, signature: true, seal: 'over', hands: SMALL_HANDS },
  { name: 'stamp-blue-cut-phone', form: 'stamp', cut: NEAR_END, signature: true, color: 'blue', deg: ['phone_photo'] },
  { name: 'hand-whole-over-seal-phone', form: 'handwritten', cut: [WHOLE], signature: true, seal: 'over', deg: ['phone_photo'] },
  { name: 'hand-whole-restrict-date', form: 'handwritten', cut: [WHOLE], signature: true, writing: ['restrict', 'date'] },
  { name: 'hand-small-over-seal-grey', form: 'handwritten', cut: SMALL, signature: true, seal: 'over', deg: ['greyscale'], hands: SMALL_HANDS },
  { name: 'stamp-blue-cut-phone-early', form: 'stamp', cut: [9, 10, 12], signature: true, color: 'blue', deg: ['phone_photo'] },
  { name: 'hand-whole-grey-noise', form: 'handwritten', cut: [WHOLE], signature: true, deg: ['greyscale', 'noise'] },
  { name: 'hand-cut-late-phone', form: 'handwritten', cut: NEAR_END, signature: true, deg: ['phone_photo'] },
];

/** `count` pages of the hard kinds, numbered from `first`; every hand meets every kind. */
export function planHardNotes(rng: Rng, count: number, first: number, date: string, dpiChoices: number[]): DocSpec[] {
  const out: DocSpec[] = [];
  for (let i = 0; i < count; i++) {
    const v = HARD[i % HARD.length];
    const hands = v.hands ?? HANDS.map((h) => h.name);
    const hand = hands[(i + Math.floor(i / HARD.length)) % hands.length];
    out.push(planNote(rng, first + i, v, hand, date, dpiChoices));
  }
  return out;
}

function planNote(rng: Rng, n: number, v: Variant, hand: string, date: string, dpiChoices: number[]): DocSpec {
  const person = makePerson(rng);
  const emp = makeEmployer(rng);
  const months = monthsBefore(date, rng.int(6, 12));
  const rows = incomeSeries(rng, months, rng.range(9000, 30000), () => emp.name).rows;
  const content = rng.chance(0.5) ? incomeQuery(person, rows, date, rng) : taxRecord(person, rows, date, rng);
  let note: MarksSpec['note'] = null;
  if (v.form) {
    const cut = rng.pick(v.cut);
    const color: CustomNote['color'] = v.color ?? (v.form === 'handwritten' ? (rng.chance(0.6) ? 'blue' : 'black') : rng.chance(0.6) ? 'red' : 'blue');
    note = { form: v.form, complete: cut === WHOLE, custom: { cut, color, hand, fitted: v.fitted, twoLines: rng.chance(0.5) } };
  }
  const sealMode = v.seal ?? (rng.chance(0.85) ? 'near' : 'none');
  const marks: MarksSpec = {
    seal: sealMode === 'none' ? null : { company: emp.name, ...(sealMode === 'over' ? { overNote: true } : {}) },
    note,
    signature: v.signature,
    ...(v.writing ? { writing: v.writing.map((w, k) => ({ text: w === 'restrict' ? '仅供办理工作居住证使用' : dateText(date, rng), where: k === 0 && rng.chance(0.5) ? 'above' as const : 'below' as const })) } : {}),
  };
  const page: PageSpec = { marks, degradations: v.deg ?? ['clean'] };
  const name = `notes/n${String(n).padStart(3, '0')}-${v.name}`;
  return {
    file: `${name}.pdf`,
    content,
    employer: emp.name,
    dpi: rng.pick(dpiChoices),
    quality: rng.int(52, 66),
    mozjpeg: true,
    pages: [page],
    seed: `${name}-${rng.int(0, 1e9)}`,
    colourCopy: true,
  };
}
