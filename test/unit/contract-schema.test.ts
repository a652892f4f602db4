import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../rules/contract/index.ts';
import { renderJsonSchema, SCHEMA_FILE } from '../../rules/contract/write-json-schema.ts';

const minimalReport = {
  schemaVersion: 1,
  pipelineVersion: 'test',
  caseId: null,
  documents: [],
  facts: {
    incomeMonths: null,
    incomeMonthlyAverage: null,
    incomeThreshold: null,
    employmentMonths: null,
    contractMonthsLeft: null,
    leaseMonthsLeft: null,
  },
  flags: [],
};

describe('the report contract', () => {
  it('when the zod schemas change, then the committed JSON Schema is regenerated (npm run schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderJsonSchema());
  });

  it('when a report is well formed, then it validates', () => {
    expect(validateReport(minimalReport).schemaVersion).toBe(1);
  });

  it('when a flag carries an unknown code or a page has no clarity, then validation refuses to write it', () => {
    const badFlag = { code: 'NOT_A_CODE', severity: 'reject', file: null, page: null, message: 'x', rule: '五', evidence: { box: null, value: null, expected: null } };
    expect(() => validateReport({ ...minimalReport, flags: [badFlag] })).toThrow(/flags\.0\.code/);
    const doc = { file: 'a.pdf', sha256: null, pageCount: 1, declaredKind: null, kind: 'other', kindConfidence: 0, issuedOn: null, pages: [{ page: 1 }], income: [], taxes: [], term: null, parties: {} };
    expect(() => validateReport({ ...minimalReport, documents: [doc] })).toThrow(/clarity/);
  });
});
