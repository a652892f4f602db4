/**
 * Reliability tables: for each check and each extracted field, the confidence the pipeline reported
 * against how often its decision or reading was right. A confidence means something only if, in
 * the bin of 0.9–1.0, about nine in ten or more are right — the reject gate (rules/data/reject-gate.ts)
 * is set from these tables on both sources' tune splits.
 *
 * Only decided calls enter (a check that said null raised review); each distinct page or document
 * is counted once, though cases share documents. A reading without a confidence goes to the bin
 * "none". Income and tax rows: every row read is one call, right when a truth row of that month
 * carries that amount (one-to-one); rows not read at all are recall, not reliability. Payer names:
 * see payerCalls.
 */
import { INCOME_MATERIAL_KINDS, type DocumentReport, type PageReport } from '../../rules/contract/index.ts';
import { payerMatch, payerReading } from '../../rules/names.ts';
import { sealIsEmployers } from '../../rules/page-marks.ts';
import type { Case } from '../../rules/contract/index.ts';
import { personCall } from './person-calls.ts';
import type { DocumentTruth, PageTruth } from '../generator/truth.ts';

export const CHECKS = ['seal_present', 'seal_employer_match', 'note_present', 'note_complete', 'signature', 'unclear', 'edges', 'income_rows', 'payer_name', 'tax_rows', 'term', 'issued_date', 'person_identity'] as const;
export type CheckName = (typeof CHECKS)[number];

/** Lower edges of the bins; the last bin is [0.9, 1]. */
export const BIN_EDGES = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export interface Bin {
  /** "0.60-0.70", or "none" for calls that carried no confidence. */
  bin: string;
  n: number;
  right: number;
  /** right / n, null when empty. */
  accuracy: number | null;
  meanConfidence: number | null;
}
export interface Reliability {
  check: CheckName;
  /** Calls the check left undecided (null), which raise review. */
  undecided: number;
  bins: Bin[];
  /**
   * The calls that claim the defect (seal or note or signature absent, another unit's seal, an
   * incomplete note, an unclear or cut page; every row and date read) where a rule turns them into a
   * flag — page marks on income-material pages only: the calls a reject would rest on.
   */
  defectSide: Bin[];
}

interface Call {
  confidence: number | undefined;
  right: boolean;
  /** The call claims the defect where a rule acts on it (see Reliability.defectSide). */
  defect: boolean;
}

const binLabel = (i: number): string => `${BIN_EDGES[i].toFixed(2)}-${(BIN_EDGES[i + 1] ?? 1).toFixed(2)}`;
function binOf(c: number | undefined): string {
  if (c === undefined || Number.isNaN(c)) return 'none';
  let i = BIN_EDGES.length - 1;
  while (i > 0 && c < BIN_EDGES[i]) i--;
  return binLabel(i);
}

function table(check: CheckName, calls: readonly Call[], undecided: number): Reliability {
  return { check, undecided, bins: binned(calls), defectSide: binned(calls.filter((c) => c.defect)) };
}

function binned(calls: readonly Call[]): Bin[] {
  const labels = [...BIN_EDGES.map((_, i) => binLabel(i)), 'none'];
  const bins = labels.map((bin) => {
    const inBin = calls.filter((c) => binOf(c.confidence) === bin);
    const right = inBin.filter((c) => c.right).length;
    const confs = inBin.flatMap((c) => (c.confidence === undefined ? [] : [c.confidence]));
    return {
      bin,
      n: inBin.length,
      right,
      accuracy: inBin.length ? right / inBin.length : null,
      meanConfidence: confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : null,
    };
  });
  return bins.filter((b) => b.n > 0);
}

type Page = PageReport | undefined;
/** Per page check: the decision (null = undecided), its confidence and the truth, or null when the check does not apply. */
const PAGE_CALLS: Partial<Record<CheckName, (t: PageTruth, p: PageReport, employer: string | null) => { said: boolean | null; truth: boolean; confidence: number | undefined } | null>> = {
  seal_present: (t, p) => ({ said: p.seal.present, truth: t.seal.present, confidence: p.seal.confidence }),
  // As the rules decide it (page-marks.ts sealIsEmployers): the seal check's call, or the employer's name read by the rules' matcher.
  seal_employer_match: (t, p, e) =>
    t.seal.present && p.seal.present === true && e !== null ? { said: sealIsEmployers(p.seal, e), truth: t.seal.company === e, confidence: p.seal.confidence } : null,
  note_present: (t, p) => ({ said: p.annotation.present, truth: t.annotation.present, confidence: p.annotation.confidence }),
  note_complete: (t, p) =>
    t.annotation.present && p.annotation.present === true ? { said: p.annotation.complete, truth: t.annotation.complete, confidence: p.annotation.confidence } : null,
  signature: (t, p) => ({ said: p.signature.present, truth: t.signature.present, confidence: p.signature.confidence }),
  unclear: (t, p) => ({ said: p.clarity.ok, truth: t.clarityOk, confidence: p.clarity.confidence }),
  edges: (t, p) => ({ said: p.edges.ok, truth: t.edgesOk, confidence: p.edges.confidence }),
};

