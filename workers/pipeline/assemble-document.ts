import type { DocumentKind, DocumentReport } from '../../rules/contract/index.ts';
import { extractDocument } from '../document/index.ts';
import type { PageAnalysis } from '../page/index.ts';
import { isBlankDocument } from './blank-document.ts';

export interface DocumentInput {
  file: string;
  sha256: string | null;
  declaredKind: DocumentKind | null;
  pages: PageAnalysis[];
}

/**
 * The document stage: reads the pages' text and boxes (no pixels) into the document's fields. A
 * file of only blank pages is FILE_INVALID; its pages stay in the report as the evidence.
 */
export function assembleDocument(input: DocumentInput): DocumentReport {
  const pages = [...input.pages].sort((a, b) => a.report.page - b.report.page);
  const reports = pages.map((p) => p.report);
  if (isBlankDocument(reports)) {
    return {
      ...invalidDocument(input.file, input.sha256, input.declaredKind, 'blank_document'),
      pageCount: pages.length,
      pages: reports,
    };
  }
  const fields = extractDocument(
    pages.map((p) => p.text),
    { declaredKind: input.declaredKind },
  );
  return {
    file: input.file,
    sha256: input.sha256,
    pageCount: pages.length,
    declaredKind: input.declaredKind,
    kind: fields.kind,
    kindConfidence: fields.kindConfidence,
    issuedOn: fields.issuedOn,
    ...(fields.issuedOn && fields.issuedOnConfidence !== undefined ? { issuedOnConfidence: fields.issuedOnConfidence } : {}),
    pages: reports,
    income: fields.income,
    taxes: fields.taxes,
    term: fields.term,
    parties: fields.parties,
    totals: fields.totals,
    // What the document stage could not read, and blanks it saw empty: the rules tell a proven
    // defect (reject) from a reading gap (review) by these.
    ...(fields.unreadRows ? { unreadRows: fields.unreadRows } : {}),
    ...(fields.blankFields ? { blankFields: fields.blankFields } : {}),
    ...activeContentOf(pages),
    invalid: null,
  };
}

/** The file's active content, as its pages report it (each page carries the whole file's). */
function activeContentOf(pages: PageAnalysis[]): { activeContent?: string[] } {
  const all = [...new Set(pages.flatMap((p) => p.activeContent ?? []))].sort();
  return all.length ? { activeContent: all } : {};
}

export function invalidDocument(
  file: string,
  sha256: string | null,
  declaredKind: DocumentKind | null,
  reason: string,
): DocumentReport {
  return {
    file,
    sha256,
    pageCount: 0,
    declaredKind,
    kind: declaredKind ?? 'other',
    kindConfidence: 0,
    issuedOn: null,
    pages: [],
    income: [],
    taxes: [],
    term: null,
    parties: {},
    invalid: { reason },
  };
}
