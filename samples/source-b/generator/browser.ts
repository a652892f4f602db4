/**
 * Source B's renderer: Debian's Chromium, driven by playwright-core, turns a template page into a
 * sheet screenshot (with the marks' SVG laid over it) or a born-digital PDF. One browser serves every
 * call; one page per dpi (the device scale factor is fixed per browser context).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { MmBox, TemplatePage } from './content.ts';
import { FONT_PRESENT, INSERT_OVERLAY, LOAD_PAGE, SKELETON } from './browser-scripts.ts';

export interface MarkTruthBoxes {
  seal: MmBox | null;
  note: MmBox | null;
  signature: MmBox | null;
  other: { text: string; box: MmBox }[];
  lookalikes: { type: string; box: MmBox }[];
}

export interface SheetRender {
  png: Buffer;
  widthPx: number;
  heightPx: number;
  dpi: number;
  anchors: Record<string, MmBox[]>;
  marks: MarkTruthBoxes;
}

export interface SheetRenderer {
  /** One A4 sheet: the template page, then `overlay(anchors)` (an SVG string, 210x297 viewBox in mm, absolutely positioned over the sheet) inserted, then a screenshot at `dpi`. */
  render(page: TemplatePage, dpi: number, overlay?: (anchors: Record<string, MmBox[]>) => string): Promise<SheetRender>;
  /**
   * Born-digital: the pages printed to PDF by Chromium (real text layer), with the browser's print
   * header (date, title) and footer (URL, n/m) when `headerFooter` is given. Elements a template
   * marks `browser-chrome` (its own drawing of that header/footer, for scanned prints) are hidden
   * then, so the header is not printed twice.
   */
  printPdf(pages: TemplatePage[], headerFooter?: { title: string; url: string; printedAt: string }): Promise<Buffer>;
  close(): Promise<void>;
}

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Source B's fonts and the Debian package each comes from. */
export const SOURCE_B_FONTS: readonly { family: string; debianPackage: string }[] = [
  { family: 'WenQuanYi Zen Hei', debianPackage: 'fonts-wqy-zenhei' },
  { family: 'WenQuanYi Micro Hei', debianPackage: 'fonts-wqy-microhei' },
  { family: 'AR PL SungtiL GB', debianPackage: 'fonts-arphic-gbsn00lp' },
  { family: 'AR PL KaitiM GB', debianPackage: 'fonts-arphic-gkai00mp' },
  { family: 'LXGW WenKai', debianPackage: 'fonts-lxgw-wenkai' },
];

const PX_PER_MM = 96 / 25.4;
const SHEET_CLIP = { x: 0, y: 0, width: 210 * PX_PER_MM, height: 297 * PX_PER_MM };
const VIEWPORT = { width: Math.ceil(SHEET_CLIP.width), height: Math.ceil(SHEET_CLIP.height) };
/** Contexts kept open at once; corpora use a handful of dpis, so this rarely evicts. */
const MAX_CONTEXTS = 4;

/** PNG width and height from the IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Families fontconfig knows, or null when fc-list cannot be run. */
function fontconfigFamilies(): Set<string> | null {
  try {
    const out = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Set(out.split('\n').flatMap((line) => line.split(',').map((f) => f.trim())));
  } catch {
    return null;
  }
}

async function missingFonts(page: Page): Promise<typeof SOURCE_B_FONTS> {
  const known = fontconfigFamilies();
  const missing: { family: string; debianPackage: string }[] = [];
  for (const font of SOURCE_B_FONTS) {
    const present = known ? known.has(font.family) : await page.evaluate(`(${FONT_PRESENT})(${JSON.stringify(font.family)})`);
    if (!present) missing.push(font);
  }
  return missing;
}

/** Chromium's own print header shows the date as the zh-CN locale writes it: 2021/8/20 10:35. */
function printHeaderDate(printedAt: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(printedAt);
  if (!m) return printedAt;
  const time = m[4] !== undefined ? ` ${Number(m[4])}:${m[5]}` : '';
  return `${m[1]}/${Number(m[2])}/${Number(m[3])}${time}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Browser print margins: the sheet is scaled so the 10 mm header and footer bands fit around it. */
const PRINT_BAND_MM = 10;
const PRINT_SCALE = (297 - 2 * PRINT_BAND_MM) / 297;

function printDocument(pages: TemplatePage[], withChrome: boolean): string {
  const css = [...new Set(pages.map((p) => p.css))].join('\n');
  const sheets = pages.map((p) => `<div class="sheet print-sheet">${p.html}</div>`).join('\n');
  // Slightly under 297 mm so rounding never spills a sheet onto an extra, blank PDF page.
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
.print-sheet { position: relative; width: 210mm; height: 296.5mm; overflow: hidden; break-after: page; }
.print-sheet:last-child { break-after: auto; }
${withChrome ? '.browser-chrome { visibility: hidden !important; }' : ''}
</style><style>${css}</style></head><body>${sheets}</body></html>`;
}

