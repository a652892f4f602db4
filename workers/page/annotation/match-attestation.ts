/** The sentence guide 五 requires on every income page (punctuation is not compared). */
export const ATTESTATION = '与原件一致，本单位已核实确认真实有效';

/**
 * Characters an OCR engine returns for the same written character: traditional or variant forms
 * (PP-OCR read a handwritten 真 as 眞 on our drawn notes) and look-alikes seen in readings of the note.
 */
const VARIANTS: Record<string, string> = {
  眞: '真', 與: '与', 實: '实', 確: '确', 認: '认', 單: '单', 効: '效', 巳: '已', 己: '已', 壹: '一',
};

const TARGET = [...normalize(ATTESTATION)];

/** NFKC, drop everything that is not a Han character, fold variants. */
export function normalize(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    out += VARIANTS[ch] ?? ch;
  }
  return out;
}

export interface AttestationMatch {
  /** Share of the sentence's 17 Han characters that the text covers (read right, or read as another character). */
  coverage: number;
  /** true: the whole sentence is there; false: only part of it; null: no trace of it (or too unsure to say). */
  complete: boolean | null;
  /** The span of the input that aligned with the sentence, as read. */
  matched: string;
  /** Characters read exactly as in the sentence. */
  exact: number;
  /** exact / (characters of the aligned span + sentence characters skipped inside it): 1 = a clean reading. */
  fidelity: number;
  /** Aligned span in the normalised text (Han characters only): [start, end). */
  start: number;
  end: number;
  /** Aligned span in the sentence: [targetStart, targetEnd) of its 17 characters. */
  targetStart: number;
  targetEnd: number;
}

/**
 * Coverage at or above which the sentence counts as whole. 14/17: a complete note read by
 * PP-OCR lost 2 characters under a seal (`…确认实有` = 15/17, research §10), and a cut-short note
 * stops at a clause boundary (与原件一致 = 5/17, …本单位已核实 = 11/17, 12/17 without 与原件一致).
 */
export const COMPLETE_COVERAGE = 14 / 17;
/** Fewer exact characters than this is no trace of the sentence: 与原件 alone (3) also begins 与原件相符. */
export const MIN_EXACT = 4;
/**
 * Below this fidelity the aligned span is another sentence sharing a few characters: printed
 * 国家税务总局… 本单位 确认 有效 aligns at 0.58; a note read with 3 wrong characters scores 0.82.
 */
export const MIN_FIDELITY = 0.65;

/**
 * Aligns the sentence against `text` (semi-global: the sentence may start and end anywhere in the
 * text) and reports how much of it is there. Substitutions count as present-but-misread, which is
 * how a handwritten note read with a few wrong characters stays recognised.
 */
export function matchAttestation(text: string): AttestationMatch {
  const s = [...normalize(text)];
  const n = TARGET.length;
  const m = s.length;
  if (m === 0) return NO_MATCH;
  // Score: +2 exact, -1 substitution, -1 gap. Local in the text, local in the target too, so a
  // partial note aligns with the part it has.
  const W = m + 1;
  const H = new Int32Array((n + 1) * W);
  const T = new Uint8Array((n + 1) * W); // 0 stop, 1 diag, 2 up (skip target), 3 left (extra text)
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diag = H[(i - 1) * W + j - 1] + (TARGET[i - 1] === s[j - 1] ? 2 : -1);
      const up = H[(i - 1) * W + j] - 1;
      const left = H[i * W + j - 1] - 1;
      let v = 0;
      let t = 0;
      if (diag > v) { v = diag; t = 1; }
      if (up > v) { v = up; t = 2; }
      if (left > v) { v = left; t = 3; }
      H[i * W + j] = v;
      T[i * W + j] = t;
      if (v > best) { best = v; bi = i; bj = j; }
    }
  }
  if (best === 0) return NO_MATCH;
  let i = bi;
  let j = bj;
  let exact = 0;
  let subs = 0;
  let skipped = 0;
  let extra = 0;
  while (i > 0 && j > 0 && T[i * W + j] !== 0) {
    const t = T[i * W + j];
    if (t === 1) {
      if (TARGET[i - 1] === s[j - 1]) exact++;
      else subs++;
      i--; j--;
    } else if (t === 2) { skipped++; i--; } else { extra++; j--; }
  }
  const startI = i;
  const endI = bi;
  const matched = s.slice(j, bj).join('');
  // Target characters before/after the aligned part are missing; skipped ones inside it are OCR drops.
  const covered = endI - startI - Math.max(0, skipped - 2);
  const fidelity = exact / (exact + subs + extra + skipped);
  if (exact < MIN_EXACT || fidelity < MIN_FIDELITY) {
    return { coverage: exact / n, complete: null, matched, exact, fidelity, start: j, end: bj, targetStart: startI, targetEnd: endI };
  }
  const coverage = Math.min(1, covered / n);
  return { coverage, complete: coverage >= COMPLETE_COVERAGE, matched, exact, fidelity, start: j, end: bj, targetStart: startI, targetEnd: endI };
}

const NO_MATCH: AttestationMatch = { coverage: 0, complete: null, matched: '', exact: 0, fidelity: 0, start: 0, end: 0, targetStart: 0, targetEnd: 0 };

/**
 * At most this many sentence characters at either end are taken as written-but-misread. Faded
 * strokes at the end of a line turned 真实有效 into 具头月双 (4 characters in their
 * place); a note cut short at a clause boundary lacks ≥ 4 and leaves no characters in their place.
 */
export const MAX_MISREAD_END = 4;

/**
 * The local alignment stops where the reading turns into wrong characters, so a note whose last
 * characters were misread looks cut short. When the same line of the reading holds as many
 * characters after the aligned span as the sentence still lacks (or before it, as it lacks at the
 * start), they are taken as the missing characters misread: covered, but not exact.
 * `before`/`after`: characters on the same reader line before the span's start / after its end.
 */
export function fillMisreadEnds(m: AttestationMatch, before: number, after: number): AttestationMatch {
  if (m.complete === null) return m;
  const n = TARGET.length;
  const head = m.targetStart, tail = n - m.targetEnd;
  const fillHead = head > 0 && head <= MAX_MISREAD_END && before >= head ? head : 0;
  const fillTail = tail > 0 && tail <= MAX_MISREAD_END && after >= tail ? tail : 0;
  if (!fillHead && !fillTail) return m;
  const coverage = Math.min(1, m.coverage + (fillHead + fillTail) / n);
  // fidelity = exact / aligned length; the filled characters lengthen the span without being exact.
  const span = m.exact / Math.max(1e-9, m.fidelity) + fillHead + fillTail;
  return {
    ...m, coverage, complete: coverage >= COMPLETE_COVERAGE, fidelity: m.exact / span,
    start: m.start - fillHead, end: m.end + fillTail, targetStart: m.targetStart - fillHead, targetEnd: m.targetEnd + fillTail,
  };
}
