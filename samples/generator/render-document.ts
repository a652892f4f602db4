import { PDFDocument as SkiaPdf } from '@napi-rs/canvas';
import type { Box } from '../../rules/contract/index.ts';
import { createScanCanvas, type MmPage } from './page-canvas.ts';
import { createRng } from './rng.ts';
import type { DocContent } from './docs/content.ts';
import { drawPage, pageCountOf } from './draw-page.ts';
import { placeMarks, type MarksSpec } from './marks/place-marks.ts';
import { scanPage } from './degrade/apply.ts';
import { jpegsToPdf } from './pdf-wrap.ts';
import { documentFacts } from './document-facts.ts';
import type { Degradation, DocumentTruth, PageTruth } from './truth.ts';

export interface PageSpec {
  marks: MarksSpec;
  degradations: Degradation[];
  redRules?: boolean;
}

export interface DocSpec {
  /** File path relative to where the truth is read from, e.g. `docs/t01-tax.pdf`. */
  file: string;
  content: DocContent;
  /** The employer the material belongs to (for seal-employer match). */
  employer: string | null;
  dpi: number;
  quality: number;
  bornDigital?: boolean;
  /**
   * Smaller JPEGs (trellis quantisation) at the same quality setting; the case documents use it to
   * keep the committed corpus small. @default false (the single pages keep their calibrated bytes)
   */
  mozjpeg?: boolean;
  colourCopy?: boolean;
  /** One entry per page; missing entries mean "no marks, clean". */
  pages: PageSpec[];
  seed: string;
}

const NO_MARKS: MarksSpec = { seal: null, note: null, signature: false };

function boxOrNull(b: Box | null | undefined, map: (b: Box) => Box | null): Box | null {
  return b ? map(b) : null;
}

/** Draws, marks, degrades and wraps one document; returns the PDF bytes and its ground truth. */
export async function renderDocument(spec: DocSpec): Promise<{ pdf: Uint8Array; truth: DocumentTruth }> {
  const n = pageCountOf(spec.content);
  const rng = createRng(spec.seed);
  const pages: PageTruth[] = [];
  const termPages: number[] = [];
  if (spec.bornDigital) {
    // Born digital: vectors and a real text layer (Skia embeds font subsets), no scan, no marks.
    const doc = new SkiaPdf({ producer: 'permit-precheck samples', creator: 'permit-precheck samples', compressionLevel: 6 });
    const ptPerMm = 72 / 25.4;
    const nominalDpi = 300;
    for (let i = 0; i < n; i++) {
      const ctx = doc.beginPage(595.28, 841.89);
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 595.28, 841.89);
      ctx.scale(ptPerMm, ptPerMm);
      const d = drawPage({ ctx: ctx as unknown as MmPage["ctx"], pxPerMm: ptPerMm }, spec.content, i, rng.fork(`p${i}`), { colourCopy: true });
      doc.endPage();
      if (d.termOnPage) termPages.push(i + 1);
      const k = nominalDpi / 72;
      pages.push(
        blankPageTruth(spec, i + 1, 2480, 3508, nominalDpi, d.printed.map((x) => ({ type: x.type, box: { x: Math.round(x.box.x * k), y: Math.round(x.box.y * k), w: Math.round(x.box.w * k), h: Math.round(x.box.h * k) }, ...(x.text ? { text: x.text } : {}) }))),
      );
    }
    const pdf = doc.close();
    return { pdf, truth: documentFacts(spec, pages, termPages) };
  }
  const scans: { jpeg: Uint8Array; pageIn: { w: number; h: number } }[] = [];
  for (let i = 0; i < n; i++) {
    const prng = rng.fork(`p${i}`);
    const ps = spec.pages[i] ?? { marks: NO_MARKS, degradations: ['clean'] };
    const { canvas, page, widthPx, heightPx } = createScanCanvas(spec.dpi);
    const d = drawPage(page, spec.content, i, prng, { redRules: ps.redRules, colourCopy: spec.colourCopy });
    if (d.termOnPage) termPages.push(i + 1);
    const placed = placeMarks(page.ctx, page.pxPerMm, widthPx, heightPx, d.spots, ps.marks, prng.fork('marks'));
    const rgba = page.ctx.getImageData(0, 0, widthPx, heightPx).data;
    const rgb = new Uint8Array(widthPx * heightPx * 3);
    for (let s = 0, t = 0; s < rgba.length; s += 4, t += 3) {
      rgb[t] = rgba[s];
      rgb[t + 1] = rgba[s + 1];
      rgb[t + 2] = rgba[s + 2];
    }
    void canvas;
    const scan = await scanPage(rgb, widthPx, heightPx, spec.dpi, ps.degradations, prng.fork('scan'), spec.quality, spec.mozjpeg);
    scans.push({ jpeg: scan.jpeg, pageIn: scan.pageIn });
    const sealBox = boxOrNull(placed.seal?.box, scan.mapBox);
    const base = blankPageTruth(spec, i + 1, scan.widthPx, scan.heightPx, scan.dpi, []);
    pages.push({
      ...base,
      degradations: ps.degradations,
      clarityOk: scan.clarityOk,
      edgesOk: scan.edgesOk,
      skewDeg: scan.skewDeg,
      cropped: scan.cropped,
      seal: placed.seal && sealBox
        ? { present: true, box: sealBox, company: placed.seal.company, matchesEmployer: spec.employer ? placed.seal.company === spec.employer : null, faint: placed.seal.faint, grey: scan.grey, onPage: Math.round(placed.seal.onPage * ((sealBox.w * sealBox.h) / Math.max(1, (placed.seal.box.w * placed.seal.box.h) * (scan.widthPx / widthPx) ** 2)) * 100) / 100, code: placed.seal.code }
        : base.seal,
      annotation: placed.note
        ? { present: true, complete: placed.note.complete, form: placed.note.form, text: placed.note.text, color: placed.note.color, box: boxOrNull(placed.note.box, scan.mapBox), ...(placed.hand ? { hand: placed.hand } : {}) }
        : base.annotation,
      signature: { present: !!placed.signature, box: boxOrNull(placed.signature, scan.mapBox) },
      lookalikes: [
        ...d.printed.map((x) => ({ type: x.type, box: scan.mapBox(x.box), ...(x.text ? { text: x.text } : {}) })),
        ...placed.lookalikes.map((x) => ({ type: x.type, box: scan.mapBox(x.box) })),
        ...(ps.redRules ? [{ type: 'red_rules' as const, box: { x: 0, y: 0, w: scan.widthPx, h: scan.heightPx } }] : []),
      ].filter((x): x is PageTruth['lookalikes'][number] => x.box !== null),
      ...(placed.writing ? { otherWriting: placed.writing.map((w) => ({ text: w.text, box: boxOrNull(w.box, scan.mapBox) })) } : {}),
    });
  }
  const pdf = await jpegsToPdf(scans);
  return { pdf, truth: documentFacts(spec, pages, termPages) };
}

function blankPageTruth(spec: DocSpec, page: number, w: number, h: number, dpi: number, lookalikes: PageTruth['lookalikes']): PageTruth {
  return {
    page,
    kind: spec.content.kind,
    widthPx: w,
    heightPx: h,
    dpi,
    degradations: ['clean'],
    clarityOk: true,
    edgesOk: true,
    skewDeg: 0,
    cropped: false,
    seal: { present: false, box: null, company: null, matchesEmployer: null, faint: false, grey: false, onPage: 0, code: null },
    annotation: { present: false, complete: false, form: null, text: null, color: null, box: null },
    signature: { present: false, box: null },
    lookalikes,
    textLayer: !!spec.bornDigital,
  };
}
