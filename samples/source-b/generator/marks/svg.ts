/** Tiny SVG string helpers shared by the mark drawers. */
import type { Pt } from './geometry.ts';

/** mm with two decimals: 0.01 mm is well under a pixel at 300 dpi. */
export function n(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function polygonPath(poly: readonly Pt[]): string {
  if (poly.length < 3) return '';
  return `M${poly.map((p) => `${n(p.x)} ${n(p.y)}`).join('L')}Z`;
}

/** Collects `<defs>` (filters, masks, gradients) with ids unique inside one overlay. */
export class Defs {
  private count = 0;
  private readonly parts: string[] = [];

  id(kind: string): string {
    this.count += 1;
    return `mk-${kind}-${this.count}`;
  }

  add(svg: string): void {
    this.parts.push(svg);
  }

  toString(): string {
    return this.parts.length ? `<defs>${this.parts.join('')}</defs>` : '';
  }
}

/** The ink blends like ink: print under it shows through. */
export const MULTIPLY = 'mix-blend-mode:multiply';
