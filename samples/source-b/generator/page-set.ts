/**
 * Source B's single pages of a split: one page per variant of the table below, each a one-page
 * document (mostly 申报收入查询 / 纳税记录 pages, some contract signature pages and ID copies).
 * A variant changes the handler's marks and/or the scan of an otherwise fully marked, clean page.
 */
import { addDays, monthsBefore } from '../../generator/dates.ts';
import type { Citizen, Company, SourceBDoc } from './content.ts';
import type { MarksPlan, NoteHand, SignatureStyle } from './marks/plan.ts';
import type { ScanDefect, ScanPlan } from './scanner/plan.ts';
import type { RandomStream } from './rng.ts';
import type { BDocSpec } from './doc-spec.ts';
import { contractMarks, fullMarks, NOTHING, notePlan, officeScan, sealPlan } from './cases-kit.ts';
import { idCard, incomeQuery, laborContract, makeCitizen, makeCompany, taxRecord, wageSeries } from './world.ts';
import { makeName } from './identity.ts';

type PageKind = 'income' | 'tax' | 'contract' | 'id';

/** What a variant draws from: the page's own stream, its employer, another one, its handler. */
interface Ctx {
  rng: RandomStream;
  employer: Company;
  other: Company;
  handler: string;
  dpi: number;
  /** The split's page date (handwritten dates are near it). */
  date: string;
}

interface Variant {
  name: string;
  kind: PageKind;
  /** A registered name of 16–20 characters. */
  longName?: boolean;
  /** Changes to the fully marked page (contract pages start from their seal-zone seal, ID pages from nothing). */
  marks?: (m: MarksPlan, c: Ctx) => MarksPlan;
  scan?: (s: ScanPlan, c: Ctx) => ScanPlan;
}

const note = (chars: number, form: 'handwritten' | 'stamp') => (m: MarksPlan, c: Ctx): MarksPlan => ({ ...m, note: notePlan(c.rng.child('note'), { form, chars }) });
const hand = (h: NoteHand) => (m: MarksPlan, c: Ctx): MarksPlan => ({ ...m, note: notePlan(c.rng.child('note'), { form: 'handwritten', hand: h, chars: 18 }) });
const sign = (style: SignatureStyle, placement: NonNullable<MarksPlan['signature']>['placement']) => (m: MarksPlan): MarksPlan => ({ ...m, signature: m.signature && { ...m.signature, style, placement } });
const defect = (d: ScanDefect, extra: Partial<ScanPlan> = {}) => (s: ScanPlan): ScanPlan => ({ ...s, defects: [d], ...extra });
const cut = (side: 'top' | 'right' | 'bottom' | 'left', lo: number, hi: number) => (s: ScanPlan, c: Ctx): ScanPlan => ({ ...s, capture: 'autocrop', cutMm: { top: 0, right: 0, bottom: 0, left: 0, [side]: c.rng.integer(lo, hi) } });
const seal = (over: Parameters<typeof sealPlan>[2]) => (m: MarksPlan, c: Ctx): MarksPlan => ({ ...m, seal: sealPlan(c.employer.name, c.rng.child('seal'), over) });

