import type { DocumentKind } from './contract-types.ts';
import type { PageText } from './types.ts';
import { collectIssuedDates, SIGNED_KINDS, type IssuedDateCandidate, type IssuedDateSource } from './collect-issued-dates.ts';
import { IN_DOUBT } from './merge-row-readings.ts';

export interface IssuedDate {
  date: string;
  confidence: number;
  page: number;
  text: string;
  /** True when only the 纳税记录 number gave the date (no printed date agreed with it). */
  numberOnly?: boolean;
}

export interface IssuedDateContext {
  /**
   * The latest date the document's own table lists (a 入库日期, or the first day of the latest
   * month), from rows read with confidence. A record is not printed months before it: a candidate
   * more than MISREAD_MARGIN_MONTHS earlier contradicts the table.
   */
  latestEntry?: string | null;
}

/**
 * Mirrors rules/material-staleness.ts: the sample corpus's printouts list up to two months past
 * their print date, a misread print date seen on the pipeline was 21 months off.
 */
const MISREAD_MARGIN_MONTHS = 3;

/** When sources tie, the one printed for the purpose wins: 开具时间 over a print header over the record number. */
const PRIORITY: Record<IssuedDateSource, number> = { label: 0, print: 1, number: 2, signed: 3 };

/**
 * A date chosen over a contradicting one by more readings of the same printed place (two engines
 * agreeing on 开具时间 against one reading of the record number): kept above the review cut-off,
 * but not as sure as an uncontested read.
 */
const OUTREAD_CONFIDENCE = 0.8;

/**
 * The date a material was produced, for the one-month freshness rule: a labelled 开具日期/开具时间
 * (纳税记录) or the date the browser printed on 申报收入查询's header or footer, and the record
 * number's date; for a 离职证明 its closing date; for contracts and certificates the signing/issue
 * date at the end. Null when none can be found — the rules then ask a reviewer.
 *
 * Every candidate of both readings (tesseract's and, where the page has one, the second engine's)
 * is collected, and the date chosen by agreement: the date the most independent printed places
 * (label, print header, record number) give, then the most readings of them. A date the table
 * contradicts (months before the record's own last entry) loses to one it does not. A date that
 * a contradicting one ties with, or that only a restored (deblurred) reading holds, is kept below
 * the review confidence (IN_DOUBT, under MIN_FIELD_CONFIDENCE): a digit slip is shown for review
 * instead of passing as sure.
 */
export function extractIssuedDate(pages: PageText[], kind: DocumentKind, ctx: IssuedDateContext = {}): IssuedDate | null {
  const first = collectIssuedDates(pages, kind, 'first');
  if (SIGNED_KINDS.includes(kind)) {
    // A contract or certificate may print several dates that all hold (each party's signature, a
    // 证明日期): the most specific source of one reading decides, as printed; the second engine only
    // stands in for a reading that found none.
    const read = first.length > 0 ? first : collectIssuedDates(pages, kind, 'second');
    const top = Math.min(...read.map((c) => PRIORITY[c.source]));
    return chooseIssuedDate(read.filter((c) => PRIORITY[c.source] === top).slice(0, 1), ctx);
  }
  const candidates = [...first, ...collectIssuedDates(pages, kind, 'second')];
  return chooseIssuedDate(candidates, ctx);
}

/** 01xx as Beijing's district codes: 东城 0101, 西城 0102, 朝阳 0105 … 延庆 0119. */
const DISTRICT_DAY = /-01-(?:0[1256789]|1[1-9])$/;

interface Support {
  date: string;
  candidates: IssuedDateCandidate[];
  sources: number;
  readings: number;
  best: IssuedDateCandidate;
  plausible: boolean;
}

/** Picks among candidates by agreement (see extractIssuedDate); exported for its table-driven tests. */
export function chooseIssuedDate(all: IssuedDateCandidate[], ctx: IssuedDateContext = {}): IssuedDate | null {
  // A record number whose four digits are a Beijing district code ("(2026)京0112个证明", 0112 通州)
  // reads as a January date; against a printed date it is that code, no rival. Agreeing, it vouches.
  const printed = new Set(all.filter((c) => c.source !== 'number').map((c) => c.date));
  const candidates = all.filter((c) => c.source !== 'number' || printed.size === 0 || printed.has(c.date) || !DISTRICT_DAY.test(c.date));
  if (candidates.length === 0) return null;
  const floor = ctx.latestEntry ? monthIndex(ctx.latestEntry) - MISREAD_MARGIN_MONTHS : -Infinity;
  const byDate = new Map<string, IssuedDateCandidate[]>();
  for (const c of candidates) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c]);
  const supports: Support[] = [...byDate].map(([date, cs]) => {
    const best = [...cs].sort(rank)[0];
    return {
      date,
      candidates: cs,
      sources: new Set(cs.map((c) => c.source)).size,
      readings: new Set(cs.map((c) => `${c.source}|${c.reading}|${c.page}`)).size,
      best,
      plausible: monthIndex(date) >= floor,
    };
  });
  // When every candidate contradicts the table (or a misread row set the floor), the table decides nothing.
  const anyPlausible = supports.some((s) => s.plausible);
  const order = (a: Support, b: Support) =>
    (anyPlausible ? Number(b.plausible) - Number(a.plausible) : 0) || b.sources - a.sources || b.readings - a.readings || rank(a.best, b.best);
  supports.sort(order);
  const [win, runnerUp] = supports;
  // Two printed places agreeing vouch for each other: the date is as sure as its surest reading.
  let confidence = Math.max(...win.candidates.map((c) => c.confidence));
  // Only a restored reading holds it, from one printed place: deconvolution may have made a digit.
  if (win.sources < 2 && win.candidates.every((c) => c.restored)) confidence = Math.min(confidence, IN_DOUBT);
  const rival = runnerUp && (!anyPlausible || runnerUp.plausible) ? runnerUp : null;
  if (rival) {
    if (rival.sources === win.sources && rival.readings === win.readings) confidence = Math.min(confidence, IN_DOUBT);
    else if (rival.sources === win.sources) confidence = Math.min(confidence, OUTREAD_CONFIDENCE);
  }
  if (!win.plausible) confidence = Math.min(confidence, IN_DOUBT);
  const numberOnly = win.candidates.every((c) => c.source === 'number') || undefined;
  return { date: win.date, confidence: Math.round(confidence * 100) / 100, page: win.best.page, text: win.best.text, numberOnly };
}

/** Label before print before number; tesseract's reading before the second's; then the surer read. */
function rank(a: IssuedDateCandidate, b: IssuedDateCandidate): number {
  return PRIORITY[a.source] - PRIORITY[b.source] || Number(a.restored) - Number(b.restored) || (a.reading === 'first' ? 0 : 1) - (b.reading === 'first' ? 0 : 1) || b.confidence - a.confidence;
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}
