import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../rules/contract/index.ts';
import type { CaseExpected } from '../../samples/generator/truth.ts';

/**
 * The guide's rules written out independently of the generator and of rules/: every expected flag
 * must follow from the documents' truth, and every defect in the truth must be expected.
 */
const corpus = join(import.meta.dirname, '../../samples/corpus');
const files = ['tune', 'holdout'].flatMap((s) => readdirSync(join(corpus, s)).filter((f) => f.endsWith('.case.json')).map((f) => `${s}/${f}`)).sort();
const root = corpus;
/** Guide 二（二） table and its 注: the N−1 figure, or the last published one (2021–2024 published later). */
const WAGE: Record<number, number> = { 2020: 9407, 2021: 10628, 2022: 11297, 2023: 11761, 2024: 11937 };
const threshold = (date: string, category: string | undefined): number => {
  const year = Math.max(...Object.keys(WAGE).map(Number).filter((y) => y <= Number(date.slice(0, 4)) - 1));
  return Math.round((category === 'other' ? 1.5 : 1.2) * WAGE[year]);
};
const addMonths = (d: string, n: number): string => {
  const [y, m, day] = d.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + n, day));
  return t.toISOString().slice(0, 10);
};

describe.each(files)('case %s', (f) => {
  const c: Case = JSON.parse(readFileSync(join(root, f), 'utf8'));
  const e: CaseExpected = JSON.parse(readFileSync(join(root, f.replace('.case.json', '.expected.json')), 'utf8'));
  const codes = (code: string): string[] => e.flags.filter((x) => x.code === code).map((x) => x.file ?? '');
  const date = c.applicationDate!;

  it('when a page is unclear, cut, unsealed, unannotated or unsigned in its truth, then exactly that page flag is expected', () => {
    for (const d of e.documents)
      for (const p of d.pages) {
        const has = (code: string): boolean => e.flags.some((x) => x.code === code && x.file === d.file && x.page === p.page);
        expect(has('SCAN_UNCLEAR')).toBe(!p.clarityOk);
        expect(has('SCAN_EDGES')).toBe(!p.edgesOk);
        const income = d.kind === 'tax_record' || d.kind === 'income_query';
        if (d.kind === 'labor_contract') continue; // its seal is checked once per contract, below
        expect(has('SEAL_MISSING')).toBe(income && !p.seal.present);
        expect(has('SEAL_MISMATCH')).toBe(income && p.seal.present && p.seal.company !== c.employer?.name);
        expect(has('ANNOTATION_MISSING')).toBe(income && !p.annotation.present);
        expect(has('SIGNATURE_MISSING')).toBe(income && !p.signature.present);
      }
  });

  it('when a labour contract carries no seal of the employer, then SEAL_MISSING or SEAL_MISMATCH is expected for it', () => {
    for (const d of e.documents.filter((x) => x.kind === 'labor_contract')) {
      const sealed = d.pages.some((p) => p.seal.present && p.seal.company === c.employer?.name);
      expect(e.flags.some((x) => (x.code === 'SEAL_MISSING' || x.code === 'SEAL_MISMATCH') && x.file === d.file)).toBe(!sealed);
    }
  });

  it('when a validity period ends within 3 months or has ended, then VALIDITY_TOO_SHORT or EXPIRED is expected for it', () => {
    for (const d of e.documents) {
      const end = d.term?.end;
      const expired = !!end && end < date;
      const short = !!end && !expired && end < addMonths(date, 3);
      expect(codes('EXPIRED').includes(d.file)).toBe(expired);
      expect(codes('VALIDITY_TOO_SHORT').includes(d.file)).toBe(short);
    }
  });

  it('when income printouts are older than 1 month or lease fields are blank, then the flag is expected', () => {
    for (const d of e.documents) {
      if (d.kind === 'tax_record' || d.kind === 'income_query') expect(codes('MATERIAL_STALE').includes(d.file)).toBe(d.issuedOn! < addMonths(date, -1));
      if (d.kind === 'lease_contract') expect(codes('LEASE_FIELDS_MISSING').includes(d.file)).toBe(Object.values(d.parties).some((v) => v === null) || d.term === null);
    }
  });

  it('when the employer income averages under the threshold or months are missing, then the income flags are expected', () => {
    const iq = e.documents.find((d) => d.kind === 'income_query');
    if (!iq || c.applicationType !== 'new') return;
    const own = iq.income.filter((r) => r.payer === c.employer?.name);
    const avg = own.reduce((s, r) => s + r.amount, 0) / 12;
    expect(codes('INCOME_BELOW_THRESHOLD').length > 0).toBe(avg < threshold(date, c.employer?.category));
    expect(codes('WAGE_FIGURE_PROVISIONAL').length > 0).toBe(!WAGE[Number(date.slice(0, 4)) - 1]);
    expect(codes('INCOME_MONTHS_MISSING').length > 0).toBe(new Set(iq.income.map((r) => r.period)).size < 12);
    const taxMonths = new Set(e.documents.find((d) => d.kind === 'tax_record')?.taxes.map((r) => r.period));
    const oneSided = iq.income.some((r) => !taxMonths.has(r.period)) || [...taxMonths].some((m) => !iq.income.some((r) => r.period === m));
    if (oneSided) expect(codes('INCOME_TAX_INCONSISTENT').length).toBeGreaterThan(0);
    expect(codes('PAYER_MISMATCH').length > 0).toBe(iq.income.some((r) => r.payer !== c.employer?.name));
  });
});
