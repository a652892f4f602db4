import { CLARITY_REASONS, EDGE_REASONS, NOTE, describeReasons } from '../../../rules/index.ts';
import { INCOME_MATERIAL_KINDS, type DocumentKind, type PageReport } from '../../../rules/contract/index.ts';
import type { QuickPageFeedback } from '../../../workers/page/index.ts';
import { mayReject, type GatedCheck } from '../../../rules/data/reject-gate.ts';

/**
 * One badge: ok, a problem, not decided (a reviewer looks), not required on this page, not checked
 * yet, or (quick stage, note and signature only) pen writing seems to be there, to be confirmed.
 */
export type BadgeState = 'ok' | 'bad' | 'unsure' | 'not_needed' | 'pending' | 'likely';
export const BADGES = ['clear', 'whole', 'seal', 'note', 'signature'] as const;
export type Badge = (typeof BADGES)[number];

export interface PageFeedback {
  documentId: string;
  page: number;
  /** quick: the upload's pixel checks and handwriting estimate; full: the page's whole analysis. */
  stage: 'pending' | 'quick' | 'full' | 'failed';
  badges: Record<Badge, BadgeState>;
  /**
   * What to do, in plain Chinese. `reject` only where the reject gate trusts every check behind the
   * sentence at its confidence (as the report's flags would), else `review`: the same words, asked
   * less firmly, since a reviewer will look.
   */
  advice: { severity: 'reject' | 'review'; text: string }[];
}

type Decision = boolean | null;
/** Each badge's check in the reject gate, with the confidence of its decision (null: none given). */
type Confidences = Partial<Record<Badge, number | null>>;
const GATES: Record<Badge, GatedCheck> = { clear: 'unclear', whole: 'edges', seal: 'seal_present', note: 'note_present', signature: 'signature' };
const stateOf = (d: Decision): BadgeState => (d === true ? 'ok' : d === false ? 'bad' : 'unsure');

/**
 * Seal, note and signature are asked of income materials on every page (guide 五（二）3); other
 * materials need none, and say 不需要 rather than 无. A document without a declared kind is asked
 * as income material would be: what it shows is reported, nothing is demanded.
 */
export function needsMarks(kind: DocumentKind | null): boolean {
  return kind === null || INCOME_MATERIAL_KINDS.includes(kind);
}

export function pendingFeedback(documentId: string, page: number): PageFeedback {
  return { documentId, page, stage: 'pending', badges: { clear: 'pending', whole: 'pending', seal: 'pending', note: 'pending', signature: 'pending' }, advice: [] };
}

export function failedFeedback(documentId: string, page: number): PageFeedback {
  const f = pendingFeedback(documentId, page);
  return { ...f, stage: 'failed', advice: [{ severity: 'reject', text: `第${page}页无法读取，请重新扫描该页后上传` }] };
}

/**
 * From the upload's quick checks. The note and signature are one OCR-free estimate of pen writing,
 * too weak to decide either (tune pages, `npm run bench:first-badge`: it found writing on 83 of 100
 * pages that have it but also on 7 of 11 that have none, and called one page without writing that
 * had it): it shows only as 'likely' (初判有) or 'pending' until the full analysis decides, and asks nothing.
 */
export function quickFeedback(documentId: string, kind: DocumentKind | null, q: Omit<QuickPageFeedback, 'thumbnail'>): PageFeedback {
  const marks = needsMarks(kind);
  const writing: BadgeState = !marks ? 'not_needed' : q.handwriting.likely === true ? 'likely' : 'pending';
  const badges = {
    clear: stateOf(q.clarity.ok),
    whole: stateOf(q.edges.ok),
    seal: marks ? stateOf(q.seal.present) : 'not_needed',
    note: writing,
    signature: writing,
  } satisfies Record<Badge, BadgeState>;
  // Quick clarity and edges carry no confidence: never firmer than review.
  const { confidence: clear = 0 } = q.clarity as { confidence?: number };
  const { confidence: whole = 0 } = q.edges as { confidence?: number };
  const conf: Confidences = { clear, whole, seal: q.seal.confidence };
  return { documentId, page: q.page, stage: 'quick', badges, advice: advise(q.page, badges, conf, q.clarity.reasons, q.edges.reasons) };
}

