import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { INPUT_LIMITS, InvalidDocumentError } from './limits.ts';

export interface RenderedPage {
  rgb: Uint8Array;
  width: number;
  height: number;
  dpi: number;
}

/**
 * Renders a page with pdf.js onto pdf.js's own canvas (mixing in another @napi-rs/canvas copy breaks
 * it, measured). The resolution is lowered when needed to stay under the pixel cap.
 */
export async function renderPage(doc: PDFDocumentProxy, pageNo: number): Promise<RenderedPage> {
  const page = await doc.getPage(pageNo);
  try {
    const base = page.getViewport({ scale: 1 });
    let dpi: number = INPUT_LIMITS.renderDpi;
    const pixelsAt = (d: number) => (base.width / 72) * d * ((base.height / 72) * d);
    if (pixelsAt(dpi) > INPUT_LIMITS.maxPixels) dpi = Math.floor(Math.sqrt(INPUT_LIMITS.maxPixels / pixelsAt(1)));
    if (dpi < 50) throw new InvalidDocumentError('page_too_large');
    const viewport = page.getViewport({ scale: dpi / 72 });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    const { canvas, context } = factory.create(width, height);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    const rgba = context.getImageData(0, 0, width, height).data;
    const rgb = new Uint8Array(width * height * 3);
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
      rgb[j] = rgba[i]!;
      rgb[j + 1] = rgba[i + 1]!;
      rgb[j + 2] = rgba[i + 2]!;
    }
    factory.destroy({ canvas, context });
    return { rgb, width, height, dpi };
  } finally {
    page.cleanup();
  }
}

interface CanvasFactory {
  create(w: number, h: number): { canvas: unknown; context: Ctx };
  destroy(c: { canvas: unknown; context: Ctx }): void;
}
interface Ctx {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}
