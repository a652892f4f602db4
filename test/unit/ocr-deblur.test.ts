import { describe, expect, it } from 'vitest';
import { deblurMotion, estimateMotionBlur } from '../../workers/page/ocr/index.ts';
import type { GreyPage } from '../../workers/page/ocr/index.ts';
import { blur, drawDocument, type Raw } from './quality-fixtures.ts';

/** The page's grey, from the heading through the text lines (the top 45 %: enough print, half the work). */
const grey = (r: Raw): GreyPage => {
  const height = Math.round(r.height * 0.45);
  const data = new Uint8Array(r.width * height);
  for (let i = 0; i < data.length; i++) data[i] = r.data[i * 3];
  return { data, width: r.width, height };
};

/** A straight smear of L px along one axis (a box kernel, as a moving sheet makes), plus a little sensor noise. */
function smear(g: GreyPage, axis: 'x' | 'y', L: number, seed = 7): GreyPage {
  const { width: w, height: h, data } = g;
  const out = new Uint8Array(w * h);
  const back = Math.floor((L - 1) / 2);
  let s = seed;
  const noise = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 4;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let i = -back; i < L - back; i++) {
        const xx = axis === 'x' ? Math.max(0, Math.min(w - 1, x + i)) : x;
        const yy = axis === 'y' ? Math.max(0, Math.min(h - 1, y + i)) : y;
        sum += data[yy * w + xx];
      }
      out[y * w + x] = Math.max(0, Math.min(255, Math.round(sum / L + noise())));
    }
  return { data: out, width: w, height: h };
}

/** Mean absolute grey difference over the pixels that are ink in the sharp page or its neighbourhood. */
function inkError(a: GreyPage, b: GreyPage, sharpPage: GreyPage): number {
  let e = 0;
  let n = 0;
  for (let i = 0; i < a.data.length; i++) {
    if (sharpPage.data[i] > 200 && a.data[i] > 200 && b.data[i] > 200) continue;
    e += Math.abs(a.data[i] - b.data[i]);
    n++;
  }
  return e / n;
}

describe('estimateMotionBlur', () => {
  const sharp150 = grey(drawDocument(150));

  it('finds nothing on a sharp page', () => {
    expect(estimateMotionBlur(sharp150, 150)).toBeNull();
  });

  it('finds a horizontal smear and its length', () => {
    expect(estimateMotionBlur(smear(sharp150, 'x', 11), 150)).toEqual({ axis: 'x', length: 11 });
  });

  it('finds a vertical smear and its length', () => {
    expect(estimateMotionBlur(smear(sharp150, 'y', 9), 150)).toEqual({ axis: 'y', length: 9 });
  });

  it('does not call a blur the same in every direction (defocus) motion', async () => {
    const defocused = grey(await blur(drawDocument(150), 0.4));
    expect(estimateMotionBlur(defocused, 150)).toBeNull();
  });

  it('does not take a stroke-wide smear for motion', () => {
    expect(estimateMotionBlur(smear(sharp150, 'x', 3), 150)).toBeNull();
  });

  it('measures at the page resolution: a 1.8 mm smear is 14 px at 200 dpi', () => {
    const sharp200 = grey(drawDocument(200));
    expect(estimateMotionBlur(sharp200, 200)).toBeNull();
    expect(estimateMotionBlur(smear(sharp200, 'x', 14), 200)).toEqual({ axis: 'x', length: 14 });
  });
});

describe('deblurMotion', () => {
  const sharp150 = grey(drawDocument(150));

  it('brings a smeared page back much closer to the sharp one', () => {
    const smeared = smear(sharp150, 'x', 11);
    const restored = deblurMotion(smeared, { axis: 'x', length: 11 }, 30);
    const before = inkError(smeared, sharp150, sharp150);
    const after = inkError(restored, sharp150, sharp150);
    expect(after).toBeLessThan(before * 0.6);
  });

  it('restores along the axis it is given (a vertical smear)', () => {
    const smeared = smear(sharp150, 'y', 9);
    const right = inkError(deblurMotion(smeared, { axis: 'y', length: 9 }, 30), sharp150, sharp150);
    const wrong = inkError(deblurMotion(smeared, { axis: 'x', length: 9 }, 30), sharp150, sharp150);
    expect(right).toBeLessThan(inkError(smeared, sharp150, sharp150) * 0.6);
    expect(right).toBeLessThan(wrong);
  });

  it('leaves bare paper as paper', () => {
    const paper: GreyPage = { data: new Uint8Array(200 * 100).fill(245), width: 200, height: 100 };
    const out = deblurMotion(paper, { axis: 'x', length: 11 }, 20);
    expect(Math.min(...out.data)).toBeGreaterThanOrEqual(244);
    expect(Math.max(...out.data)).toBeLessThanOrEqual(246);
  });
});
