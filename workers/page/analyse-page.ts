import sharp from 'sharp';
import type { Box, PageReport } from '../../rules/contract/index.ts';
import type { PageText } from '../document/types.ts';
import { detectAttestation } from './annotation/index.ts';
import { deblurMotion, estimateMotionBlur, looksLikeMoneyTable, rereadWeakLines, rereadWithSecondEngine, tableReadingInDoubt, type GreyPage, type MotionBlur } from './ocr/index.ts';
import { prepareOcrImage, ocrDpi } from './prepare-ocr-image.ts';
import { refineClarityWithOcr } from './quality/index.ts';
import { CLARITY } from './quality/thresholds.ts';
import { quickCheckPage, type QuickPageChecks } from './quick-check-page.ts';
import { judgeSeals } from './seal/index.ts';
import { noteSecondReadingFailure, type PageLog, type SecondReadingKind } from './second-reading-failures.ts';
import { NO_CLOCK, type StageClock } from './stage-clock.ts';
import type { OcrEngine, OcrLine, RasterPage, RegionReader } from './types.ts';

/** What a page is judged against: the case's employer (its seal must be the employer's). */
export interface PageContext {
  employerName: string | null;
  /** The employer's 统一社会信用代码: a seal carrying it is the employer's, whatever its name reads. */
  employerCreditCode?: string | null;
}

export interface PageEngines {
  ocr: OcrEngine;
  reader: RegionReader | null;
  /** Where a failed second reading is logged. @default one JSON line on stderr */
  log?: PageLog;
  /** Times the page's stages (a profile). @default none */
  clock?: StageClock;
}

/** Everything the later stages need from a page; JSON-serialisable (it crosses the queue). */
export interface PageAnalysis {
  report: PageReport;
  text: PageText;
  /** What the whole file carries besides its pages (scripts, launch actions, XFA, embedded files); absent when nothing. */
  activeContent?: string[];
}

/** Whether quick checks made elsewhere (the upload's) are this rendering's: same page, size and resolution. */
const checksOf = (raster: RasterPage, q: QuickPageChecks | undefined): q is QuickPageChecks =>
  !!q && q.page === raster.page && q.widthPx === raster.width && q.heightPx === raster.height && q.dpi === raster.dpi;

/**
 * One page, all checks: the quick pixel checks, then OCR (or the exact text layer of a born-digital
 * page — the image checks still run on its rendering), the seal's text, the note and signature.
 * `done`: the quick checks already made of this rendering (the upload's), used instead of running
 * them again when they match the raster; they are a pure function of its pixels.
 */