export async function openRenderer(): Promise<SheetRenderer> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`source B needs Chromium at ${CHROMIUM_PATH}: install the Debian package \`chromium\` (apt-get install chromium)`);
  }
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const sheets = new Map<number, { context: BrowserContext; page: Page }>();
  let pdfPage: Page | null = null;

  const sheetPage = async (dpi: number): Promise<Page> => {
    const open = sheets.get(dpi);
    if (open) return open.page;
    if (sheets.size >= MAX_CONTEXTS) {
      const [oldest, entry] = sheets.entries().next().value!;
      sheets.delete(oldest);
      await entry.context.close();
    }
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: dpi / 96, offline: true });
    const page = await context.newPage();
    await page.setContent(SKELETON, { waitUntil: 'load' });
    sheets.set(dpi, { context, page });
    return page;
  };

  try {
    const probe = await sheetPage(96);
    const missing = await missingFonts(probe);
    if (missing.length > 0) {
      throw new Error(
        `source B fonts missing: ${missing.map((f) => `"${f.family}"`).join(', ')}; install the Debian packages ${[...new Set(missing.map((f) => f.debianPackage))].join(' ')}`,
      );
    }
  } catch (err) {
    await browser.close();
    throw err;
  }

  return {
    async render(tpl, dpi, overlay) {
      const page = await sheetPage(dpi);
      const anchors = (await page.evaluate(`(${LOAD_PAGE})(${JSON.stringify({ html: tpl.html, css: tpl.css })})`)) as Record<string, MmBox[]>;
      let marks: MarkTruthBoxes = { seal: null, note: null, signature: null, other: [], lookalikes: [] };
      if (overlay) {
        const svg = overlay(anchors);
        marks = (await page.evaluate(`(${INSERT_OVERLAY})(${JSON.stringify(svg)})`)) as MarkTruthBoxes;
      }
      const png = await page.screenshot({ type: 'png', clip: SHEET_CLIP, scale: 'device', animations: 'disabled', caret: 'hide' });
      const { width, height } = pngSize(png);
      return { png, widthPx: width, heightPx: height, dpi, anchors, marks };
    },

    async printPdf(pages, headerFooter) {
      if (!pdfPage) {
        const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, offline: true });
        pdfPage = await context.newPage();
      }
      await pdfPage.setContent(printDocument(pages, headerFooter !== undefined), { waitUntil: 'load' });
      await pdfPage.evaluate('document.fonts.ready.then(() => true)');
      if (!headerFooter) {
        return pdfPage.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
      }
      // Chromium renders these templates with no default font size: everything is set inline.
      const band = 'font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 8px; color: #000; width: 100%; margin: 0 7mm; display: flex; justify-content: space-between; gap: 4mm; white-space: nowrap;';
      const headerTemplate = `<div style='${band}'><span>${escapeHtml(printHeaderDate(headerFooter.printedAt))}</span><span style='flex: 1; text-align: center; overflow: hidden;'>${escapeHtml(headerFooter.title)}</span><span style='width: 20mm'></span></div>`;
      const footerTemplate = `<div style='${band}'><span style='flex: 1; overflow: hidden;'>${escapeHtml(headerFooter.url)}</span><span><span class='pageNumber'></span>/<span class='totalPages'></span></span></div>`;
      // Left/right margins absorb the scaling so the sheet stays centred.
      const lr = `${((210 * (1 - PRINT_SCALE)) / 2).toFixed(2)}mm`;
      return pdfPage.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate,
        footerTemplate,
        scale: PRINT_SCALE,
        margin: { top: `${PRINT_BAND_MM}mm`, bottom: `${PRINT_BAND_MM}mm`, left: lr, right: lr },
      });
    },

    async close() {
      await browser.close();
    },
  };
}