/** The decision of each page check that claims the defect. */
const DEFECT_WHEN: Partial<Record<CheckName, boolean>> = {
  seal_present: false,
  seal_employer_match: false,
  note_present: false,
  note_complete: false,
  signature: false,
  unclear: false,
  edges: false,
};
/** Checks the rules act on only on income-material pages (rules/page-marks.ts). */
const MARK_CHECKS = new Set<CheckName>(['seal_present', 'seal_employer_match', 'note_present', 'note_complete', 'signature']);

const money = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

/** Reliability of every check over the documents of a run, each (file, page) counted once. */
export function reliabilityTables(docs: readonly { truth: DocumentTruth; report: DocumentReport | undefined; employer: string | null; applicant?: Case['applicant'] }[]): Reliability[] {
  const calls = new Map<CheckName, Call[]>(CHECKS.map((c) => [c, []]));
  const undecided = new Map<CheckName, number>(CHECKS.map((c) => [c, 0]));
  const seen = new Set<string>();
  const seenPerson = new Set<string>();
  const push = (c: CheckName, call: Call): void => void calls.get(c)!.push(call);
  for (const { truth, report, applicant } of docs) {
    // Whose a document is depends on the case's applicant: once per document and applicant.
    const key = `${truth.file}|${applicant?.idNumber ?? applicant?.name ?? ''}`;
    if (!report || !applicant || seenPerson.has(key)) continue;
    seenPerson.add(key);
    const call = personCall(truth, report, applicant);
    if (call === 'undecided') undecided.set('person_identity', undecided.get('person_identity')! + 1);
    else if (call) push('person_identity', call);
  }
  for (const { truth, report, employer } of docs) {
    if (!report || seen.has(truth.file)) continue;
    seen.add(truth.file);
    const income = INCOME_MATERIAL_KINDS.includes(truth.kind);
    for (const pt of truth.pages) {
      const pr: Page = report.pages.find((p) => p.page === pt.page);
      if (!pr) continue;
      for (const [name, fn] of Object.entries(PAGE_CALLS) as [CheckName, NonNullable<(typeof PAGE_CALLS)[CheckName]>][]) {
        const r = fn(pt, pr, employer ?? truth.employer);
        if (!r) continue;
        if (r.said === null) undecided.set(name, undecided.get(name)! + 1);
        else push(name, { confidence: r.confidence, right: r.said === r.truth, defect: r.said === DEFECT_WHEN[name] && (!MARK_CHECKS.has(name) || income) });
      }
    }
    rowCalls(truth.income, report.income).forEach((c) => push('income_rows', c));
    payerCalls(truth, report, employer ?? truth.employer).forEach((c) => push('payer_name', c));
    rowCalls(truth.taxes, report.taxes).forEach((c) => push('tax_rows', c));
    if (truth.term && report.term && (report.term.start || report.term.end)) {
      push('term', { confidence: report.term.confidence, right: report.term.start === truth.term.start && report.term.end === truth.term.end, defect: true });
    }
    if (truth.issuedOn && report.issuedOn) push('issued_date', { confidence: report.issuedOnConfidence, right: report.issuedOn === truth.issuedOn, defect: true });
  }
  return CHECKS.map((c) => table(c, calls.get(c)!, undecided.get(c)!));
}

function rowCalls(truth: readonly { period: string; amount: number }[], got: readonly { period: string; amount: number; confidence: number }[]): Call[] {
  const used = new Set<number>();
  return got.map((g) => {
    const i = truth.findIndex((t, j) => !used.has(j) && t.period === g.period && money(t.amount, g.amount));
    if (i >= 0) used.add(i);
    return { confidence: g.confidence, right: i >= 0, defect: true };
  });
}

/**
 * Payer cells read as a unit name, by the rules' own matcher (rules/names.ts payerMatch): the call is
 * "the employer" or "another unit" (a one-character slip, `unsure`, counts as another unit: that is
 * what a reviewer would be asked), right when the truth row of that month names the same side.
 * Defect side: the readings naming another unit, by the row's confidence.
 */
function payerCalls(truth: DocumentTruth, report: DocumentReport, employer: string | null): Call[] {
  if (!employer) return [];
  return report.income.flatMap((r) => {
    const m = payerMatch(payerReading(r.payer), employer);
    const t = truth.income.find((x) => x.period === r.period);
    if (m === null || !t) return [];
    const other = m !== 'same';
    return [{ confidence: r.confidence, right: other === (t.payer !== employer), defect: other }];
  });
}

