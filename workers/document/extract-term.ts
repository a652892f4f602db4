import type { DocumentKind, Term } from './contract-types.ts';
import type { PageText } from './types.ts';
import { groupRows } from './group-rows.ts';
import { findDates, isoFromParts, type DateMention } from './parse-date.ts';

interface Candidate {
  /** The start was not read at all (its place garbled or lost): only the end stands. */
  startLost?: boolean;
  /** Text right after a start with no end read: where an end whose year lost a digit may be. */
  after?: string;
  start: DateMention;
  end: DateMention | null;
  page: number;
  score: number;
  text: string;
  ocr: number;
}

/** A page number printed in the footer or header: "第1页共2页", "第 1 页 / 共 2 页", "- 1 -". */
const PAGE_NUMBER = /^(?:第\d+页[/,，]?(?:共\d+页)?|-?\d+-?|\d+\/\d+)$/;
/** Rows of each page's edge read together for a clause cut by the page break. */
const EDGE_ROWS = 3;
/** A start cut to its year, the end right after it ("期限自二O二五年二〇二八年七月三十一日": 八月一日起至 lost). */
const CUT_START = /(?:自|从)[〇零○OoQ0-9一二三四五六七八九]{2,4}年$/;
const LINK = /^\s*(?:起)?\s*(?:至|到|止|-|~|——)\s*$/;
const CONTEXT: Partial<Record<DocumentKind, RegExp>> = {
  labor_contract: /合同期限|期限|聘用期|合同有效期|劳动合同/,
  lease_contract: /租赁期|租期|租赁期限|期限/,
  id_card: /有效期限|有效期/,
  residence_permit: /有效期|签注/,
};

/**
 * The validity or term of a contract, lease, ID card or 居住证. Candidate ranges are date pairs
 * joined by 至/到/-; the one introduced by the document's term wording (合同期限, 租赁期, 有效期限)
 * wins, and a probation range (试用期) never does. 长期/无固定期限 → end null, openEnded; a blank
 * ____年__月__日 end → end null with low confidence (a reviewer must look).
 */
export function extractTerm(pages: PageText[], kind: DocumentKind): Term | null {
  const context = CONTEXT[kind] ?? /期限|有效期/;
  const candidates: Candidate[] = [];
  const texts: Array<{ page: number; text: string; rows: string[]; ocr: number }> = [];
  for (const page of pages) {
    const rows = groupRows(page);
    const text = rows.map((r) => r.text).join('\n');
    const ocr = rows.length ? rows.reduce((a, r) => a + r.ocr, 0) / rows.length : 1;
    texts.push({ page: page.page, text, rows: rows.map((r) => r.text).filter((t) => !PAGE_NUMBER.test(t.replace(/\s+/g, ''))), ocr });
    candidates.push(...scan(text, page.page, ocr, kind, context));
  }
  // A term clause that starts on one page's last line and ends on the next page's first: the two
  // pages' edges (page numbers left out) are read as one text, the range credited to the first page.
  for (let i = 0; i + 1 < texts.length; i++) {
    const edge = [...texts[i].rows.slice(-EDGE_ROWS), ...texts[i + 1].rows.slice(0, EDGE_ROWS)].join('\n');
    const found = scan(edge, texts[i].page, Math.min(texts[i].ocr, texts[i + 1].ocr), kind, context);
    candidates.push(...found.filter((c) => c.end !== null && c.end !== c.start && c.start.kind === 'date' && c.end.kind !== 'blank'));
  }
  const all = texts.map((t) => t.text.replace(/\s+/g, '')).join('\n');
  const type = contractType(all, kind);
  if (candidates.length === 0) {
    if (type === 'open' || type === 'task') return { start: null, end: null, openEnded: true, taskBased: type === 'task' || undefined, page: null, text: null, confidence: 0.4 };
    return null;
  }
  let best = kind === 'residence_permit' ? latestEnd(candidates) : [...candidates].sort((x, y) => y.score - x.score)[0];
  best = withCutYearEnd(best);
  const start = best.start.kind === 'date' && best.start !== best.end ? best.start.iso : null;
  let end: string | null = best.end?.kind === 'date' ? best.end.iso : null;
  let openEnded = best.end?.kind === 'open' || type === 'open' || type === 'task';
  if (type === 'fixed' && best.end?.kind !== 'date') openEnded = false;
  if (openEnded) end = null;
  let confidence = Math.min(best.start.confidence, best.end?.confidence ?? 1);
  // A printed blank is proven empty; a start lost to OCR leaves the end as sure as its own reading
  // (the validity check needs only the end; the start is left unread, for review where it counts).
  if ((best.start.kind === 'blank' && !best.startLost) || best.end?.kind === 'blank') confidence = 0.3;
  else if (best.startLost) confidence = Math.min(best.end!.confidence, START_LOST_CONFIDENCE);
  if (!best.end && !openEnded) confidence = Math.min(confidence, 0.4);
  if (type === 'ambiguous') confidence = Math.min(confidence, 0.5);
  if (best.score < 2) confidence *= 0.8;
  confidence *= best.ocr >= 0.75 ? 1 : 0.85;
  if (start && end && end < start) confidence = Math.min(confidence, 0.3);
  // A 居民身份证 runs 5, 10 or 20 years to the day: any other span is a misread date ("2026.06.1 2").
  if (kind === 'id_card' && start && end && ![5, 10, 20].some((k) => `${Number(start.slice(0, 4)) + k}${start.slice(4)}` === end)) confidence = Math.min(confidence, ID_SPAN_DOUBT);
  const term: Term = { start, end, openEnded, page: best.page, text: best.text.replace(/\n/g, ' '), confidence: Math.round(confidence * 100) / 100 };
  if (type === 'task') term.taskBased = true;
  return term;
}

