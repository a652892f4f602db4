import { describe, expect, it } from 'vitest';
import type { FlagCode } from '../../../rules/contract/index.ts';
import { planCases, SPLITS, type BCasePlan } from './cases.ts';
import { NOTHING, predictedPageFlags } from './cases-kit.ts';
import { pageSpecAt } from './doc-spec.ts';
import { creditCodeValid } from './company.ts';
import { idNumberValid } from './identity.ts';
import { CLEAN_SCAN } from './doc-spec.ts';
import { planPages, PAGE_VARIANTS } from './page-set.ts';
import { randomStream } from './rng.ts';

/** Every code source A's cases raise (its README: all but ANNUAL_INCOME_BELOW_MULTIPLE and CASE_RULE_SKIPPED). */
const CODES: FlagCode[] = [
  'FILE_INVALID', 'KIND_MISMATCH', 'MATERIAL_MISSING', 'SCAN_UNCLEAR', 'SCAN_EDGES', 'SEAL_MISSING', 'SEAL_MISMATCH',
  'ANNOTATION_MISSING', 'ANNOTATION_INCOMPLETE', 'SIGNATURE_MISSING', 'INCOME_BELOW_THRESHOLD', 'INCOME_MONTHS_MISSING',
  'INCOME_TAX_INCONSISTENT', 'PAYER_MISMATCH', 'EMPLOYMENT_TOO_SHORT', 'VALIDITY_TOO_SHORT', 'EXPIRED', 'MATERIAL_STALE',
  'LEASE_FIELDS_MISSING', 'RENEWAL_WINDOW', 'RENEWAL_INCOME_BELOW_FLOOR', 'WAGE_FIGURE_PROVISIONAL', 'EXTRACTION_UNCERTAIN',
  'WORK_EXPERIENCE_TOO_SHORT', 'RETIREMENT_AGE', 'DISPATCH_INELIGIBLE', 'CONTRACT_EMPLOYER_MISMATCH', 'CALENDAR_NOT_COVERED',
];

/** The codes a case will raise: planned ones plus what its page plans promise (first page and the rest). */
function codesOf(plan: BCasePlan): Set<FlagCode> {
  const out = new Set<FlagCode>(plan.caseFlags.map((f) => f.code));
  const employer = plan.manifest.employer?.name ?? null;
  for (const d of plan.docs) {
    const pages = d.bornDigital ? [{ marks: NOTHING, scan: CLEAN_SCAN }] : [pageSpecAt(d, 0), pageSpecAt(d, 1)];
    for (const p of pages) for (const c of predictedPageFlags(d.content.kind, p, employer)) out.add(c);
  }
  return out;
}

describe.each(Object.keys(SPLITS) as (keyof typeof SPLITS)[])('source B cases, %s', (split) => {
  const plans = planCases(split);

  it('has at least 30 cases with unique ids of its split and world', () => {
    expect(plans.length).toBeGreaterThanOrEqual(30);
    const ids = plans.map((p) => p.manifest.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(new RegExp(`^b${split[0]}[12]-`));
  });

  it('has at least 6 clean cases', () => {
    expect(plans.filter((p) => codesOf(p).size === 0).length).toBeGreaterThanOrEqual(6);
  });

  it('raises every code of source A in at least two cases', () => {
    const missing = CODES.filter((code) => plans.filter((p) => codesOf(p).has(code)).length < 2);
    expect(missing).toEqual([]);
  });

  it('plans every file a manifest references, one spec per file', () => {
    const specs = new Map<string, unknown>();
    for (const p of plans) {
      for (const d of p.docs) {
        if (specs.has(d.file)) expect(specs.get(d.file)).toBe(d);
        specs.set(d.file, d);
      }
    }
    for (const p of plans) {
      const own = new Set([...p.docs.map((d) => d.file), ...p.invalid.map((f) => f.file)]);
      for (const doc of p.manifest.documents) expect(own.has(doc.file), `${p.manifest.id}: ${doc.file}`).toBe(true);
      for (const f of p.invalid) if (f.from) expect(specs.has(f.from)).toBe(true);
      for (const f of p.caseFlags) if (f.file) expect(own.has(f.file), `${p.manifest.id}: flag on ${f.file}`).toBe(true);
      for (const d of p.docs) expect(d.file).toMatch(new RegExp(`^docs/b${split[0]}[12]-`));
    }
  });

  it('has both application years, renewals, employer changes and born-digital printouts', () => {
    const dates = new Set(plans.map((p) => p.manifest.applicationDate?.slice(0, 4)));
    expect([...dates].sort()).toEqual(['2021', '2026']);
    expect(plans.some((p) => p.manifest.applicationType === 'renewal')).toBe(true);
    expect(plans.some((p) => p.manifest.applicationType === 'employer_change')).toBe(true);
    const digital = new Set(plans.flatMap((p) => p.docs.filter((d) => d.bornDigital).map((d) => d.file)));
    expect(digital.size).toBeGreaterThanOrEqual(1);
    expect(digital.size).toBeLessThanOrEqual(2);
  });

  it('writes valid ID numbers and credit codes, names of 8–20 characters', () => {
    for (const p of plans) {
      if (p.manifest.applicant?.idNumber) expect(idNumberValid(p.manifest.applicant.idNumber)).toBe(true);
      expect(creditCodeValid(p.manifest.employer!.creditCode!)).toBe(true);
      const n = [...p.manifest.employer!.name].length;
      expect(n).toBeGreaterThanOrEqual(8);
      expect(n).toBeLessThanOrEqual(20);
    }
  });

  it('plans a single page per variant, 45 or more', () => {
    const cfg = SPLITS[split];
    const pages = planPages(randomStream(cfg.seed).child('pages'), `b${split[0]}`, cfg.pageDate, cfg.pageDpi);
    expect(pages.length).toBe(PAGE_VARIANTS.length);
    expect(pages.length).toBeGreaterThanOrEqual(45);
    expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
  });
});