/** The tables as printable lines: one line per check and bin. */
export function formatReliability(tables: readonly Reliability[]): string[] {
  const f = (x: number | null): string => (x === null ? '  —  ' : x.toFixed(3));
  const lines = ['reliability: check               bin        n     right  accuracy  mean conf | defect-side n  right  accuracy   (undecided)'];
  for (const t of tables) {
    if (!t.bins.length) lines.push(`  ${t.check.padEnd(28)} (no decided calls)   undecided ${t.undecided}`);
    t.bins.forEach((b, i) => {
      const d = t.defectSide.find((x) => x.bin === b.bin);
      const side = d ? `${String(d.n).padStart(5)} ${String(d.right).padStart(6)}   ${f(d.accuracy)}` : '    0      0     —  ';
      lines.push(`  ${(i === 0 ? t.check : '').padEnd(28)} ${b.bin.padEnd(10)} ${String(b.n).padStart(5)} ${String(b.right).padStart(6)}   ${f(b.accuracy)}     ${f(b.meanConfidence)}  |    ${side}${i === 0 ? `     ${t.undecided}` : ''}`);
    });
  }
  return lines;
}

/**
 * Several runs' tables side by side (bench:sources): a markdown row per check and bin, a cell per
 * run reading "right/n" of all decided calls and, after "|", of the defect-side calls.
 */
export function sideBySide(runs: readonly { label: string; tables: readonly Reliability[] }[]): string[] {
  if (!runs.length) return [];
  const lines = [`| check | bin | ${runs.map((r) => `${r.label} right/n (defect side)`).join(' | ')} |`, `|---|---|${runs.map(() => '---').join('|')}|`];
  const cell = (b: Bin | undefined): string => (b ? `${b.right}/${b.n}` : '—');
  for (const check of CHECKS) {
    const bins = [...new Set(runs.flatMap((r) => r.tables.find((t) => t.check === check)?.bins.map((b) => b.bin) ?? []))].sort();
    for (const bin of bins) {
      const cells = runs.map((r) => {
        const t = r.tables.find((x) => x.check === check);
        return `${cell(t?.bins.find((b) => b.bin === bin))} (${cell(t?.defectSide.find((b) => b.bin === bin))})`;
      });
      lines.push(`| ${check} | ${bin} | ${cells.join(' | ')} |`);
    }
  }
  return lines;
}

/**
 * The reject gate the tables support (rules/data/reject-gate.ts sets it): for each check, the lowest
 * bin edge from which the defect-side calls were right in at least `required` of them on EVERY
 * source given, with at least `minCalls` calls over the sources together, and the calls of the bin
 * at the edge itself (the least sure a reject may be) right as often, the sources pooled — so a
 * large sure bin above cannot carry a poor one at the edge. Calls without a confidence count at any
 * edge (the check gives no other handle). Null: no edge qualifies.
 */
export function suggestGate(bySource: Record<string, readonly Reliability[]>, required: number, minCalls: number): Record<CheckName, { minConfidence: number | null; figures: Record<string, string> }> {
  const sources = Object.keys(bySource);
  const at = (t: Reliability | undefined, edge: number): { n: number; right: number } => {
    const bins = (t?.defectSide ?? []).filter((b) => b.bin === 'none' || Number(b.bin.slice(0, 4)) >= edge);
    return { n: bins.reduce((s, b) => s + b.n, 0), right: bins.reduce((s, b) => s + b.right, 0) };
  };
  const out = {} as Record<CheckName, { minConfidence: number | null; figures: Record<string, string> }>;
  for (const check of CHECKS) {
    const tables = sources.map((s) => bySource[s]!.find((t) => t.check === check));
    const noConfidence = tables.every((t) => (t?.defectSide ?? []).every((b) => b.bin === 'none'));
    const edge = noConfidence ? (qualifies(tables.map((t) => at(t, 0)), minCalls, required) ? 0 : undefined) : BIN_EDGES.find((e) => {
      const counts = tables.map((t) => at(t, e));
      const edgeBins = tables.flatMap((t) => t?.defectSide.filter((b) => b.bin.startsWith(e.toFixed(2))) ?? []);
      const edgeN = edgeBins.reduce((s, b) => s + b.n, 0);
      // An edge with no call at it says nothing of its own: the gate sits at a bin that has calls.
      const edgeOk = edgeN > 0 && edgeBins.reduce((s, b) => s + b.right, 0) / edgeN >= required;
      return edgeOk && qualifies(counts, minCalls, required);
    });
    const shown = edge ?? BIN_EDGES[BIN_EDGES.length - 1];
    out[check] = {
      minConfidence: edge ?? null,
      figures: Object.fromEntries(sources.map((s, i) => {
        const c = at(tables[i], shown);
        return [s, `${c.right}/${c.n} right at >= ${shown.toFixed(2)}`];
      })),
    };
  }
  return out;
}

function qualifies(counts: readonly { n: number; right: number }[], minCalls: number, required: number): boolean {
  return counts.reduce((s, c) => s + c.n, 0) >= minCalls && counts.every((c) => c.n > 0 && c.right / c.n >= required);
}
