import sharp from 'sharp';
import type { Box, PageReport } from '../../rules/contract/index.ts';
import type { PageText } from '../document/types.ts';
import { detectAttestation } from './annotation/index.ts';
import { looksLikeMoneyTable, rereadWeakLines, rereadWithSecondEngine, tableReadingInDoubt } from './ocr/index.ts';
import { prepareOcrImage, ocrDpi } from './prepare-ocr-image.ts';
import { refineClarityWithOcr } from './quality/index.ts';
import { quickCheckPage } from './quick-check-page.ts';
import { judgeSeals } from './seal/index.ts';
import type { OcrEngine, OcrLine, RasterPage, RegionReader } from './types.ts';

export interface PageEngines {
  ocr: OcrEngine;
  reader: RegionReader | null;
}

/** Everything the later stages need from a page; JSON-serialisable (it crosses the queue). */
export interface PageAnalysis {
  report: PageReport;
  text: PageText;
}

/**
 * One page, all checks: the quick pixel checks, then OCR (or the exact text layer of a born-digital
 * page — the image checks still run on its rendering), the seal's text, the note and signature.
 */
export async function analysePage(
  raster: RasterPage,
  textLayer: OcrLine[] | null,
  engines: PageEngines,
  ctx: { employerName: string | null },
): Promise<PageAnalysis> {
  const quick = quickCheckPage(raster);
  let lines: OcrLine[];
  // What tesseract (or the text layer) read: the note and signature search tells print from
  // handwriting by tesseract's confidence, so it is given these, not the second engine's lines.
  let printLines: OcrLine[];
  let secondReading: PageText['secondReading'];
  let ocrConfidence: number | null;
  let clarity = quick.clarity;
  if (textLayer) {
    lines = printLines = textLayer;
    ocrConfidence = null;
  } else {
    const image = await prepareOcrImage(raster);
    const dpi = ocrDpi(raster);
    const ocr = await engines.ocr.recognize(image.png, { dpi, psm: 'column' });
    lines = printLines = (await rereadWeakLines(engines.ocr, image.grey, ocr.lines, { dpi })).lines;
    if (engines.reader) lines = (await rereadWithSecondEngine(engines.reader, image.grey, lines)).lines;
    ocrConfidence = Math.round(ocr.confidence * 10) / 10;
    clarity = refineClarityWithOcr(quick.clarity, ocrConfidence, lines.length);
    // A table tesseract read whole is not read again (tune: 14 of 33 case table pages, 4 of 17 single
    // pages skipped, rows read exactly unchanged); PP-OCR's page read costs ≈ 6 s of one core.
    if (engines.reader && looksLikeMoneyTable(lines) && tableReadingInDoubt(lines)) secondReading = await readTableAgain(engines.reader, image, dpi);
  }
  // the employer-side stamp: every ring is read and issuers' printed seals are set aside
  const seal = await judgeSeals(raster, quick.seal, ctx.employerName, engines);
  const { annotation, signature } = await detectAttestation(raster, {
    ocrLines: printLines,
    sealBoxes: quick.seal.boxes,
    reader: engines.reader,
  });
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
 * blurred case scan 0/11 → 11/11 (a motion-blurred one stays unread by both). A failure leaves the
 * first reading alone.
 */
async function readTableAgain(
  reader: RegionReader,
  image: { grey: { data: Uint8Array; width: number; height: number }; png: Uint8Array },
  dpi: number,
): Promise<PageText['secondReading']> {
  try {
    // PP-OCR detects at the size it is given: above SECOND_READING_DPI a page only costs more time
    // and memory (its recogniser scales every line to 48 px high anyway).
    const k = Math.min(1, SECOND_READING_DPI / dpi);
    const input =
      k < 1
        ? await sharp(image.grey.data, { raw: { width: image.grey.width, height: image.grey.height, channels: 1 } })
            .resize(Math.round(image.grey.width * k))
            .png({ compressionLevel: 1 })
            .toBuffer()
        : image.png;
    const r = await reader.read(input);
    const scale = (b: Box): Box => ({ x: b.x / k, y: b.y / k, w: b.w / k, h: b.h / k });
    return { engine: 'pp-ocr', lines: r.lines.map((l) => ({ ...l, box: scale(l.box) })) };
  } catch {
    return undefined;
  }
}

/** The resolution the second reading works at: the 150 dpi case scans it was measured on read whole at it, and a 200 dpi page read at 200 took the demo to 2.8 GB peak. */
const SECOND_READING_DPI = 150;