/** Candidate ranges in one text (a page, or two pages' edges read together). */
function scan(text: string, page: number, ocr: number, kind: DocumentKind, context: RegExp): Candidate[] {
  const candidates: Candidate[] = [];
  const mentions = findDates(text);
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    if (a.kind === 'open') continue;
    const b = mentions[i + 1];
    const between = b ? text.slice(a.end, b.index) : '';
    // On a card the dash between the dates may be lost to the scan ("有效期限 2016.06.12 2026.06.12").
    const linked = b && (LINK.test(between.replace(/\s+/g, '')) || (kind === 'id_card' && /^[ \t]+$/.test(between) && b.kind !== 'blank'));
    const before = text.slice(Math.max(0, a.index - 24), a.index).replace(/\s+/g, '');
    const near = before.slice(-12);
    let score = 0;
    if (context.test(before)) score += 3;
    if (/自|从|起始|开始/.test(near.slice(-3))) score += 1;
    if (/试用期|见习期/.test(near)) score -= 6;
    if (!linked) {
      if (kind === 'residence_permit' && /有效期至|有效期限至|至$/.test(before)) {
        candidates.push({ start: a, end: a, page, score: score + 1, text: text.slice(Math.max(0, a.index - 12), a.end), ocr });
      } else if (context.test(text.slice(Math.max(0, a.index - 40), a.index)) && (/(?:至|到)$/.test(before) || CUT_START.test(before))) {
        // The start was unreadable ("自2019年?月1日起至2021年9月15日止"): the end alone still says when it runs out.
        candidates.push({ start: { ...a, kind: 'blank', iso: null }, startLost: true, end: a, page, score: score + 1, text: text.slice(Math.max(0, a.index - 24), a.end + 1), ocr });
      } else if (context.test(before) && /自|从/.test(near.slice(-3))) {
        candidates.push({ start: a, end: null, page, score: score - 1, text: text.slice(Math.max(0, a.index - 12), a.end), ocr, after: text.slice(a.end, a.end + 24) });
      }
      continue;
    }
    candidates.push({ start: a, end: b, page, score: score + 2, text: text.slice(Math.max(0, a.index - 12), Math.min(text.length, b.end + 2)), ocr });
    i++;
  }
  return candidates;
}

