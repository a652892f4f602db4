import type { GreyImage } from './types.ts';

/** Variance of the 4-neighbour Laplacian (the classic focus measure), on a given grey image. */
export function laplacianVariance(img: GreyImage): number {
  const { width: w, height: h, data } = img;
  let sum = 0;
  let sq = 0;
  let n = 0;
  for (let y = 1; y < h - 1; y++) {
    let p = y * w + 1;
    for (let x = 1; x < w - 1; x++, p++) {
      const l = data[p - 1] + data[p + 1] + data[p - w] + data[p + w] - 4 * data[p];
      sum += l;
      sq += l * l;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sq / n - mean * mean;
}