/** From the page's full analysis (PageReport). */
export function fullFeedback(documentId: string, kind: DocumentKind | null, p: PageReport): PageFeedback {
  const marks = needsMarks(kind);
  const note: BadgeState = p.annotation.present === true && p.annotation.complete === false ? 'bad' : stateOf(p.annotation.present);
  const badges = {
    clear: stateOf(p.clarity.ok),
    whole: stateOf(p.edges.ok),
    seal: marks ? stateOf(p.seal.present) : 'not_needed',
    note: marks ? note : 'not_needed',
    signature: marks ? stateOf(p.signature.present) : 'not_needed',
  } satisfies Record<Badge, BadgeState>;
  const conf: Confidences = { clear: p.clarity.confidence, whole: p.edges.confidence, seal: p.seal.confidence, note: p.annotation.confidence, signature: p.signature.confidence };
  const advice = advise(p.page, badges, conf, p.clarity.reasons, p.edges.reasons);
  if (marks && p.annotation.present === true && p.annotation.complete === false) {
    advice.push({ severity: 'review', text: `第${p.page}页的标注似乎不完整，应完整写明“${NOTE}”` });
  }
  return { documentId, page: p.page, stage: 'full', badges, advice };
}

/** The plain sentences: one to rescan, one naming every missing mark, one for what a reviewer will check. */
function advise(n: number, b: Record<Badge, BadgeState>, conf: Confidences, clarity?: readonly string[], edges?: readonly string[]): PageFeedback['advice'] {
  const out: PageFeedback['advice'] = [];
  const severity = (...badges: Badge[]) => (badges.filter((k) => b[k] === 'bad').every((k) => mayReject(GATES[k], conf[k])) ? 'reject' : 'review');
  const rescan = [b.clear === 'bad' ? describeReasons(clarity, CLARITY_REASONS, '图像不清晰') : null, b.whole === 'bad' ? describeReasons(edges, EDGE_REASONS, '页面不完整') : null].filter(Boolean);
  if (rescan.length) out.push({ severity: severity('clear', 'whole'), text: `请重新扫描第${n}页（${rescan.join('；')}），应为四边完整、字迹清晰的原件扫描件` });
  const missing = markSentence(n, b.seal === 'bad', b.note === 'bad', b.signature === 'bad');
  if (missing) out.push({ severity: severity('seal', 'note', 'signature'), text: missing });
  const unsure = [b.clear === 'unsure' ? '清晰度' : null, b.whole === 'unsure' ? '页面完整' : null, b.seal === 'unsure' ? '公章' : null, b.note === 'unsure' ? '手写标注' : null, b.signature === 'unsure' && b.note !== 'unsure' ? '签字' : null].filter(Boolean);
  if (unsure.length) out.push({ severity: 'review', text: `第${n}页的${unsure.join('、')}未能自动确认，请自行核对；审核人员也会人工核对` });
  return out;
}

function markSentence(n: number, seal: boolean, note: boolean, signature: boolean): string | null {
  const write = `由经办人手写“${NOTE}”`;
  if (seal && note && signature) return `请在第${n}页加盖公章，并${write}后签字`;
  if (seal && note) return `请在第${n}页加盖公章，并${write}`;
  if (seal && signature) return `请在第${n}页加盖公章，并由经办人签字`;
  if (seal) return `请在第${n}页加盖用人单位公章`;
  if (note && signature) return `请在第${n}页${write}后签字`;
  if (note) return `请在第${n}页${write}`;
  if (signature) return `请经办人在第${n}页的标注后签字`;
  return null;
}
