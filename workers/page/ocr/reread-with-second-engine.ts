import type { OcrLine, RegionReader } from '../types.ts';
import type { GreyPage } from './reread-weak-lines.ts';
import { cropLine } from './crop-line.ts';

export interface SecondEngineOptions {
  /**
   * Lines tesseract read below this confidence are read again by the second engine. Tune split:
   * the Chinese-numeral dates on degree certificates (二〇一四年六月二十八日, under the university's
   * seal) came out at 51–61 and garbled (`三四一四年六月二十帮日`); printed body lines read right sit
   * at 86–96. @default 75
   */
  below?: number;
  /**
   * The second engine's reading replaces tesseract's only at or above this confidence (PP-OCR's
   * mean character probability × 100). Tune degree dates: 二〇一四年六月二十八日 and 二〇二〇年六月二十日
   * read right at 91.6 and 96.3, 二〇〇九年六月二十八日 read as …二十日 (八 under the seal's star)
   * at 88.8. @default 90
   */
  accept?: number;
  /** At most this many lines a page (≈ 0.1–0.2 s each), weakest first. @default 8 */
  maxLines?: number;
  /** Told of each line the second engine failed on (the line keeps tesseract's reading). */
  onFailure?: (err: unknown) => void;
}

/**
 * A year in Chinese numerals (二〇二五年), as contracts and certificates print their dates. Tesseract
 * reads these with a confidence that does not show its slips (a labour contract of source A's tune split: 二〇二五年七月一日
 * read as 三〇三五年七月一目 at 85), so such lines are read again whatever their confidence.
 */
const CHINESE_NUMERAL_YEAR = /[〇零○O0一二三四五六七八九]{4}\s*年/;

/**
 * Weak single-cell lines (no wide gaps: table rows have their own second reading) read again by
 * PP-OCR on their crop. Tesseract's chi_sim model loses Chinese numerals and characters under a
 * seal's faded ink that PP-OCR's recogniser still reads; the replacement is kept only when PP-OCR
 * is sure of it, and the line's box stays tesseract's.
 */
export async function rereadWithSecondEngine(
  reader: RegionReader,
  grey: GreyPage,
  lines: OcrLine[],
  opts: SecondEngineOptions = {},
): Promise<{ lines: OcrLine[]; reread: number; replaced: number }> {
  const below = opts.below ?? 75;
  const accept = opts.accept ?? 90;
  const maxLines = opts.maxLines ?? 8;
  const weak = lines
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => (line.confidence < below || CHINESE_NUMERAL_YEAR.test(line.text)) && !/\S\s{2,}\S/.test(line.text) && line.box.w > line.box.h && line.box.h >= 8)
    .sort((a, b) => a.line.confidence - b.line.confidence)
    .slice(0, maxLines);
  const out = [...lines];
  let replaced = 0;
  for (const { line, i } of weak) {
    const crop = await cropLine(grey, line.box, 1 / 2);
    if (!crop) continue;
    let read: Awaited<ReturnType<RegionReader['read']>>;
    try {
      read = await reader.read(crop.png);
    } catch (err) {
      opts.onFailure?.(err);
      continue;
    }
    // One line in, one line out: a crop that holds several (tesseract ran rows together on a
    // blurred scan) would come back as their texts run together.
    if (read.lines.length !== 1) continue;
    const text = read.lines[0]!.text.trim();
    if (!text || read.confidence < accept) continue;
    replaced++;
    out[i] = { text, confidence: Math.round(read.confidence * 10) / 10, box: line.box };
  }
  return { lines: out, reread: weak.length, replaced };
}
