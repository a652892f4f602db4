/**
 * 3×3 projective maps (row-major, h[8] is normalised to 1). Every capture is one of these from sheet
 * millimetres to final image pixels, so the pixels and the truth boxes go through the same geometry.
 */
export type Homography = Float64Array;

export function applyH(h: Homography, x: number, y: number): [number, number] {
  const w = h[6] * x + h[7] * y + h[8];
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
}

export function multiplyH(a: Homography, b: Homography): Homography {
  const out = new Float64Array(9);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      out[r * 3 + c] = a[r * 3] * b[c] + a[r * 3 + 1] * b[3 + c] + a[r * 3 + 2] * b[6 + c];
    }
  }
  return out;
}

export function invertH(m: Homography): Homography {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (Math.abs(det) < 1e-15) throw new Error('singular homography');
  const inv = new Float64Array([
    A, -(b * i - c * h), b * f - c * e,
    B, a * i - c * g, -(a * f - c * d),
    C, -(a * h - b * g), a * e - b * d,
  ]);
  for (let k = 0; k < 9; k++) inv[k] /= det;
  return inv;
}

export function translateH(tx: number, ty: number): Homography {
  return new Float64Array([1, 0, tx, 0, 1, ty, 0, 0, 1]);
}

export function scaleH(sx: number, sy: number = sx): Homography {
  return new Float64Array([sx, 0, 0, 0, sy, 0, 0, 0, 1]);
}

/** Rotation by `deg` about the origin; positive turns clockwise on screen (y grows downwards). */
export function rotateH(deg: number): Homography {
  const r = (deg * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return new Float64Array([c, -s, 0, s, c, 0, 0, 0, 1]);
}

/** The map taking the four `from` points onto the four `to` points (direct linear transform). */
export function homographyFromPoints(from: [number, number][], to: [number, number][]): Homography {
  const rows: number[][] = [];
  for (let k = 0; k < 4; k++) {
    const [x, y] = from[k];
    const [u, v] = to[k];
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  // Gauss-Jordan with partial pivoting on the 8×9 augmented matrix.
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) if (Math.abs(rows[r][col]) > Math.abs(rows[pivot][col])) pivot = r;
    [rows[col], rows[pivot]] = [rows[pivot], rows[col]];
    const p = rows[col][col];
    if (Math.abs(p) < 1e-12) throw new Error('degenerate quadrilateral');
    for (let c = col; c < 9; c++) rows[col][c] /= p;
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const f = rows[r][col];
      if (f === 0) continue;
      for (let c = col; c < 9; c++) rows[r][c] -= f * rows[col][c];
    }
  }
  return new Float64Array([...rows.map((r) => r[8]), 1]);
}
