import type { DocumentKind, IncomeRow, Parties, TaxRow, Term, Totals } from './contract-types.ts';
import type { PageText } from './types.ts';
import { classifyKind } from './classify-kind.ts';
import { extractIncomeRows } from './extract-income-rows.ts';
import { extractTaxRows } from './extract-tax-rows.ts';
import { extractTerm } from './extract-term.ts';
import { extractParties } from './extract-parties.ts';
import { extractBorrowingStatement } from './extract-borrowing-statement.ts';
import { extractIssuedDate } from './extract-issued-date.ts';
import { findDates } from './parse-date.ts';
import { groupRows } from './group-rows.ts';
import { reconcile } from './extract-totals.ts';
import { MIN_FIELD_CONFIDENCE } from './min-field-confidence.ts';
import { doubtRestoredRows, doubtUnreadTables, IN_DOUBT, mergeRowReadings, type RowReading } from './merge-row-readings.ts';

/** What the document stage reads from a document's pages (contract fields plus review aids). */
export interface DocumentFields {
  kind: DocumentKind;
  kindConfidence: number;
  issuedOn: string | null;
  issuedOnConfidence?: number;
  income: IncomeRow[];
  taxes: TaxRow[];
  term: Term | null;
  parties: Parties;
  totals: { income: Totals | null; taxes: Totals | null };
  /** Table rows that looked like data but could not be read confidently (dropped, not guessed). */
  unreadRows?: { income: number; taxes: number };
  /** Identifier checksums (GB 11643 / GB 32100): false → review, never reject. */
  identifierChecks?: Record<string, boolean>;
  /**
   * Lease fields required by guide 五（二）4③ (keys of `parties`, or "term") that the form shows
   * blank: the label was read with nothing after it. Proven missing; the report carries it as is.
   */
  blankFields?: string[];
  /** Lease fields not found because their label or value could not be read: a review, not a rejection. */
  unreadLeaseFields?: string[];
  /** Where the issued date was read. */
  issuedOnEvidence?: { page: number; text: string } | null;
}

const TERM_KINDS: readonly DocumentKind[] = ['labor_contract', 'lease_contract', 'id_card', 'residence_permit'];

/**
 * Classifies a document and extracts its fields. Pure: pages (OCR lines or a text layer) in,
 * fields out. Each field carries page, source text and confidence; see MIN_FIELD_CONFIDENCE.
 */