export async function analysePage(
  raster: RasterPage,
  textLayer: OcrLine[] | null,
  engines: PageEngines,
  ctx: PageContext,
  done?: QuickPageChecks,
): Promise<PageAnalysis> {
  const clock = engines.clock ?? NO_CLOCK;
  const quick = checksOf(raster, done) ? done : await clock.time('quick', () => quickCheckPage(raster));
  let lines: OcrLine[];
  let secondReading: PageText['secondReading'];
  let ocrConfidence: number | null;
  let clarity = quick.clarity;
  const failures: SecondReadingKind[] = [];
  const failed = (kind: SecondReadingKind) => (err: unknown) => {
    noteSecondReadingFailure(kind, err, raster.page, engines.log);
    failures.push(kind);
  };
  if (textLayer) {
    lines = textLayer;
    ocrConfidence = null;
  } else {
    const image = await clock.time('ocrImage', () => prepareOcrImage(raster));
    const dpi = ocrDpi(raster);
    const ocr = await clock.time('tesseract', () => engines.ocr.recognize(image.pgm, { dpi, psm: 'column' }));
    lines = (await clock.time('weakLines', () => rereadWeakLines(engines.ocr, image.grey, ocr.lines, { dpi }))).lines;
    const reader = engines.reader;
    if (reader) lines = (await clock.time('weakLinesSecondEngine', () => rereadWithSecondEngine(reader, image.grey, lines, { onFailure: failed('weakLineReread') }))).lines;
    ocrConfidence = Math.round(ocr.confidence * 10) / 10;
    clarity = refineClarityWithOcr(quick.clarity, ocrConfidence, lines.length);
    // A table tesseract read whole is not read again (tune: 14 of 33 case table pages, 4 of 17 single
    // pages skipped, rows read exactly unchanged); PP-OCR's page read costs ≈ 6 s of one core.
    // A page the clarity check found blurred is read again whatever tesseract made of its table: on
    // such a page tesseract may not even see one (tune: a Gaussian-blurred 纳税记录 read at 26 and a
    // motion-blurred 申报收入查询 at 55 showed no table to it). Motion blur is undone first
    // (readRestoredTable); a defocused page is read as it is when tesseract read it weakly.
    const blurred = quick.clarity.reasons.includes('blurred');
    const motion = reader && blurred ? await clock.time('motionBlur', () => findMotionBlur(image.grey, dpi)) : null;
    if (reader && motion) secondReading = await clock.time('secondReading', () => readRestoredTable(reader, motion, dpi, failed('restoredRead')));
    else if (reader && looksLikeMoneyTable(lines) && tableReadingInDoubt(lines)) secondReading = await clock.time('secondReading', () => readTableAgain(reader, image, dpi, failed('tableReread')));
    else if (reader && blurred && ocrConfidence < CLARITY.minOcrConfidence) secondReading = await clock.time('secondReading', () => readTableAgain(reader, image, dpi, failed('tableReread')));
  }
  // the employer-side stamp: every ring is read and issuers' printed seals are set aside
  const seal = await clock.time('seal', () => judgeSeals(raster, quick.seal, ctx.employerName, engines, ctx.employerCreditCode ?? null));
  // The page's lines as the document stage gets them, weak lines re-read by the second engine: the
  // note checks were tuned on these, and on source A's tune split they decide one page more than tesseract's own
  // lines (a blurred page's note and signature) and none fewer; with tesseract's, the pipeline and
  // the note benchmark (which replays saved lines) also disagreed on a page's signature.
  const { annotation, signature } = await clock.time('annotation', () =>
    detectAttestation(raster, {
      ocrLines: lines,
      sealBoxes: quick.seal.boxes,
      reader: engines.reader,
    }),
  );
  const report: PageReport = {
    page: raster.page,
    widthPx: raster.width,
    heightPx: raster.height,
    dpi: raster.dpi,
    textSource: textLayer ? 'text-layer' : 'ocr',
    ocrConfidence,
    clarity,
    edges: quick.edges,
    seal,
    annotation,
    signature,
  };
  return {
    report,
    text: {
      page: raster.page,
      source: textLayer ? 'text-layer' : 'ocr',
      lines,
      widthPx: raster.width,
      heightPx: raster.height,
      ...(secondReading ? { secondReading } : {}),
      // Once per kind: the document stage asks which readings a page lacks, not how many lines.
      ...(failures.length ? { readingFailures: [...new Set(failures)] } : {}),
    },
  };
}

/**
 * A money table read a second time, by PP-OCR (detection + recognition over the page), for the
 * document stage to set against tesseract's rows (workers/document/merge-row-readings.ts).
 * Tesseract's layout analysis merges a table's ruling lines into rows and loses cells even on clean
 * scans (a clean 300 dpi row's 17,318.12 read as 上L7531812, another row's cells as `TD`); PP-OCR
 * finds each cell as its own text box. Tune split, rows read exactly, tesseract alone → both merged:
 * clean case scans income 153/156 → 156/156, tax 179/179 → 179/179; 17 clean single pages income
 * 86/113 → 113/113, tax 32/36 → 36/36, rows wrong above the review confidence 2 → 0; a Gaussian-
 * blurred case scan 0/11 → 11/11 (a motion-blurred one stays unread by both: readRestoredTable). A
 * failure leaves the first reading alone and is reported to `onFailure` (counted, logged, and kept
 * on the page so that the document stage does not rely on the doubted table).
 */
