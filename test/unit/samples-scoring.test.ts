import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report, type Case } from '../../rules/contract/index.ts';
import { scorePairs, truthToReport } from '../../samples/bench/index.ts';
import type { CaseExpected } from '../../samples/generator/truth.ts';

const root = join(import.meta.dirname, '../../samples/corpus/tune');
const cases = readdirSync(root).filter((f) => f.endsWith('.case.json')).sort();
const load = (f: string): { manifest: Case; expected: CaseExpected } => ({
  manifest: JSON.parse(readFileSync(join(root, f), 'utf8')),
  expected: JSON.parse(readFileSync(join(root, f.replace('.case.json', '.expected.json')), 'utf8')),
});

describe('benchmark scoring', () => {
  it('when the report is built from ground truth, then it is a valid Report and every score is 1.0', () => {
    const pairs = cases.map((f) => {
      const { manifest, expected } = load(f);
      const report = truthToReport(expected, manifest);
      expect(Report.safeParse(report).success).toBe(true);
      return { report, expected, scoreFlags: true, employer: manifest.employer?.name ?? null };
    });
    const t = scorePairs(pairs);
    expect(t.cases).toBeGreaterThan(10);
    for (const m of Object.values(t.checks)) expect(m.f1).toBe(1);
    for (const m of Object.values(t.flags)) expect(m.f1).toBe(1);
    expect(t.kindAccuracy).toBe(1);
    expect(t.incomeRowsExact.f1).toBe(1);
    expect(t.taxRowsExact.f1).toBe(1);
    expect(t.termDatesExact).toBe(1);
    expect(t.issuedDateExact).toBe(1);
    expect(t.falsePasses).toBe(0);
  });

  it('when the report is empty, then recall is 0 everywhere and every defective case is a false pass', () => {
    const pairs = cases.map((f) => {
      const { manifest, expected } = load(f);
      const report: Report = { schemaVersion: 1, pipelineVersion: 'empty', caseId: manifest.id, documents: [], facts: { incomeMonths: null, incomeMonthlyAverage: null, incomeThreshold: null, employmentMonths: null, contractMonthsLeft: null, leaseMonthsLeft: null }, flags: [] };
      return { report, expected, scoreFlags: true, employer: manifest.employer?.name ?? null };
    });
    const t = scorePairs(pairs);
    for (const k of ['seal_present', 'annotation_present', 'signature_present']) expect(t.checks[k].recall).toBe(0);
    for (const m of Object.values(t.flags)) expect(m.recall).toBe(0);
    expect(t.kindAccuracy).toBe(0);
    expect(t.incomeRowsExact.recall).toBe(0);
    expect(t.falsePasses).toBe(pairs.filter((p) => p.expected.flags.length > 0).length);
  });
});