export function extractDocument(pages: PageText[], opts: { declaredKind: DocumentKind | null }): DocumentFields {
  const readable = pages.filter((p) => p.source !== 'none' && (p.lines.length > 0 || (p.secondReading?.lines.length ?? 0) > 0));
  let { kind, confidence } = classifyKind(readable, opts.declaredKind);
  // Nothing recognisable in the first reading, but a second reading of a table (the first garbled
  // the title and the headers): the kind is taken from that reading.
  if (kind === 'other' && readable.some((p) => p.secondReading)) {
    const again = classifyKind(readable.map((p) => (p.secondReading ? { ...p, lines: p.secondReading.lines } : p)), opts.declaredKind);
    if (again.kind !== 'other') ({ kind, confidence } = again);
  }
  const fields: DocumentFields = {
    kind,
    kindConfidence: readable.length === 0 ? 0 : confidence,
    issuedOn: null,
    income: [],
    taxes: [],
    term: null,
    parties: {},
    totals: { income: null, taxes: null },
    unreadRows: { income: 0, taxes: 0 },
  };
  if (readable.length === 0) return fields;
  // Counted from every page: a page whose table was lost to both engines has no lines to be readable.
  const failedTables = new Set(pages.filter((p) => p.readingFailures?.some((f) => f !== 'weakLineReread')).map((p) => p.page));
  if (kind === 'income_query') {
    const r = readTwice(readable, extractIncomeRows, failedTables);
    fields.income = r.rows;
    fields.totals.income = r.totals;
    fields.unreadRows!.income = r.unread;
  }
  if (kind === 'tax_record') {
    const r = readTwice(readable, extractTaxRows, failedTables);
    fields.taxes = r.rows;
    fields.totals.taxes = r.totals;
    fields.unreadRows!.taxes = r.unread;
  }
  if (TERM_KINDS.includes(kind)) fields.term = extractTerm(readable, kind);
  const parties = extractParties(readable, kind);
  fields.parties = parties.parties;
  fields.identifierChecks = parties.checks;
  const statement = kind === 'borrowing_statement' ? extractBorrowingStatement(readable) : null;
  if (statement) ({ parties: fields.parties, checks: fields.identifierChecks } = statement);
  if (kind === 'lease_contract') {
    fields.blankFields = parties.missing;
    fields.unreadLeaseFields = parties.unread;
    if (!fields.term || (!fields.term.end && !fields.term.openEnded)) {
      // A term printed as blanks (年  月  日) is proven empty; no term read at all is only in doubt.
      // Not when writing may sit beside it: a row overlapping the term's in height (a hand's figures
      // above or below the printed blanks, read as a row of their own).
      const blank = !!fields.term?.text && findDates(fields.term.text).some((d) => d.kind === 'blank') && !termRowCrowded(readable, fields.term);
      (blank ? fields.blankFields : fields.unreadLeaseFields).push('term');
    }
  }
  const latest = latestEntry(fields);
  let issued = statement ? statement.date : extractIssuedDate(readable, kind, { latestEntry: latest });
  // The record number alone, with no row read to check it against: its four digits are the issue day
  // on one layout and a district code on another ("(2021)京0114个证明", 0114 昌平, source B's tune
  // records), so it only asks for review.
  if (issued?.numberOnly && !latest) issued = { ...issued, confidence: Math.min(issued.confidence, IN_DOUBT) };
  // An ID card's issue date is the start of its 有效期限.
  if (!issued && kind === 'id_card' && fields.term?.start && fields.term.page !== null)
    issued = { date: fields.term.start, confidence: fields.term.confidence ?? 0.8, page: fields.term.page, text: fields.term.text ?? '' };
  fields.issuedOn = issued?.date ?? null;
  if (issued) {
    fields.issuedOnConfidence = issued.confidence;
    fields.issuedOnEvidence = { page: issued.page, text: issued.text };
  }
  return fields;
}

/**
 * A table's rows from the pages' first reading and, where the page stage read the table a second
 * time (PageText.secondReading), from that reading too, merged row by row. Where that second reading
 * failed, the page's rows are not relied on (doubtUnreadTables).
 */
function readTwice<R extends { period: string; amount: number; confidence: number; page: number; paidOn?: string | null }>(
  pages: PageText[],
  parse: (pages: PageText[]) => RowReading<R>,
  failedTables: ReadonlySet<number>,
): RowReading<R> {
  return doubtUnreadTables(mergeReadings(pages, parse), failedTables);
}

function mergeReadings<R extends { period: string; amount: number; confidence: number; page: number; paidOn?: string | null }>(
  pages: PageText[],
  parse: (pages: PageText[]) => RowReading<R>,
): RowReading<R> {
  const first = parse(pages);
  if (!pages.some((p) => p.secondReading)) return first;
  const second = parse(pages.map((p) => (p.secondReading ? { ...p, lines: p.secondReading.lines } : p)));
  const merged = mergeRowReadings(first, second, (totals, rows) =>
    totals ? reconcile({ records: totals.records, amount: totals.amount, rows: [] }, rows.map((r) => r.amount)) : null,
  );
  return doubtRestoredRows(merged, new Set(pages.filter((p) => p.secondReading?.restored).map((p) => p.page)));
}

/** The latest date a record's own confidently read rows list: a 入库日期, or the first day of a month. */
function latestEntry(fields: DocumentFields): string | null {
  const dates = [
    ...fields.taxes.filter((t) => t.confidence >= MIN_FIELD_CONFIDENCE).map((t) => t.paidOn ?? `${t.period}-01`),
    ...fields.income.filter((r) => r.confidence >= MIN_FIELD_CONFIDENCE).map((r) => `${r.period}-01`),
  ].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.length ? dates.sort().at(-1)! : null;
}

/** True when another row of the term's page overlaps, in height, a row that shows blank dates. */
function termRowCrowded(pages: PageText[], term: Term): boolean {
  const page = pages.find((p) => p.page === term.page);
  if (!page) return false;
  const rows = groupRows(page);
  return rows.some((row) => findDates(row.text).some((d) => d.kind === 'blank') && rows.some((o) => o !== row && o.box.y < row.box.y + row.box.h && o.box.y + o.box.h > row.box.y));
}
