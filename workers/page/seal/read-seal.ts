import type { Box } from '../../../rules/contract/index.ts';
import type { OcrEngine, RasterPage, RegionReader } from '../types.ts';
import type { Ellipse } from './fit-ring.ts';
import { fitInCrop, sealCrop } from './locate-seal-ring.ts';
import { scoreSealName } from './ctc/score-seal-name.ts';
import type { NameRecogniser } from './ctc/name-recogniser.ts';
import { sharedNameRecogniser } from './ctc/shared-name-recogniser.ts';
import { matchCompanyName } from './match-company-name.ts';
import { sealInkImage } from './seal-ink-image.ts';
import { sealOwner, type SealOwner } from './seal-owner.ts';
import { findTextGap, stretchStrip, unwrapRing, type InkImage } from './unwrap-seal-ring.ts';
import { inkPng } from './ink-png.ts';
import { codeStrips, readCode } from './read-seal-code.ts';
import { compareCreditCodes } from '../../../rules/identity/index.ts';

export interface SealReading {
  text: string | null;
  matchesEmployer: boolean | null;
  code: string | null;
  /** 0..1, how sure matchesEmployer is (score-seal-name.ts); absent when it was read without the recogniser */
  nameConfidence?: number;
}
/** One seal's read: whose it is and whether it names the employer. */
export interface OneSealReading extends SealReading {
  box: Box;
  /** 'company' also when it matches the employer; 'unknown' when the name could not be read */
  owner: SealOwner;
}
export interface SealEngines {
  ocr: OcrEngine | null;
  reader: RegionReader | null;
  /**
   * Scores the employer's name against the recogniser's character probabilities (ctc/). Left out, the
   * process-wide one is loaded whenever a region reader is given; null turns it off (OCR read and compare).
   */
  names?: NameRecogniser | null;
}

const DEG = Math.PI / 180;
/**
 * Reads below this mean confidence (0..100) are not trusted to name the unit: PP-OCR on unwrapped
 * drawn seals reads correct names at 85–99 and garbles at < 60.
 */
const MIN_READ_CONFIDENCE = 60;
/**
 * A read that names another company must be this sure (mean confidence 0..100): the employer's own
 * seals garbled into "another" name on tune read at 60–68 (北东健颜银息技术信限技任公司), the other
 * companies' seals at 96–99.
 */
const SURE_CONFIDENCE = 85;
/** Strip stretch: black at the median inked pixel (tune: 0.3–0.7 read alike; 0.5 keeps strokes apart). */
const STRIP_BLACK_AT = 0.5;
/** Seals read per page at most (each read is two to five OCR calls of ~0.1–0.3 s: name, then code); a tax record may add the tax office's seal. */
const MAX_SEALS = 3;

async function readStrip(image: InkImage, page: RasterPage, engines: SealEngines): Promise<{ text: string; parts: string[]; confidence: number; all: string } | null> {
  const bytes = await inkPng(image);
  if (engines.reader) {
    const r = await engines.reader.read(bytes);
    // the name is set larger than the code digits and the bottom text squeezed at the strip's ends:
    // keep the lines at least 60 % as tall as the tallest
    const tallest = Math.max(0, ...r.lines.map((l) => l.box.h));
    const lines = r.lines.filter((l) => l.box.h >= tallest * 0.6).sort((p, q) => p.box.x - q.box.x);
    const all = r.lines.map((l) => l.text).join('');
    if (!lines.length) return { text: '', parts: [], confidence: 0, all };
    const chars = lines.reduce((s, l) => s + [...l.text].length, 0);
    const conf = lines.reduce((s, l) => s + l.confidence * [...l.text].length, 0) / Math.max(1, chars);
    return { text: lines.map((l) => l.text).join(''), parts: lines.map((l) => l.text.replace(/\s+/g, '')), confidence: conf, all };
  }
  if (engines.ocr) {
    const r = await engines.ocr.recognize(bytes, { dpi: page.dpi ?? 300, psm: 'line' });
    const t = r.text.replace(/\s+/g, '');
    return { text: t, parts: [t], confidence: r.confidence, all: t };
  }
  return null;
}

/**
 * The strip is one full turn, so when the gap was misjudged the name is cut in two: its end at the
 * strip's start. Of the rotations of the pieces, keep the one closest to the employer's name (or the
 * one ending in 公司 when there is none) — only the join point changes, never a character.
 */
function bestRotation(parts: string[], employer: string | null): string {
  const options = parts.map((_, k) => [...parts.slice(k), ...parts.slice(0, k)].join(''));
  if (employer) return options.reduce((b, o) => (matchCompanyName(o, employer).score > matchCompanyName(b, employer).score ? o : b), options[0]!);
  return options.find((o) => /公司$/u.test(o)) ?? options[0]!;
}

/** Name strip: clockwise over the top, glyph tops outward. */
export function nameStrip(ink: InkImage, e: Ellipse, scale = 1): InkImage {
  // the full turn from the gap: the name (≤ 260°) stays in one piece even when the gap estimate is
  // 40° off; what lands at the two ends (code, bottom text) is dropped by line height
  return unwrapRing(ink, e, { start: findTextGap(ink, e), sweep: 360 * DEG, rhoFrom: 0.93, rhoTo: 0.55, scale });
}

/**
 * Reads each seal (at most MAX_SEALS): the name on its arc, its 13-digit code, whose it is and
 * whether it names the employer. Empty when no engine is available.
 */
