/**
 * Source B's seeded randomness (xorshift128+ over a SplitMix64-style seed hash), independent of
 * source A's. `child(label)` gives a stream of its own, so a draw added in one document never
 * shifts another document.
 */
export interface RandomStream {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number;
  /** Integer in [lo, hi], both ends included. */
  integer(lo: number, hi: number): number;
  oneOf<T>(items: readonly T[]): T;
  yes(probability: number): boolean;
  gauss(mean?: number, sd?: number): number;
  shuffle<T>(items: readonly T[]): T[];
  child(label: string): RandomStream;
  readonly label: string;
}

function seedWords(label: string): [number, number, number, number] {
  // FNV-1a over the label, then four SplitMix32 steps.
  let h = 0x811c9dc5;
  for (const ch of label) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    h = (h + 0x9e3779b9) >>> 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    out.push((z ^ (z >>> 16)) >>> 0 || 1);
  }
  return out as [number, number, number, number];
}

export function randomStream(label: string): RandomStream {
  let [a, b, c, d] = seedWords(label);
  // xoshiro128** on four 32-bit words.
  const next32 = (): number => {
    const r = Math.imul(((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = ((d << 11) | (d >>> 21)) >>> 0;
    return r;
  };
  let spare: number | null = null;
  const s: RandomStream = {
    label,
    float: () => next32() / 4294967296,
    between: (lo, hi) => lo + (hi - lo) * s.float(),
    integer: (lo, hi) => lo + Math.floor(s.float() * (hi - lo + 1)),
    oneOf: (items) => items[Math.floor(s.float() * items.length)]!,
    yes: (p) => s.float() < p,
    gauss: (mean = 0, sd = 1) => {
      if (spare !== null) {
        const v = spare;
        spare = null;
        return mean + sd * v;
      }
      const u = Math.max(s.float(), 1e-12);
      const v = s.float();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return mean + sd * r * Math.cos(2 * Math.PI * v);
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(s.float() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    child: (sub) => randomStream(`${label}/${sub}`),
  };
  return s;
}
