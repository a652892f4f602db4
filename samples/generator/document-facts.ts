import { TAX_ROWS_PER_PAGE } from './docs/draw-tax-record.ts';
import { INCOME_ROWS_PER_PAGE } from './docs/draw-income-query.ts';
import { termClause } from './docs/draw-labor-contract.ts';
import { formatDate } from './dates.ts';
import type { DocSpec } from './render-document.ts';
import type { DocumentTruth, PageTruth } from './truth.ts';

/** The document-level truth: what the document says, taken from the content it was drawn from. */
export function documentFacts(spec: DocSpec, pages: PageTruth[], termPages: number[]): DocumentTruth {
  const c = spec.content;
  const t: DocumentTruth = {
    file: spec.file,
    kind: c.kind,
    employer: spec.employer,
    pageCount: pages.length,
    issuedOn: null,
    income: [],
    taxes: [],
    term: null,
    parties: {},
    bornDigital: !!spec.bornDigital,
    pages,
  };
  const termPage = termPages[0] ?? 1;
  switch (c.kind) {
    case 'tax_record':
      t.issuedOn = c.issuedOn;
      t.taxes = c.rows.map((r, i) => ({ period: r.period, amount: r.amount, item: r.item, paidOn: r.paidOn, authority: r.authority, page: Math.floor(i / TAX_ROWS_PER_PAGE) + 1 }));
      t.parties = { employee: c.person.name, employeeIdNumber: c.person.idNumber };
      break;
    case 'income_query':
      t.issuedOn = c.printedOn;
      t.income = c.rows.map((r, i) => ({ period: r.period, amount: r.income, item: r.subItem, payer: r.payer, page: Math.floor(i / INCOME_ROWS_PER_PAGE) + 1 }));
      t.parties = { employee: c.person.name };
      break;
    case 'labor_contract':
      t.issuedOn = c.signedOn;
      t.term = c.termStyle === 'blank' ? { start: null, end: null, openEnded: false, text: termClause(c), page: termPage } : { start: c.start, end: c.end, openEnded: c.end === null, text: termClause(c), page: termPage };
      t.parties = { employer: c.employer.name, employerCreditCode: c.employer.creditCode, employee: c.person.name, employeeIdNumber: c.person.idNumber, ...(c.placedAt ? { dispatch: true } : {}) };
      break;
    case 'lease_contract': {
      const miss = (f: string): boolean => c.missing.includes(f as never);
      t.issuedOn = c.signedOn;
      t.term = miss('term') ? null : { start: c.start, end: c.end, openEnded: false, text: `${formatDate(c.start, 'cn')}至${formatDate(c.end, 'cn')}`, page: termPage };
      t.parties = {
        lessor: miss('lessorName') ? null : c.lessor.name,
        lessee: miss('lesseeName') ? null : c.lessee.name,
        lessorIdNumber: miss('lessorId') ? null : c.lessor.idNumber,
        lesseeIdNumber: miss('lesseeId') ? null : c.lessee.idNumber,
        lessorPhone: miss('lessorPhone') ? null : c.lessor.phone,
        lesseePhone: miss('lesseePhone') ? null : c.lessee.phone,
        address: miss('address') ? null : c.address,
      };
      break;
    }
    case 'id_card':
      t.issuedOn = c.start;
      t.term = { start: c.start, end: c.end, openEnded: c.end === null, text: `${formatDate(c.start, 'dot')}-${c.end ? formatDate(c.end, 'dot') : '长期'}`, page: 1 };
      t.parties = { employee: c.person.name, employeeIdNumber: c.person.idNumber };
      break;
    case 'hukou':
      t.issuedOn = c.issuedOn;
      t.parties = { employee: c.person.name, employeeIdNumber: c.person.idNumber };
      break;
    case 'degree_certificate':
      t.issuedOn = c.issuedOn;
      t.parties = { employee: c.person.name };
      break;
    case 'borrowing_statement':
      t.issuedOn = c.signedOn;
      t.parties = { lender: c.lender.name, lenderIdNumber: c.lender.idNumber, borrower: c.borrower.name, borrowerIdNumber: c.borrower.idNumber, address: c.address };
      break;
    case 'resignation_certificate':
      t.issuedOn = c.issuedOn;
      t.parties = { employer: c.employer.name, employee: c.person.name, employeeIdNumber: c.person.idNumber };
      break;
  }
  return t;
}
