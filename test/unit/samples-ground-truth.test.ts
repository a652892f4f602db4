import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../rules/contract/index.ts';
import type { CaseExpected } from '../../samples/generator/truth.ts';

/**
 * The guide's rules written out independently of the generator and of rules/: every expected flag
 * must follow from the documents' truth, and every defect in the truth must be expected.
 */
const root = join(import.meta.dirname, '../../samples/corpus/tune');
const files = readdirSync(root).filter((f) => f.endsWith('.case.json')).sort();
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
        expect(has('SEAL_MISSING')).toBe(income && !p.seal.present);
        expect(has('SEAL_MISMATCH')).toBe(income && p.seal.present && p.seal.company !== c.employer?.name);
        expect(has('ANNOTATION_MISSING')).toBe(income && !p.annotation.present);
        expect(has('SIGNATURE_MISSING')).toBe(income && !p.signature.present);
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
    const threshold = c.employer?.category === 'other' ? 14111 : 11288;
    expect(codes('INCOME_BELOW_THRESHOLD').length > 0).toBe(avg < threshold);
    expect(codes('INCOME_MONTHS_MISSING').length > 0).toBe(new Set(iq.income.map((r) => r.period)).size < 12);
    expect(codes('PAYER_MISMATCH').length > 0).toBe(iq.income.some((r) => r.payer !== c.employer?.name));
  });
});