async function readTableAgain(
  reader: RegionReader,
  image: { grey: GreyPage },
  dpi: number,
  onFailure: (err: unknown) => void,
): Promise<PageText['secondReading']> {
  try {
    // PP-OCR detects at the size it is given: above SECOND_READING_DPI a page only costs more time
    // and memory (its recogniser scales every line to 48 px high anyway).
    const page = await atSecondReadingDpi(image.grey, dpi);
    return await readSecondTime(reader, page, dpi);
  } catch (err) {
    onFailure(err);
    return undefined;
  }
}

/** PP-OCR's reading of a grey page at the second reading's resolution, boxes in the page's own `dpi`. */
async function readSecondTime(reader: RegionReader, page: { grey: GreyPage; dpi: number }, dpi: number, restored?: 'motion'): Promise<PageText['secondReading']> {
  const input = await sharp(page.grey.data, { raw: { width: page.grey.width, height: page.grey.height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
  const r = await reader.read(input);
  const k = page.dpi / dpi;
  const scale = (b: Box): Box => ({ x: b.x / k, y: b.y / k, w: b.w / k, h: b.h / k });
  return { engine: 'pp-ocr', ...(restored ? { restored } : {}), lines: r.lines.map((l) => ({ ...l, box: scale(l.box) })) };
}

/** The resolution the second reading works at: the 150 dpi case scans it was measured on read whole at it, and a 200 dpi page read at 200 took the demo to 2.8 GB peak. */
const SECOND_READING_DPI = 150;

/** A grey page at the second reading's resolution (never upsampled), and that resolution. */
async function atSecondReadingDpi(grey: GreyPage, dpi: number): Promise<{ grey: GreyPage; dpi: number }> {
  const k = Math.min(1, SECOND_READING_DPI / dpi);
  if (k === 1) return { grey, dpi };
  const { data, info } = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .resize(Math.round(grey.width * k))
    // sharp hands back three channels for a one-channel raw input unless told otherwise
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { grey: { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height }, dpi: dpi * k };
}

/** The page at the second reading's resolution and the motion smear measured on it, or null (no smear: defocus or unknown). */
async function findMotionBlur(grey: GreyPage, dpi: number): Promise<{ page: Awaited<ReturnType<typeof atSecondReadingDpi>>; blur: MotionBlur } | null> {
  const page = await atSecondReadingDpi(grey, dpi);
  const blur = estimateMotionBlur(page.grey, page.dpi);
  return blur ? { page, blur } : null;
}

/**
 * Richardson–Lucy steps for a motion smear. Tune motion-blurred scans (two single pages, one case
 * scan), PP-OCR amounts read exactly on the restored page: 20 steps 11/12, 6/6, –; 50 steps 12/12,
 * 6/6, 8/11; 80 steps 12/12, 6/6, 10/11; 120 steps no further (12/12, –, 10/11) at half as much time
 * again. 80 steps take ≈ 4 s of a core on a 150-dpi A4 page with the machine at load 6 on 2 cores.
 */
const MOTION_DEBLUR_STEPS = 80;

/**
 * A motion-blurred page's table read by PP-OCR from the page restored by deconvolution
 * (workers/page/ocr/deblur.ts). Restoration sharpens what the smear left, and can also make a digit
 * into another: the reading is marked `restored`, and the document stage keeps its rows below the
 * review confidence unless the printed totals vouch for them. A failure leaves the first reading alone
 * and is reported to `onFailure`, as readTableAgain's.
 */
async function readRestoredTable(
  reader: RegionReader,
  motion: { page: Awaited<ReturnType<typeof atSecondReadingDpi>>; blur: MotionBlur },
  dpi: number,
  onFailure: (err: unknown) => void,
): Promise<PageText['secondReading']> {
  try {
    const { page, blur } = motion;
    return await readSecondTime(reader, { grey: deblurMotion(page.grey, blur, MOTION_DEBLUR_STEPS), dpi: page.dpi }, dpi, 'motion');
  } catch (err) {
    onFailure(err);
    return undefined;
  }
}