function latestEnd(c: Candidate[]): Candidate {
  const dated = c.filter((x) => x.end?.kind === 'date');
  if (dated.length === 0) return c[0];
  return dated.sort((a, b) => (b.end!.iso! > a.end!.iso! ? 1 : -1))[0];
}

const CHECKED = '[☑✓√✔■☒▇█●◼✗✘xX]';

/**
 * Which of the three contract types (劳动合同法 Art. 12) the contract chose. Templates print all three
 * with boxes; only a ticked one counts. 'ambiguous' when several are named and none is ticked.
 */
function contractType(text: string, kind: DocumentKind): 'fixed' | 'open' | 'task' | 'ambiguous' | null {
  if (kind === 'id_card') return /长期/.test(text) ? null : null;
  if (kind !== 'labor_contract') return null;
  const options: Array<['fixed' | 'open' | 'task', RegExp]> = [
    ['open', /无固定期限/],
    ['task', /以完成一?定?工作任务为期限|完成一定工作任务/],
    ['fixed', /(?<!无)固定期限/],
  ];
  const present = options.filter(([, re]) => re.test(text));
  if (present.length === 0) return null;
  if (present.length === 1) return present[0][0];
  const ticked = present.filter(([, re]) => new RegExp(`${CHECKED}\\)?\\s*(?:[(（]?[一二三1-3][)）.、]?)?(?:${re.source})`).test(text));
  if (ticked.length === 1) return ticked[0][0];
  const chosen = /期限类型为([^,，。;；]{2,16})/.exec(text);
  if (chosen) for (const [k, re] of options) if (re.test(chosen[1])) return k;
  return 'ambiguous';
}

/** An ID card's validity that is not 5, 10 or 20 years to the day: shown, for review. */
const ID_SPAN_DOUBT = 0.5;

/** An end read in a clause whose start was lost: the clause is garbled around it, so a little doubt. */
const START_LOST_CONFIDENCE = 0.85;

/** An end read from a year that lost its leading digit(s): shown, under MIN_FIELD_CONFIDENCE (0.6). */
const CUT_YEAR_CONFIDENCE = 0.5;
/**
 * The same, when the end so read falls a whole number of years after the start (to the day, or the
 * day before): month and day both agree with the year the cut left, so the reading stands.
 */
const WHOLE_YEARS_CONFIDENCE = 0.75;

/** True when `end` is 1–10 whole years after `start`, to the day or the day before. */
export function wholeYearsAfter(start: string, end: string): boolean {
  const [y, m, d] = start.split('-').map(Number);
  for (let k = 1; k <= 10; k++) {
    const same = new Date(Date.UTC(y + k, m - 1, d));
    const before = new Date(same.getTime() - 86_400_000);
    if ([same, before].some((x) => x.toISOString().slice(0, 10) === end)) return true;
  }
  return false;
}

/**
 * A handwritten term whose end's year lost its first digit into the stroke before it ("自 2019 年 3
 * 月1 必022 年 2 月28", the 日起至 2 read as one glyph; source B tune): right after the start, a
 * two- or three-digit year with 年月 after it is read as 20xx when that falls within 30 years after
 * the start. Kept below the review confidence: a reviewer confirms it.
 */
function withCutYearEnd(c: Candidate): Candidate {
  if (c.end || c.start.kind !== 'date' || !c.after) return c;
  const m = /^[^0-9]{0,4}(?<![0-9])0?([0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})(?![0-9])/.exec(c.after);
  if (!m) return c;
  const startYear = Number(c.start.iso!.slice(0, 4));
  const year = 2000 + Number(m[1]);
  const iso = isoFromParts(year, Number(m[2]), Number(m[3]));
  if (!iso || iso <= c.start.iso! || year > startYear + 30) return c;
  const confidence = wholeYearsAfter(c.start.iso!, iso) ? WHOLE_YEARS_CONFIDENCE : CUT_YEAR_CONFIDENCE;
  const end: DateMention = { kind: 'date', iso, index: c.start.end, end: c.start.end + m[0].length, raw: m[0], confidence };
  return { ...c, end, text: c.text + c.after.slice(0, m[0].length) };
}
