import { beforeAll, describe, expect, it } from 'vitest';
import { decideEdges, type EdgeObservations } from '../../workers/page/quality/decide-edges.ts';
import { assessEdges, type EdgeReason } from '../../workers/page/quality/index.ts';
import * as F from './quality-fixtures.ts';

interface Row {
  when: string;
  page: (scan: F.Raw) => F.Raw | Promise<F.Raw>;
  ok: boolean | null;
  cropped?: boolean | null;
  reasons?: EdgeReason[];
  /** Reasons that must be among the page's reasons (when others may come with them). */
  has?: EdgeReason;
}

/** Table-driven: each row is a page as a scanner or a phone hands it over, and the verdict it must get. */
const ROWS: Row[] = [
  { when: 'a clean scan with 0.4° skew', page: (s) => s, ok: true, cropped: false, reasons: [] },
  { when: 'a browser printout keeps 5 mm margins and shows no bed', ok: true, cropped: false, reasons: [],
    page: async () => F.greyPaperNoise(await F.rotate(await F.blur(F.drawDocument(150, { marginMm: 5, lines: 32 }), 0.08), 0.3, 250)) },
  { when: 'an auto-cropped scan shows no bed, only the faint line of the sheet edge', page: (s) => F.sheetOutline(s), ok: true, cropped: false, reasons: [] },
  { when: 'the whole sheet lies on a light bed that shows along the right side only', page: (s) => F.onLightBed(s, { right: 14 }), ok: true, cropped: false, reasons: [] },
  { when: 'the whole sheet lies on a light bed that shows along two sides', page: (s) => F.onLightBed(s, { right: 12, bottom: 9 }), ok: true, reasons: [] },
  { when: 'the text lines run off the right edge of the scan', page: (s) => F.cropRight(s, 170), ok: false, cropped: true, has: 'cut_off' },
  { when: 'the bottom of the scan slices through a table', page: (s) => F.cropBottom(s, 240.5 / 297), ok: false, cropped: true, has: 'cut_off' },
  { when: 'the scan slices through a text line', page: (s) => F.cropBottom(s, 0.32), ok: false, cropped: true, has: 'cut_off' },
  { when: 'the content runs off the bottom of the sheet', page: (s) => F.shiftOff(s, 40, 229), ok: false, cropped: true, has: 'cut_off' },
  { when: 'the page is rotated 4°', page: (s) => F.rotate(s, 3.6, 229), ok: false, has: 'skewed' },
  { when: 'the page is rotated 5° anticlockwise', page: (s) => F.rotate(s, -5, 229), ok: false, has: 'skewed' },
  { when: 'the page is rotated 2° (mild)', page: (s) => F.rotate(s, 2, 229), ok: true, reasons: [] },
  // Ambiguous: the lid shows at the bottom and the sheet is 20 mm short of A4, but nothing is sliced
  // (it may be a shorter document, or a blank top lost): a reviewer looks.
  { when: 'the sheet slid on the glass, the lid shows along the bottom and no content is sliced', page: (s) => F.slidOnGlass(F.tint(s, [252, 246, 236]), 20),
    ok: null, cropped: null, reasons: ['cut_off'] },
  { when: 'a straight sheet sits inside a dark scanner frame on all sides', page: (s) => F.framed(s), ok: true, reasons: [] },
  { when: 'a red seal overhangs the edge of an otherwise whole sheet', page: (s) => F.sealOverEdge(s), ok: true, cropped: false, reasons: [] },
  { when: 'a dark band runs down the left side only', page: (s) => F.darkBorder(s, 6), ok: null, has: 'dark_border' },
  { when: 'a light shadow falls along the left edge', page: (s) => F.lightShadow(s, 25, 0.3), ok: true, reasons: [] },
  { when: 'the sheet is photographed on a desk with perspective and falling light', page: (s) => F.phonePhoto(s), ok: false, has: 'phone_photo' },
  { when: 'light falls off strongly across the sheet but no outline shows', page: (s) => F.unevenLight(s, 0.6), ok: null, has: 'phone_photo' },
  { when: 'the scan is greyscale on darker paper', page: (s) => F.greyPaperNoise(s, 0.8, 4), ok: true, reasons: [] },
];

