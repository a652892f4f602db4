import type { Rng } from './rng.ts';
import type { DocSpec, PageSpec } from './render-document.ts';
import type { Degradation } from './truth.ts';
import { incomeQuery, incomeSeries, makeEmployer, makePerson, taxRecord, idCard, laborContract, monthsBefore } from './world.ts';
import { addMonths } from './dates.ts';

/**
 * Single pages for the vision checks: every seal / note / signature variant and every degradation,
 * plus red look-alikes on seal-free pages. Cycled so each variant appears several times.
 */
const VARIANTS: { name: string; marks: (emp: string, other: string) => PageSpec['marks']; deg: Degradation[]; redRules?: boolean; kind?: 'id' | 'contract' }[] = [
  { name: 'full-hand', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['clean'] },
  { name: 'full-stamp', marks: (e) => ({ seal: { company: e }, note: { form: 'stamp', complete: true }, signature: true }), deg: ['clean'] },
  { name: 'no-seal', marks: () => ({ seal: null, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['clean'] },
  { name: 'faint-seal', marks: (e) => ({ seal: { company: e, faint: true }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['clean'] },
  { name: 'seal-off-page', marks: (e) => ({ seal: { company: e, offPage: true }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['clean'] },
  { name: 'other-seal', marks: (_e, o) => ({ seal: { company: o }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['clean'] },
  { name: 'grey-scan', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['greyscale'] },
  { name: 'note-partial', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: false }, signature: true }), deg: ['clean'] },
  { name: 'stamp-partial', marks: (e) => ({ seal: { company: e }, note: { form: 'stamp', complete: false }, signature: true }), deg: ['clean'] },
  { name: 'no-note', marks: (e) => ({ seal: { company: e }, note: null, signature: true }), deg: ['clean'] },
  { name: 'no-signature', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: false }), deg: ['clean'] },
  { name: 'bare', marks: () => ({ seal: null, note: null, signature: false }), deg: ['clean'] },
  { name: 'red-rules-no-seal', marks: () => ({ seal: null, note: { form: 'handwritten', complete: true }, signature: true, lookalikes: ['red_handwriting'] }), deg: ['clean'], redRules: true },
  { name: 'blur', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['gaussian_blur'] },
  { name: 'motion', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['motion_blur'] },
  { name: 'low-dpi', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['low_dpi'] },
  { name: 'heavy-jpeg', marks: (e) => ({ seal: { company: e }, note: { form: 'stamp', complete: true }, signature: true }), deg: ['heavy_jpeg'] },
  { name: 'skew', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['skew'] },
  { name: 'edge-cut', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['edge_cut'] },
  { name: 'dark-border', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['dark_border'] },
  { name: 'phone', marks: (e) => ({ seal: { company: e }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['phone_photo'] },
  { name: 'noise-grey', marks: (e) => ({ seal: { company: e, faint: true }, note: { form: 'handwritten', complete: true }, signature: true }), deg: ['noise', 'greyscale'] },
  { name: 'id-emblem', marks: () => ({ seal: null, note: null, signature: false }), deg: ['clean'], kind: 'id' },
  { name: 'contract-fingerprint', marks: () => ({ seal: null, note: null, signature: false, lookalikes: ['fingerprint', 'red_logo'] }), deg: ['clean'], kind: 'contract' },
];

export function planPages(rng: Rng, count: number, date: string, dpiChoices: number[]): DocSpec[] {
  const out: DocSpec[] = [];
  for (let i = 0; i < count; i++) {
    const v = VARIANTS[i % VARIANTS.length];
    const person = makePerson(rng);
    const emp = makeEmployer(rng);
    const other = makeEmployer(rng, emp.name);
    const months = monthsBefore(date, rng.int(6, 12));
    const rows = incomeSeries(rng, months, rng.range(9000, 30000), () => emp.name).rows;
    const name = `pages/p${String(i + 1).padStart(3, '0')}-${v.name}`;
    const content =
      v.kind === 'id'
        ? idCard(person, addMonths(date, -60), rng.chance(0.5) ? null : addMonths(date, 60))
        : v.kind === 'contract'
          ? laborContract(emp, person, addMonths(date, -20), addMonths(date, 16), 'cn', rng, 1)
          : rng.chance(0.5)
            ? incomeQuery(person, rows, date, rng)
            : taxRecord(person, rows, date, rng);
    out.push({
      file: `${name}.pdf`,
      content,
      employer: emp.name,
      dpi: rng.pick(dpiChoices),
      quality: rng.int(65, 80),
      pages: [{ marks: v.marks(emp.name, other.name), degradations: v.deg, redRules: v.redRules }],
      seed: `${name}-${rng.int(0, 1e9)}`,
      colourCopy: true,
    });
  }
  return out;
}