const VARIANTS: Variant[] = [
  { name: 'whole-neat-label', kind: 'income', marks: (m, c) => sign('cursive-name', 'after-handler-label')(hand('neat')(m, c)) },
  { name: 'whole-fast-under', kind: 'tax', marks: (m, c) => sign('scribble', 'under-note')(hand('fast')(m, c)) },
  { name: 'whole-round-beside', kind: 'income', marks: (m, c) => sign('loops', 'beside-note')(hand('round')(m, c)) },
  { name: 'whole-small-after', kind: 'tax', marks: (m, c) => sign('initials', 'after-note')(hand('small')(m, c)) },
  { name: 'whole-heavy-label', kind: 'tax', marks: (m, c) => sign('printed-name', 'after-handler-label')(hand('heavy')(m, c)) },
  { name: 'whole-stamp-red', kind: 'income', marks: (m, c) => ({ ...sign('cursive-name', 'under-note')(m), note: notePlan(c.rng.child('note'), { form: 'stamp', color: 'red' }) }) },
  { name: 'whole-stamp-blue', kind: 'tax', marks: (m, c) => ({ ...sign('scribble', 'beside-note')(m), note: notePlan(c.rng.child('note'), { form: 'stamp', color: 'blue' }) }) },
  { name: 'whole-black-three-lines', kind: 'income', marks: (m, c) => ({ ...m, note: notePlan(c.rng.child('note'), { form: 'handwritten', color: 'black', lines: 3, chars: 18 }) }) },
  { name: 'no-seal', kind: 'income', marks: (m) => ({ ...m, seal: null }) },
  { name: 'no-seal-tax', kind: 'tax', marks: (m) => ({ ...m, seal: null }) },
  { name: 'faint-seal', kind: 'tax', marks: seal({ faint: true }) },
  { name: 'partly-inked-seal', kind: 'income', marks: (m, c) => seal({ inked: Math.round(c.rng.between(0.45, 0.7) * 100) / 100 })(m, c) },
  { name: 'seal-half-off', kind: 'tax', marks: seal({ placement: 'page-bottom', offSheet: 0.5 }) },
  { name: 'other-company-seal', kind: 'income', marks: (m, c) => ({ ...m, seal: sealPlan(c.other.name, c.rng.child('seal')) }) },
  { name: 'oval-seal', kind: 'tax', marks: (m, c) => seal({ shape: 'oval', diameterMm: c.rng.integer(44, 48) })(m, c) },
  { name: 'double-ring-seal', kind: 'income', marks: seal({ shape: 'double-ring' }) },
  { name: 'long-name', kind: 'income', longName: true },
  { name: 'long-name-tax', kind: 'tax', longName: true, marks: seal({ code: '1101080012345' }) },
  ...([
    [5, 'handwritten'],
    [5, 'stamp'],
    [6, 'stamp'],
    [9, 'handwritten'],
    [10, 'stamp'],
    [12, 'handwritten'],
    [14, 'stamp'],
    [15, 'handwritten'],
    [16, 'stamp'],
    [17, 'handwritten'],
    [17, 'stamp'],
  ] as const).map(([chars, form], i): Variant => ({ name: `partial-${chars}-${form === 'stamp' ? 'stamp' : 'hand'}`, kind: i % 2 ? 'tax' : 'income', marks: note(chars, form) })),
  { name: 'no-note', kind: 'income', marks: (m) => ({ ...m, note: null }) },
  { name: 'no-signature', kind: 'tax', marks: (m) => ({ ...m, signature: null }) },
  { name: 'signature-touching-seal', kind: 'income', marks: sign('cursive-name', 'touching-seal') },
  { name: 'for-permit-only', kind: 'tax', marks: (m) => ({ ...m, otherWriting: [{ text: '仅供办理工作居住证使用' }] }) },
  { name: 'for-permit-only-no-note', kind: 'income', marks: (m) => ({ ...m, note: null, otherWriting: [{ text: '仅供办理工作居住证使用' }] }) },
  { name: 'dated-note', kind: 'tax', marks: (m, c) => ({ ...m, otherWriting: [{ text: c.date.replace(/-0?/g, '.') }] }) },
  { name: 'red-writing-no-seal', kind: 'income', marks: (m) => ({ ...m, seal: null, lookalikes: ['red_handwriting', 'red_logo'] }) },
  { name: 'bed-light', kind: 'tax', scan: (s) => ({ ...s, capture: 'bed-light' }) },
  { name: 'bed-dark', kind: 'income', scan: (s) => ({ ...s, capture: 'bed-dark' }) },
  { name: 'phone', kind: 'income', scan: (s) => ({ ...s, capture: 'phone', rotationDeg: 0 }) },
  { name: 'phone-tax', kind: 'tax', scan: (s) => ({ ...s, capture: 'phone', rotationDeg: 0 }) },
  { name: 'rotated-whole', kind: 'tax', scan: (s, c) => ({ ...s, rotationDeg: Math.round(c.rng.between(0.2, 1.4) * (c.rng.yes(0.5) ? 1 : -1) * 100) / 100 }) },
  { name: 'skewed', kind: 'income', scan: (s, c) => ({ ...s, capture: 'bed-light', rotationDeg: Math.round(c.rng.between(3, 6) * (c.rng.yes(0.5) ? 1 : -1) * 10) / 10 }) },
  { name: 'cut-top', kind: 'tax', scan: cut('top', 8, 14) },
  { name: 'cut-right', kind: 'income', scan: cut('right', 15, 30) },
  { name: 'cut-bottom', kind: 'tax', scan: cut('bottom', 10, 25) },
  { name: 'photocopy', kind: 'income', scan: defect('photocopy') },
  { name: 'copy-of-copy', kind: 'tax', scan: defect('copy_of_copy') },
  { name: 'toner-streaks', kind: 'income', scan: defect('toner_streaks') },
  { name: 'fold', kind: 'tax', scan: defect('fold') },
  { name: 'binarised', kind: 'income', scan: defect('binarised') },
  { name: 'greyscale-faint-seal', kind: 'tax', marks: seal({ faint: true }), scan: defect('greyscale') },
  { name: 'noise', kind: 'income', scan: defect('noise') },
  { name: 'gaussian-strong', kind: 'tax', scan: defect('gaussian_blur', { strength: 'strong' }) },
  { name: 'gaussian-mild', kind: 'income', scan: defect('gaussian_blur', { strength: 'mild' }) },
  { name: 'motion-strong', kind: 'income', scan: defect('motion_blur', { strength: 'strong' }) },
  { name: 'motion-mild', kind: 'tax', scan: defect('motion_blur', { strength: 'mild' }) },
  { name: 'low-dpi', kind: 'tax', scan: defect('low_dpi', { dpi: 100 }) },
  { name: 'heavy-jpeg', kind: 'income', scan: defect('heavy_jpeg') },
  { name: 'contract-seal', kind: 'contract' },
  { name: 'contract-other-seal', kind: 'contract', marks: (m, c) => ({ ...m, seal: sealPlan(c.other.name, c.rng.child('seal'), { placement: 'seal-zone' }) }) },
  { name: 'contract-no-seal-fingerprint', kind: 'contract', marks: (m) => ({ ...m, seal: null, lookalikes: ['fingerprint'] }) },
  { name: 'id-copy', kind: 'id', scan: defect('photocopy') },
  { name: 'id-colour', kind: 'id' },
];

