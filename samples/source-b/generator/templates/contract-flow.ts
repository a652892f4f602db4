/**
 * Pagination without a browser: blocks carry an estimated height (from their text length and the
 * page's type size), and boilerplate is dropped until the document has the page count its content
 * asks for. Estimates err high (a page a little short looks normal; an overflowing page is wrong).
 */

export interface Block {
  id: string;
  html: string;
  /** Estimated height in mm, margins included. */
  h: number;
  /** Boilerplate that may be dropped. */
  filler?: boolean;
  /** The page must end after this block (the `split` term's first half). */
  breakAfter?: boolean;
  /** This block must stand on this page index (0-based), e.g. the split term's head on page 1. */
  onPage?: number;
}

/** Width of text in em: CJK and full-width forms 1, Latin, digits and spaces about half. */
function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! > 0x2e7f ? 1 : 0.56;
  return w;
}

/** Width in em of one run of `html` (tags stripped, blanks at their printed width). */
export function runEm(html: string, fontMm: number): number {
  let extra = 0;
  for (const m of html.matchAll(/min-width:([\d.]+)mm/g)) extra += Number(m[1]) / fontMm;
  const text = html
    .replace(/<span class="hand"[^>]*>(?:<span[^>]*>[^<]*<\/span>)*<\/span>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&[a-z]+;/g, '&');
  return emWidth(text) + extra;
}

/**
 * Of `leads` (phrases that may open a paragraph), the one that makes `rest` end close to the right
 * margin, so a paragraph cut after `rest` looks like a page break in running text.
 */
export function leadFillingLine(leads: string[], rest: string, widthMm: number, fontMm: number, indentEm: number): string {
  const perLine = widthMm / fontMm;
  let best = leads[0]!;
  let bestGap = Infinity;
  for (const lead of leads) {
    const total = indentEm + runEm(lead + rest, fontMm);
    const rem = total % perLine;
    // Aim one to two and a half em short of the margin: justification closes that gap, and an
    // estimate a little off never pushes the last characters onto a line of their own.
    const gap = rem === 0 ? perLine : Math.abs(perLine - 1.7 - rem);
    if (gap < bestGap) {
      bestGap = gap;
      best = lead;
    }
  }
  return best;
}

/**
 * Height of a paragraph of `html` set `fontMm` high on `widthMm` with line height `lh`, plus
 * `afterMm` below it. Blanks (`min-width:…mm`) count at their printed width.
 */
export function estimateMm(html: string, widthMm: number, fontMm: number, lh: number, afterMm: number, indentEm = 2): number {
  // Handwriting sits inside its blank; the blank's width already counts it.
  const perLine = Math.floor(widthMm / fontMm) - 0.5;
  const lines = Math.max(1, Math.ceil((runEm(html, fontMm) + indentEm) / perLine));
  return lines * fontMm * lh + afterMm;
}

function pack(blocks: Block[], capacity: (page: number) => number): Block[][] {
  const pages: Block[][] = [[]];
  let used = 0;
  for (const b of blocks) {
    const page = pages.length - 1;
    if (used + b.h > capacity(page) && pages[page]!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(b);
    used += b.h;
    if (b.breakAfter) {
      pages.push([]);
      used = 0;
    }
  }
  if (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  return pages;
}

/**
 * Lays `build(dropped)` out on exactly `pageCount` pages: drops fillers (in `dropOrder`) while the
 * content runs long or a pinned block misses its page, then splits pages while it runs short.
 */
export function fitPages(build: (dropped: ReadonlySet<string>) => Block[], dropOrder: string[], pageCount: number, capacity: (page: number) => number): Block[][] {
  const dropped = new Set<string>();
  for (;;) {
    const blocks = build(dropped);
    const pages = pack(blocks, capacity);
    const pinned = blocks.find((b) => b.onPage !== undefined);
    const pinnedPage = pinned ? pages.findIndex((p) => p.includes(pinned)) : -1;
    const pinMissed = pinned !== undefined && pinnedPage > pinned.onPage!;
    if (!pinMissed && pages.length <= pageCount) return padPages(pages, pageCount);
    // A missed pin is cured by dropping boilerplate before the pinned block; a long document by any.
    const before = pinMissed ? new Set(blocks.slice(0, blocks.indexOf(pinned!)).map((b) => b.id)) : null;
    const next = dropOrder.find((id) => !dropped.has(id) && (!before || before.has(id)));
    if (!next) return padPages(pages, pageCount);
    dropped.add(next);
  }
}

/** Too few pages: the signature block goes to its own page first (contracts do that), then the fullest page splits. */
function padPages(pages: Block[][], pageCount: number): Block[][] {
  const out = pages.map((p) => [...p]);
  while (out.length < pageCount) {
    const last = out[out.length - 1]!;
    if (last.length > 1) {
      out.push([last.pop()!]);
      continue;
    }
    let best = -1;
    for (let i = 0; i < out.length; i++) if (out[i]!.length > 1 && !out[i]!.some((b) => b.breakAfter) && (best < 0 || out[i]!.length > out[best]!.length)) best = i;
    if (best < 0) break;
    const p = out[best]!;
    out.splice(best + 1, 0, p.splice(Math.ceil(p.length / 2)));
  }
  return out;
}