export async function readEachSeal(page: RasterPage, boxes: Box[], employerName: string | null, engines: SealEngines, employerCreditCode: string | null = null): Promise<OneSealReading[]> {
  const names = engines.names === undefined ? (engines.reader ? await sharedNameRecogniser() : null) : engines.names;
  if (!engines.reader && !engines.ocr && !names) return [];
  const reads: OneSealReading[] = [];
  for (const box of boxes.slice(0, MAX_SEALS)) {
    const crop = sealCrop(page, box);
    if (crop.w < 16 || crop.h < 16) {
      reads.push({ box, text: null, matchesEmployer: null, code: null, owner: 'unknown' });
      continue;
    }
    const { e, grey } = fitInCrop(page, crop);
    const ink = sealInkImage(page, crop, grey);
    const shapeInk = (): InkImage => sealInkImage(page, crop, 'shape');
    const code = (): Promise<string | null> => readCode(codeStrips(grey ? ink : sealInkImage(page, crop, 'tinted'), e, findTextGap(ink, e)), engines.reader);
    if (names) {
      const n = await scoreSealName({ ink, e, ...(grey ? {} : { shapeInk }) }, names, employerName);
      const owner = n.match === true ? 'company' : sealOwner(n.text || null, n.all);
      const text = n.text || null;
      if (owner === 'issuer') { reads.push({ box, text, matchesEmployer: false, code: null, owner }); continue; }
      reads.push({ box, text, ...byCreditCode(n.match, n.confidence, await code(), employerCreditCode), owner });
      continue;
    }
    // first on the strip stretched to its own ink (faint, blurred, 150 dpi names), then as unwrapped
    // when that read does not name the employer (tune: the stretch turned 6 open reads into matches
    // and lost none; the second read recovers heavy strokes the stretch merges)
    const tries: Array<{ r: Awaited<ReturnType<typeof readStrip>>; t: string | null; m: boolean | null }> = [];
    const strip = nameStrip(ink, e);
    for (const image of [stretchStrip(strip, STRIP_BLACK_AT), strip]) {
      const r = await readStrip(image, page, engines);
      const t = r && r.text && r.confidence >= MIN_READ_CONFIDENCE ? bestRotation(r.parts, employerName) : null;
      const m = t && employerName ? matchCompanyName(t, employerName).match : null;
      // a garbled read (confidence < SURE_CONFIDENCE) is no evidence of another company
      tries.push({ r, t, m: m === false && (r?.confidence ?? 0) < SURE_CONFIDENCE ? null : m });
      if (tries.at(-1)!.m !== null) break;
    }
    const pick = tries.find((x) => x.m !== null) ?? tries.find((x) => x.t) ?? tries[0]!;
    const { r: name, t: text, m: match } = pick;
    // the employer's own name wins over any issuer word (the employer may itself be a university)
    const owner = match === true ? 'company' : sealOwner(text, name?.all ?? '');
    if (owner === 'issuer') {
      reads.push({ box, text, matchesEmployer: false, code: null, owner });
      continue;
    }
    reads.push({ box, text, ...byCreditCode(match, undefined, await code(), employerCreditCode), owner });
  }
  return reads;
}

/**
 * A seal that carries the employer's 统一社会信用代码 (read-seal-code.ts reads it only when two strips
 * agree and its GB 32100 check character holds) is the employer's whatever its name read as. Another
 * code holding its check, against an employer's code holding its own, is another unit's seal (a misread
 * breaks the check) unless the name read as the employer's: then the two disagree and nothing is
 * decided. The 13-digit seal code says nothing about the unit.
 */
export function byCreditCode(match: boolean | null, nameConfidence: number | undefined, code: string | null, employerCreditCode: string | null): Pick<SealReading, 'matchesEmployer' | 'code' | 'nameConfidence'> {
  const conf = nameConfidence === undefined ? {} : { nameConfidence };
  const byCode = code && code.length === 18 ? compareCreditCodes(code, employerCreditCode) : 'unread';
  if (byCode === 'same') return { matchesEmployer: true, code, nameConfidence: 1 };
  if (byCode === 'other') return { matchesEmployer: match === true ? null : false, code, ...conf };
  return { matchesEmployer: match, code, ...conf };
}

/**
 * Reads the name on the seal's arc and its 13-digit code, and compares the name with the employer's.
 * Everything is null when no engine is available or the read is not confident (→ review).
 * Issuers' seals (seal-owner.ts) are left out: they say nothing about the employer's stamp.
 */
export async function readSeal(page: RasterPage, boxes: Box[], employerName: string | null, engines: SealEngines, employerCreditCode: string | null = null): Promise<SealReading> {
  return combineReads((await readEachSeal(page, boxes, employerName, engines, employerCreditCode)).filter((r) => r.owner !== 'issuer'));
}

/**
 * One matching seal is enough; any seal that could not be read leaves the question open; only when
 * every seal reads as someone else is it a mismatch.
 */
export function combineReads(reads: SealReading[]): SealReading {
  const none: SealReading = { text: null, matchesEmployer: null, code: null };
  const conf = (r: SealReading) => (r.nameConfidence === undefined ? {} : { nameConfidence: r.nameConfidence });
  const hit = reads.find((r) => r.matchesEmployer === true);
  if (hit) return { text: hit.text, matchesEmployer: true, code: hit.code, ...conf(hit) };
  const open = reads.find((r) => r.matchesEmployer === null);
  if (open) return { text: open.text ?? reads.find((r) => r.text)?.text ?? null, matchesEmployer: null, code: open.code ?? reads.find((r) => r.code)?.code ?? null };
  const first = reads[0];
  if (!first) return none;
  // every seal another unit's: as sure as the least sure of them
  const sure = reads.map((r) => r.nameConfidence).filter((c): c is number => c !== undefined);
  return { text: first.text, matchesEmployer: first.matchesEmployer, code: first.code, ...(sure.length ? { nameConfidence: Math.min(...sure) } : {}) };
}
