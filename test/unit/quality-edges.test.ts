import { beforeAll, describe, expect, it } from 'vitest';
import { assessEdges } from '../../workers/page/quality/index.ts';
import * as F from './quality-fixtures.ts';

describe('assessEdges', () => {
  let scan: F.Raw;
  beforeAll(async () => {
    scan = F.greyPaperNoise(await F.rotate(await F.blur(F.drawDocument(150), 0.08), 0.4, 250));
  });

  it('when a page is a clean scan with 0.4° skew, then its edges are neat and the skew is measured', () => {
    const e = assessEdges(F.toRaster(scan));
    expect(e).toMatchObject({ ok: true, cropped: false, reasons: [] });
    expect(e.skewDeg).toBeCloseTo(0.4, 0);
  });

  it('when the page is rotated 2° (mild), then it is not flagged', async () => {
    const e = assessEdges(F.toRaster(await F.rotate(scan, 2, 229)));
    expect(e.reasons).toEqual([]);
    expect(e.skewDeg).toBeCloseTo(2.4, 0);
  });

  it('when the page is rotated 5° anticlockwise, then it is skewed with a negative angle', async () => {
    const e = assessEdges(F.toRaster(await F.rotate(scan, -5, 229)));
    expect(e.reasons).toContain('skewed');
    expect(e.skewDeg).toBeCloseTo(-4.6, 0);
  });

  it('when the content runs off the bottom of the sheet, then it is cut off', async () => {
    const e = assessEdges(F.toRaster(await F.shiftOff(scan, 40, 229)));
    expect(e).toMatchObject({ ok: false, cropped: true });
    expect(e.reasons).toContain('cut_off');
  });

  it('when the scan slices through a text line, then it is cut off', () => {
    const e = assessEdges(F.toRaster(F.cropBottom(scan, 0.32)));
    expect(e.reasons).toContain('cut_off');
  });

  it('when a straight sheet sits inside a dark scanner frame on all sides, then its edges are fine', () => {
    const e = assessEdges(F.toRaster(F.framed(scan)));
    expect(e).toMatchObject({ ok: true, reasons: [] });
  });

  it('when the sheet slid on the glass and the lid shows along the bottom, then the top is cut off', () => {
    const e = assessEdges(F.toRaster(F.slidOnGlass(F.tint(scan, [252, 246, 236]), 20)));
    expect(e).toMatchObject({ ok: false, cropped: true });
    expect(e.reasons).toContain('cut_off');
  });

  it('when a red seal overhangs the edge of an otherwise whole sheet, then nothing is cut off', () => {
    const e = assessEdges(F.toRaster(F.sealOverEdge(scan)));
    expect(e).toMatchObject({ ok: true, cropped: false, reasons: [] });
  });

  it('when a dark band runs down the left side only, then it has a dark border', () => {
    const e = assessEdges(F.toRaster(F.darkBorder(scan, 6)));
    expect(e.reasons).toEqual(['dark_border']);
  });

  it('when a light shadow falls along the left edge, then it is not flagged', () => {
    const e = assessEdges(F.toRaster(F.lightShadow(scan, 25, 0.3)));
    expect(e).toMatchObject({ ok: true, reasons: [] });
  });

  it('when the sheet is photographed on a desk with perspective and falling light, then it is a phone photo', () => {
    const e = assessEdges(F.toRaster(F.phonePhoto(scan)));
    expect(e.ok).toBe(false);
    expect(e.reasons).toContain('phone_photo');
  });

  it('when light falls off strongly across the sheet, then it is a phone photo', () => {
    const e = assessEdges(F.toRaster(F.unevenLight(scan, 0.6)));
    expect(e.reasons).toContain('phone_photo');
  });

  it('when the scan is greyscale on darker paper, then it is not flagged', () => {
    const e = assessEdges(F.toRaster(F.greyPaperNoise(scan, 0.8, 4)));
    expect(e).toMatchObject({ ok: true, reasons: [] });
  });

  it('when the page has only a title line, then skew is unknown and the verdict undecided', () => {
    const e = assessEdges(F.toRaster(F.drawDocument(150, { lines: 0 })));
    // A title and a table: the table rules still give a direction, so allow either, but never a false flag.
    expect(e.reasons).toEqual([]);
    const blank = F.drawDocument(150, { lines: 0 });
    blank.data.fill(250);
    expect(assessEdges(F.toRaster(blank))).toMatchObject({ ok: null, skewDeg: null, reasons: [] });
  });
});
