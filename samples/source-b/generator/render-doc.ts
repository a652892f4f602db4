/**
 * One document from its spec: template pages → Chromium sheet with the marks' SVG → scanner → JPEG,
 * wrapped one image per page into a PDF; or, born digital, Chromium's own print to PDF. The truth
 * comes from the content and what each page became (truth-of.ts).
 */
import type { DocumentTruth } from '../../generator/truth.ts';
import type { SourceBDoc, TemplatePage } from './content.ts';
import { NO_MARKS } from './marks/plan.ts';
import type { ScanPlan } from './scanner/plan.ts';
import { pageSpecAt, type BDocSpec } from './doc-spec.ts';
import type { SheetRenderer } from './browser.ts';
import { randomStream } from './rng.ts';
import { templateFor } from './templates/index.ts';
import { drawMarks } from './marks/index.ts';
import { scanSheet } from './scanner/index.ts';
import { jpegsToPdf, type PdfImage } from './pdf.ts';
import { bureauPrintChrome, type PrintChrome } from './templates/income-chrome.ts';
import { documentTruth, straightScan, type PageResult } from './truth-of.ts';

export { CLEAN_SCAN, pageSpecAt, type BDocSpec, type BPageSpec } from './doc-spec.ts';

export const PRODUCER = 'permit-precheck samples (source B)';

/** The browser's print header of a born-digital printout: the same strings the templates draw on scanned prints. */
function printChrome(doc: SourceBDoc): PrintChrome | undefined {
  return doc.kind === 'income_query' || doc.kind === 'tax_record' ? bureauPrintChrome(doc) : undefined;
}

/** Sheets are drawn at the scan's dpi; a low-dpi scan starts from a sharper sheet the scanner resamples. */
function sheetDpi(scan: ScanPlan): number {
  return scan.defects.includes('low_dpi') || scan.dpi < 150 ? 200 : scan.dpi;
}

export async function renderDoc(spec: BDocSpec, renderer: SheetRenderer): Promise<{ pdf: Uint8Array; truth: DocumentTruth }> {
  const rng = randomStream(spec.seed);
  const sheets: TemplatePage[] = templateFor(spec.content)(rng.child('template'));
  const results: PageResult[] = [];
  if (spec.bornDigital) {
    const pdf = await renderer.printPdf(sheets, printChrome(spec.content));
    // The anchors (row pages, term page) and printed look-alikes still come from the browser.
    for (const sheet of sheets) {
      const r = await renderer.render(sheet, 72);
      results.push({ plan: NO_MARKS, anchors: r.anchors, marks: { ...r.marks, seal: null, note: null, signature: null, other: [] }, scan: straightScan(300) });
    }
    return { pdf: new Uint8Array(pdf), truth: documentTruth({ file: spec.file, content: spec.content, employer: spec.employer, bornDigital: true, pages: results }) };
  }
  const images: PdfImage[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const ps = pageSpecAt(spec, i);
    const prng = rng.child(`p${i + 1}`);
    const marksRng = prng.child('marks');
    const sheet = await renderer.render(sheets[i]!, sheetDpi(ps.scan), (anchors) => drawMarks(ps.marks, anchors, marksRng));
    const scan = await scanSheet({ png: sheet.png, widthPx: sheet.widthPx, heightPx: sheet.heightPx, dpi: sheet.dpi }, ps.scan, prng.child('scan'));
    images.push({ jpeg: scan.jpeg, widthPx: scan.widthPx, heightPx: scan.heightPx, dpi: scan.dpi, photo: ps.scan.capture === 'phone' });
    results.push({ plan: ps.marks, anchors: sheet.anchors, marks: sheet.marks, scan });
  }
  const pdf = await jpegsToPdf(images, PRODUCER);
  return { pdf, truth: documentTruth({ file: spec.file, content: spec.content, employer: spec.employer, bornDigital: false, pages: results }) };
}
