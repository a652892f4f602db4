/** Bounding box and pixel count of one 8-connected component. */
export interface Component {
  label: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  count: number;
}

export interface Labelling {
  labels: Int32Array;
  components: Component[];
}

/** Square dilation by `r` px (separable running count), used to group the pieces of one impression. */
export function dilateBox(mask: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const tmp = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const o = y * w;
    let run = 0;
    for (let x = 0; x < Math.min(r, w); x++) run += mask[o + x]!;
    for (let x = 0; x < w; x++) {
      if (x + r < w) run += mask[o + x + r]!;
      if (x - r - 1 >= 0) run -= mask[o + x - r - 1]!;
      if (run) tmp[o + x] = 1;
    }
  }
  const out = new Uint8Array(w * h);
  for (let x = 0; x < w; x++) {
    let run = 0;
    for (let y = 0; y < Math.min(r, h); y++) run += tmp[y * w + x]!;
    for (let y = 0; y < h; y++) {
      if (y + r < h) run += tmp[(y + r) * w + x]!;
      if (y - r - 1 >= 0) run -= tmp[(y - r - 1) * w + x]!;
      if (run) out[y * w + x] = 1;
    }
  }
  return out;
}

/** Two-pass union-find labelling, 8-connectivity. Components smaller than `minCount` are dropped. */
export function labelComponents(mask: Uint8Array, w: number, h: number, minCount = 1): Labelling {
  const labels = new Int32Array(w * h);
  const parent: number[] = [0];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  const union = (a: number, b: number): number => {
    const ra = find(a), rb = find(b);
    if (ra === rb) return ra;
    if (ra < rb) { parent[rb] = ra; return ra; }
    parent[ra] = rb;
    return rb;
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!mask[i]) continue;
      let l = 0;
      const nb = [x > 0 ? labels[i - 1]! : 0, y > 0 ? labels[i - w]! : 0, y > 0 && x > 0 ? labels[i - w - 1]! : 0, y > 0 && x + 1 < w ? labels[i - w + 1]! : 0];
      for (const n of nb) if (n) l = l ? union(l, n) : n;
      if (!l) { l = parent.length; parent.push(l); }
      labels[i] = l;
    }
  }
  const byRoot = new Map<number, Component>();
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!labels[i]) continue;
      const r = find(labels[i]!);
      labels[i] = r;
      const c = byRoot.get(r);
      if (!c) byRoot.set(r, { label: r, x0: x, y0: y, x1: x, y1: y, count: 1 });
      else {
        if (x < c.x0) c.x0 = x;
        if (x > c.x1) c.x1 = x;
        c.y1 = y;
        c.count++;
      }
    }
  }
  return { labels, components: [...byRoot.values()].filter((c) => c.count >= minCount) };
}
