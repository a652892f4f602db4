import type { Case, DocumentReport, Flag, PageReport, Report } from '../../rules/contract/index.ts';
import { FLAG_CLAUSES } from '../../rules/contract/index.ts';
import type { CaseExpected, DocumentTruth, ExpectedFlag, PageTruth } from '../generator/truth.ts';
import { INFO_CODES } from './score-pairs.ts';

function pageReport(p: PageTruth, employer: string | null): PageReport {
  return {
    page: p.page,
    widthPx: p.widthPx,
    heightPx: p.heightPx,
    dpi: p.dpi,
    textSource: p.textLayer ? 'text-layer' : 'ocr',
    ocrConfidence: null,
    clarity: { ok: p.clarityOk, sharpness: null, contrast: null },
    edges: { ok: p.edgesOk, skewDeg: p.skewDeg, cropped: p.cropped },
    seal: { present: p.seal.present, confidence: 1, boxes: p.seal.box ? [p.seal.box] : [], text: p.seal.company, matchesEmployer: p.seal.present ? (employer ? p.seal.company === employer : p.seal.matchesEmployer) : null },
    annotation: { present: p.annotation.present, complete: p.annotation.present ? p.annotation.complete : null, confidence: 1, text: p.annotation.text, box: p.annotation.box, ...(p.annotation.form ? { form: p.annotation.form } : {}) },
    signature: { present: p.signature.present, box: p.signature.box },
  };
}

export function documentReport(d: DocumentTruth, declaredKind: DocumentReport['declaredKind'], employer: string | null): DocumentReport {
  return {
    file: d.file,
    sha256: null,
    pageCount: d.pageCount,
    declaredKind,
    kind: d.kind,
    kindConfidence: 1,
    issuedOn: d.issuedOn,
    pages: d.pages.map((p) => pageReport(p, employer)),
    income: d.income.map((r) => ({ period: r.period, amount: r.amount, item: r.item, payer: r.payer, page: r.page, confidence: 1 })),
    taxes: d.taxes.map((r) => ({ period: r.period, amount: r.amount, item: r.item, paidOn: r.paidOn, page: r.page, confidence: 1, authority: r.authority })),
    term: d.term ? { start: d.term.start, end: d.term.end, openEnded: d.term.openEnded, page: d.term.page, text: d.term.text } : null,
    parties: { ...d.parties },
    // The truth knows the form: a lease's party fields (and term) left empty are blank on it, as the
    // document stage reports a label read with an empty blank after it.
    ...(d.kind === 'lease_contract' ? { blankFields: leaseBlanks(d) } : {}),
  };
}

const LEASE_FIELDS = ['address', 'lessor', 'lessee', 'lessorIdNumber', 'lesseeIdNumber', 'lessorPhone', 'lesseePhone'] as const;
function leaseBlanks(d: DocumentTruth): string[] {
  const blank: string[] = LEASE_FIELDS.filter((k) => !d.parties[k]?.trim());
  if (!d.term || (!d.term.start && !d.term.end)) blank.push('term');
  return blank;
}

/** Info codes keep their severity, so a clean case's truth-built report is not a rejection. */
function flag(f: ExpectedFlag): Flag {
  return { code: f.code, severity: INFO_CODES.has(f.code) ? 'info' : 'reject', file: f.file, page: f.page, message: f.why, rule: FLAG_CLAUSES[f.code], evidence: { box: null, value: null, expected: null } };
}

/**
 * A report built from ground truth: what a perfect pipeline would say. The rules owner can run
 * rules on these facts; the scoring test expects 1.0 on it.
 */
export function truthToReport(expected: CaseExpected, manifest?: Case): Report {
  const employer = manifest?.employer?.name ?? null;
  const declared = new Map(manifest?.documents.map((d) => [d.file, d.kind ?? null]) ?? []);
  return {
    schemaVersion: 1,
    pipelineVersion: 'ground-truth',
    caseId: expected.caseId,
    documents: expected.documents.map((d) => documentReport(d, declared.get(d.file) ?? null, employer ?? d.employer)),
    facts: {
      incomeMonths: expected.facts.incomeMonths,
      incomeMonthlyAverage: expected.facts.incomeMonthlyAverage,
      incomeThreshold: expected.facts.threshold ? { amount: expected.facts.threshold, multiplier: expected.facts.threshold === 14111 ? 1.5 : 1.2, wageYear: 2020, provisional: false } : null,
      employmentMonths: null,
      contractMonthsLeft: null,
      leaseMonthsLeft: null,
    },
    flags: expected.flags.map(flag),
  };
}