describe('assessEdges', () => {
  let scan: F.Raw;
  beforeAll(async () => {
    scan = F.greyPaperNoise(await F.rotate(await F.blur(F.drawDocument(150), 0.08), 0.4, 250));
  });

  it.each(ROWS)('when $when, then edges ok is $ok', async (row) => {
    const e = assessEdges(F.toRaster(await row.page(scan)));
    expect(e.ok).toBe(row.ok);
    if (row.cropped !== undefined) expect(e.cropped).toBe(row.cropped);
    if (row.reasons) expect(e.reasons).toEqual(row.reasons);
    if (row.has) expect(e.reasons).toContain(row.has);
  });

  it('when a page is skewed, then the angle is measured from its text lines with its sign', async () => {
    expect(assessEdges(F.toRaster(scan)).skewDeg).toBeCloseTo(0.4, 0);
    expect(assessEdges(F.toRaster(await F.rotate(scan, -5, 229))).skewDeg).toBeCloseTo(-4.6, 0);
  });

  it('when the page has only a title and a table, or nothing, then it is never rejected and blank is undecided', () => {
    expect(assessEdges(F.toRaster(F.drawDocument(150, { lines: 0 }))).reasons).toEqual([]);
    const blank = F.drawDocument(150, { lines: 0 });
    blank.data.fill(250);
    expect(assessEdges(F.toRaster(blank))).toMatchObject({ ok: null, skewDeg: null, reasons: [] });
  });
});

describe('decideEdges', () => {
  const base: EdgeObservations = {
    skew: { deg: 0.3, peakedness: 5, points: 9000 }, bordered: [], angleSpreadDeg: null, evenness: 0.99,
    marginsMm: { top: 10, right: 10, bottom: 10, left: 10 }, stripsMm: { top: 0, right: 0, bottom: 0, left: 0 },
    slicedRuns: { top: 0, right: 0, bottom: 0, left: 0 }, sheetMm: { width: 210, height: 297 },
  };
  const rows: Array<{ when: string; obs: Partial<EdgeObservations>; ok: boolean | null }> = [
    { when: 'a whole A4 sheet with narrow margins', obs: { marginsMm: { top: 0.5, right: 2, bottom: 0.4, left: 2 } }, ok: true },
    { when: 'a lid strip shows on one side of a sheet as long as A4', obs: { stripsMm: { top: 0, right: 14, bottom: 0, left: 1 }, sheetMm: { width: 213, height: 302 } }, ok: true },
    { when: 'strokes are sliced on one side', obs: { slicedRuns: { top: 0, right: 12, bottom: 0, left: 0 } }, ok: false },
    { when: 'three strokes touch the border (a seal ring, specks)', obs: { slicedRuns: { top: 0, right: 3, bottom: 0, left: 0 } }, ok: true },
    { when: 'the auto-cropped sheet is 12 mm short of A4 and nothing is sliced', obs: { sheetMm: { width: 210, height: 285 } }, ok: null },
    { when: 'a sheet in a dark frame on all sides is smaller than A4 (its outline is whole)', obs: { bordered: ['top', 'right', 'bottom', 'left'], angleSpreadDeg: 0.02, sheetMm: { width: 197, height: 279 } }, ok: true },
    { when: 'text lines measure 3.1°', obs: { skew: { deg: -3.1, peakedness: 5, points: 9000 } }, ok: false },
    { when: 'text lines measure 2.7° (a true 3° or a mild tilt)', obs: { skew: { deg: 2.7, peakedness: 5, points: 9000 } }, ok: null },
    { when: 'the framed outline shows 2° of perspective', obs: { bordered: ['top', 'right', 'bottom', 'left'], angleSpreadDeg: 2 }, ok: false },
    { when: 'the size is unknown and nothing else is wrong', obs: { sheetMm: null }, ok: true },
  ];
  it.each(rows)('when $when, then edges ok is $ok', ({ obs, ok }) => {
    expect(decideEdges({ ...base, ...obs }).ok).toBe(ok);
  });
});
