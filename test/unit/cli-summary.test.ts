import { describe, expect, it } from 'vitest';
import type { Report } from '../../rules/contract/index.ts';
import { formatSummary } from '../../services/cli/format-summary.ts';
import { doc, page } from './rules-fixtures.ts';

const bare = page(1, {
  seal: { present: false, confidence: 0.9, boxes: [], text: null, matchesEmployer: null },
  annotation: { present: false, complete: null, confidence: 0.9, text: null, box: null },
  signature: { present: false, box: null },
});
const summaryOf = (d: ReturnType<typeof doc>) => formatSummary({ caseId: 'c', pipelineVersion: 'v', documents: [d], flags: [] } as unknown as Report);

describe('the CLI summary of a page’s marks', () => {
  it.each([
    ['a contract’s first page, without seal, note or signature', doc('labor_contract', { pages: [bare] }), '公章:不需要  标注:不需要  签字:不需要'],
    ['an ID card copy without marks', doc('id_card', { pages: [bare] }), '公章:不需要  标注:不需要  签字:不需要'],
    ['a contract’s signature page with the seal', doc('labor_contract', { pages: [{ ...bare, seal: page(1).seal }] }), '公章:有  标注:不需要  签字:不需要'],
    ['a tax record page without marks (asked on every page)', doc('tax_record', { pages: [bare] }), '公章:无  标注:无  签字:无'],
    ['a tax record page with all marks', doc('tax_record'), '公章:有  标注:有  签字:有'],
  ])('when it is %s, then it reads %s', (_what, d, marks) => {
    expect(summaryOf(d)).toContain(marks);
  });
});
