import type { Case } from '../../rules/contract/index.ts';
import type { Rng } from './rng.ts';
import type { Employer, IncomeRow, Person } from './docs/content.ts';
import type { DocSpec, PageSpec } from './render-document.ts';
import type { Degradation } from './truth.ts';
import { pageCountOf } from './draw-page.ts';
import { incomeQuery, taxRecord } from './world.ts';
import type { PlannedFlag } from './guide-facts.ts';

/** A case before rendering: its manifest, its documents' specs, and the flags it must raise. */
export interface CasePlan {
  manifest: Case;
  docs: DocSpec[];
  /** Case- and document-level flags decided where the defect is planned (page flags come from page truth). */
  caseFlags: PlannedFlag[];
  injected: string[];
  threshold: number | null;
  /** Names of bad (non-PDF, empty, encrypted) files the case references under docs/. */
  badFiles: string[];
}

/** One applicant at one employer on one application date; documents are shared between its cases. */
export interface World {
  person: Person;
  employer: Employer;
  category: 'high_tech' | 'key' | 'other';
  date: string;
  tag: string;
  dpi: number;
  rng: Rng;
}

export const OK_MARKS = (employer: string): PageSpec['marks'] => ({ seal: { company: employer }, note: { form: 'handwritten', complete: true }, signature: true });

/** Case documents: 150 dpi, JPEG 72 with trellis quantisation to keep the corpus small. */
export function spec(w: World, name: string, content: DocSpec['content'], pages: PageSpec[], extra: Partial<DocSpec> = {}): DocSpec {
  return { file: `docs/${w.tag}-${name}.pdf`, content, employer: w.employer.name, dpi: w.dpi, quality: 72, mozjpeg: true, pages, seed: `${w.tag}-${name}-${w.rng.int(0, 1e9)}`, ...extra };
}

export function clean(n: number): PageSpec[] {
  return Array.from({ length: n }, () => ({ marks: { seal: null, note: null, signature: false }, degradations: ['clean'] as Degradation[] }));
}

/** A contract's pages: the employer's seal on the signature page (the last), sometimes a red fingerprint. */
export function contractPages(n: number, company: string, rng: Rng, degradations: Degradation[] = ['clean']): PageSpec[] {
  const pages = clean(n);
  pages[n - 1] = { marks: { seal: { company }, note: null, signature: false, lookalikes: rng.chance(0.5) ? ['fingerprint'] : [] }, degradations };
  return pages;
}

/** 申报收入查询 and 纳税记录 of the same rows, every page sealed, annotated and signed unless overridden. */
export function incomePair(w: World, name: string, rows: IncomeRow[], printed: string, override?: (doc: 'income' | 'tax', i: number) => Partial<PageSpec> | undefined): [DocSpec, DocSpec] {
  const iq = incomeQuery(w.person, rows, printed, w.rng);
  const tr = taxRecord(w.person, rows, printed, w.rng);
  const pages = (doc: 'income' | 'tax', n: number): PageSpec[] =>
    Array.from({ length: n }, (_, i) => ({
      marks: { ...OK_MARKS(w.employer.name), note: { form: w.rng.chance(0.7) ? 'handwritten' : 'stamp', complete: true } },
      degradations: ['clean'] as Degradation[],
      ...(override?.(doc, i) ?? {}),
    }));
  return [spec(w, `${name}-income`, iq, pages('income', pageCountOf(iq))), spec(w, `${name}-tax`, tr, pages('tax', pageCountOf(tr)))];
}

export function caseAdder(w: World, plans: CasePlan[]) {
  const manifest = (id: string, docs: DocSpec[], over: Partial<Case>): Case => ({
    id: `${w.tag}-${id}`,
    applicationType: 'new',
    applicationDate: w.date,
    applicant: { name: w.person.name, idNumber: w.person.idNumber },
    employer: { name: w.employer.name, category: w.category, creditCode: w.employer.creditCode },
    condition: 'degree',
    permitExpiry: null,
    documents: docs.map((d) => ({ file: d.file, kind: d.content.kind })),
    ...over,
  });
  return (id: string, docs: DocSpec[], flags: PlannedFlag[], injected: string[], over: Partial<Case> = {}, threshold: number | null = null, badFiles: string[] = []): void => {
    plans.push({ manifest: manifest(id, docs, over), docs, caseFlags: flags, injected, threshold, badFiles });
  };
}
