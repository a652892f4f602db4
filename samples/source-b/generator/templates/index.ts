/** Which template draws a document: by kind, and for the income materials by layout. */
import type { SourceBDoc, TemplatePage } from '../content.ts';
import type { RandomStream } from '../rng.ts';
import { degreePages } from './degree.ts';
import { hukouPages } from './hukou.ts';
import { idCardPages } from './id-card.ts';
import { incomeAppExportPages } from './income-app-export.ts';
import { incomeBureauWebPages } from './income-bureau-web.ts';
import { laborContractPages } from './labor-contract.ts';
import { leasePages } from './lease.ts';
import { resignationPages } from './resignation.ts';
import { borrowingStatementPages } from './borrowing-statement.ts';
import { taxAppExportPages } from './tax-app-export.ts';
import { taxBureauWebPages } from './tax-bureau-web.ts';

export function templateFor(doc: SourceBDoc): (rng: RandomStream) => TemplatePage[] {
  switch (doc.kind) {
    case 'income_query':
      return (rng) => (doc.template === 'app-export' ? incomeAppExportPages(doc, rng) : incomeBureauWebPages(doc, rng));
    case 'tax_record':
      return (rng) => (doc.template === 'app-export' ? taxAppExportPages(doc, rng) : taxBureauWebPages(doc, rng));
    case 'labor_contract':
      return (rng) => laborContractPages(doc, rng);
    case 'lease_contract':
      return (rng) => leasePages(doc, rng);
    case 'id_card':
      return (rng) => idCardPages(doc, rng);
    case 'hukou':
      return (rng) => hukouPages(doc, rng);
    case 'degree_certificate':
      return (rng) => degreePages(doc, rng);
    case 'resignation_certificate':
      return (rng) => resignationPages(doc, rng);
    case 'borrowing_statement':
      return (rng) => borrowingStatementPages(doc, rng);
  }
}
