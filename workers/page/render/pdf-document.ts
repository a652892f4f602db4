import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OcrLine, RasterPage } from '../types.ts';
import { checkImageSizes } from './check-image-sizes.ts';
import { findActiveContent, type ActiveContent } from './find-active-content.ts';
import { findEmbeddedJpeg } from './find-embedded-jpeg.ts';
import { INPUT_LIMITS, InvalidDocumentError, type InputLimits } from './limits.ts';
import { openPdf } from './open-pdf.ts';
import { readTextLayer } from './read-text-layer.ts';
import { renderPage } from './render-page.ts';

/** Fewer characters than this in a page's text layer means it is a scan (or a stamp/footer only). */
const MIN_TEXT_LAYER_CHARS = 20;
/**
 * Above this share of glyphs without a Unicode mapping the text layer cannot be trusted (a
 * printout whose digits were all unmapped lost every amount), so the page is OCR'd instead.
 */
const MAX_UNMAPPED_SHARE = 0.01;
/**
 * A scan finer than this is resampled to it once, as it is decoded: tesseract reads CJK best near
 * 300 dpi, the pixel checks measure at 150–300 dpi, and every stage keeps copies of the raster, so a
 * 4000 × 6000 phone photo of an A4 page (≈ 480 dpi) would cost half as much memory again for nothing.
 * Scanners deliver 150–300 dpi, so their pages are never resampled.
 */
const MAX_RASTER_DPI = 400;

/** One opened PDF: page rasters (the scan's own JPEG when it is one, a rendering otherwise) and text. */
export class PdfDocument {
  private constructor(
    private readonly doc: PDFDocumentProxy,
    private readonly lib: PDFDocument | null,
    private readonly limits: InputLimits,
    /** Scripts, launch actions, XFA, embedded files the file carries (never run or opened). */
    readonly activeContent: ActiveContent[],
  ) {}

  /**
   * Opens the file with pdf.js, then with pdf-lib to measure every image against the pixel cap
   * before pdf.js decodes one (checkImageSizes). A file pdf-lib cannot parse cannot be measured,
   * so it is not rendered: in the sample corpus pdf-lib fails only on files pdf.js also refuses.
   */
  static async open(bytes: Uint8Array, limits: InputLimits = INPUT_LIMITS): Promise<PdfDocument> {
    const doc = await openPdf(bytes, limits);
    let lib: PDFDocument | null;
    try {
      try {
        lib = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false, ignoreEncryption: true });
      } catch {
        throw new InvalidDocumentError('pdf_malformed', 'image sizes unreadable');
      }
      checkImageSizes(lib, limits.maxPixels, { maxStreamBytes: limits.maxBytes });
    } catch (err) {
      await doc.destroy();
      throw err;
    }
    const active = findActiveContent(lib);
    // Past this point pdf-lib is only the fast path to a scan's own JPEG; pdf.js still renders.
    if (lib.getPageCount() !== doc.numPages) lib = null;
    return new PdfDocument(doc, lib, limits, active);
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  async raster(pageNo: number): Promise<RasterPage> {
    const page = await this.doc.getPage(pageNo);
    const view = page.getViewport({ scale: 1, rotation: page.rotate });
    const widthIn = view.width / 72;
    const heightIn = view.height / 72;
    page.cleanup();
    const embedded = this.lib ? safe(() => findEmbeddedJpeg(this.lib!, pageNo - 1)) : null;
    if (embedded && embedded.pixelWidth * embedded.pixelHeight <= this.limits.maxPixels) {
      try {
        let img = sharp(embedded.jpeg, { limitInputPixels: this.limits.maxPixels, failOn: 'error' });
        if (page.rotate) img = img.rotate(page.rotate);
        const longIn = Math.max(widthIn, heightIn);
        if (Math.max(embedded.pixelWidth, embedded.pixelHeight) / longIn > MAX_RASTER_DPI) {
          const side = Math.round(longIn * MAX_RASTER_DPI);
          img = img.resize({ width: side, height: side, fit: 'inside', kernel: 'lanczos3' });
        }
        const { data, info } = await img.toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
        if (info.channels === 3) {
          return {
            page: pageNo,
            width: info.width,
            height: info.height,
            channels: 3,
            data,
            dpi: Math.round(info.width / widthIn),
            widthIn,
            heightIn,
            source: 'embedded-image',
            jpeg: page.rotate ? undefined : embedded.jpeg,
          };
        }
      } catch {
        // a JPEG sharp cannot decode: let pdf.js try before calling the file corrupt
      }
    } else if (embedded) {
      throw new InvalidDocumentError('image_too_large'); // checkImageSizes has refused it already at open
    }
    const r = await renderPage(this.doc, pageNo);
    return {
      page: pageNo,
      width: r.width,
      height: r.height,
      channels: 3,
      data: r.rgb,
      dpi: r.dpi,
      widthIn,
      heightIn,
      source: 'rendered',
    };
  }

  /** The page's text layer in raster pixels, or null when the page is a scan without one. */
  async textLayer(pageNo: number, raster: RasterPage): Promise<OcrLine[] | null> {
    const page = await this.doc.getPage(pageNo);
    try {
      const scale = raster.width / page.getViewport({ scale: 1 }).width;
      const layer = await readTextLayer(page, scale);
      if (layer.mapped < MIN_TEXT_LAYER_CHARS) return null;
      if (layer.unmapped > MAX_UNMAPPED_SHARE * (layer.mapped + layer.unmapped)) return null;
      return layer.lines;
    } catch {
      return null;
    } finally {
      page.cleanup();
    }
  }

  async close(): Promise<void> {
    await this.doc.destroy();
  }
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