export const PAGE_VARIANTS: readonly string[] = VARIANTS.map((v) => v.name);

function content(kind: PageKind, c: Ctx, person: Citizen, date: string): SourceBDoc {
  const r = c.rng.child('content');
  if (kind === 'id') return idCard(person, addDays(date, -r.integer(400, 3000)));
  if (kind === 'contract') {
    const start = `${monthsBefore(date, r.integer(6, 30))[0]}-01`;
    // A one-page contract: its term and its signature block on the same page.
    return laborContract({ employer: c.employer, employee: person, start, end: addDays(`${Number(start.slice(0, 4)) + 3}${start.slice(4)}`, -1), termWriting: r.oneOf(['digits', 'chinese-numerals', 'iso'] as const), pages: 1 }, r);
  }
  // Up to 12 months: one printed page.
  const rows = wageSeries(r.child('wages'), { months: monthsBefore(date, r.integer(6, 12)), average: Math.round(r.between(9000, 32000)), payerOf: () => c.employer });
  const printed = addDays(date, -r.integer(1, 9));
  return kind === 'income' ? incomeQuery(person, rows, printed, r) : taxRecord(person, rows, printed, r);
}

/** The split's single pages: `pages/b<letter>NNN-<variant>.pdf`, the dpi cycling over `dpis`. */
export function planPages(rng: RandomStream, prefix: string, date: string, dpis: readonly number[], count = VARIANTS.length): BDocSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const v = VARIANTS[i % VARIANTS.length]!;
    const pr = rng.child(`page-${i + 1}`);
    const employer = makeCompany(pr.child('employer'), { long: v.longName });
    const c: Ctx = { rng: pr.child('variant'), employer, other: makeCompany(pr.child('other'), { avoid: [employer.name] }), handler: makeName(pr.child('handler'), pr.yes(0.5) ? 'male' : 'female'), dpi: dpis[i % dpis.length]!, date };
    const person = makeCitizen(pr.child('person'));
    const start = v.kind === 'contract' ? contractMarks(employer.name, pr.child('marks')) : v.kind === 'id' ? NOTHING : fullMarks(employer.name, c.handler, pr.child('marks'));
    const marks = v.marks ? v.marks(start, c) : start;
    const base = officeScan(pr.child('scan'), c.dpi, { defects: [], jpegQuality: pr.integer(78, 90) });
    const scan = v.scan ? v.scan(base, c) : base;
    const file = `pages/${prefix}${String(i + 1).padStart(3, '0')}-${v.name}.pdf`;
    return { file, content: content(v.kind, c, person, date), employer: v.kind === 'id' ? null : employer.name, seed: `${pr.label}/render`, pages: [{ marks, scan }] };
  });
}
