import type { CaseFields, DocumentKind, DocumentReport } from './contract/index.ts';
import type { DistrictConfig } from './data/district-config.ts';
import type { WageTable } from './data/wage-table.ts';

/** A readable document with the kind the rules act on (see effectiveKind in document-checks.ts). */
export interface KindedDocument {
  doc: DocumentReport;
  kind: DocumentKind;
}

/** Everything a case-level rule reads: the case, the documents, the reference date and the tables. */
export interface RuleContext {
  caseFields: CaseFields;
  /** Readable documents only; FILE_INVALID ones carry no facts. */
  docs: readonly KindedDocument[];
  /** The application date (case) — every "at application" comparison is against it. */
  applicationDate: string;
  config: DistrictConfig;
  wages: WageTable;
}

export function docsOfKind(ctx: Pick<RuleContext, 'docs'>, kind: DocumentKind): DocumentReport[] {
  return ctx.docs.filter((d) => d.kind === kind).map((d) => d.doc);
}
