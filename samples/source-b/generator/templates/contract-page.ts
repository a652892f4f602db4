/**
 * The page shell every source-B supporting-document template shares: the A4 root, font stacks,
 * HTML escaping and printed date forms. The root is self-positioned (210 × 297 mm) so a page
 * renders the same whatever the renderer's sheet element does.
 */
import type { TemplatePage } from '../content.ts';

/** Print faces. Each stack ends in WenQuanYi Zen Hei so a rare character never falls back to another family. */
export const SONG = '"AR PL SungtiL GB", "WenQuanYi Zen Hei", serif';
export const HEI = '"WenQuanYi Zen Hei", "WenQuanYi Micro Hei", sans-serif';
export const MICRO_HEI = '"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", sans-serif';
export const KAI_PRINT = '"AR PL KaitiM GB", "WenQuanYi Zen Hei", serif';

/** A template's page geometry and type: margins (mm), body size (mm), line height, paragraph gap (mm), font stacks. */
export interface PageLook {
  top: number;
  side: number;
  bottom: number;
  fontMm: number;
  lh: number;
  gap: number;
  body: string;
  head: string;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function ymd(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/** 2021年3月1日, or 2021年03月01日 with `pad`. */
export function digitsDate(iso: string, pad = false): string {
  const [y, m, d] = ymd(iso);
  return pad ? `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日` : `${y}年${m}月${d}日`;
}

/** 2015.03.01, the ID card's form. */
export function dotDate(iso: string): string {
  return iso.replace(/-/g, '.');
}

export function dateParts(iso: string): [string, string, string] {
  const [y, m, d] = ymd(iso);
  return [String(y), String(m), String(d)];
}

/** Money as contracts print it: 8500 → 8,500.00 or 8500. */
export function yuan(n: number, decimals: boolean): string {
  const s = decimals ? n.toFixed(2) : String(Math.round(n));
  const [i, f] = s.split('.');
  return i!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? '.' + f : '');
}

/**
 * One A4 page: `root` is the page's CSS class (templates prefix their own classes with it), `css`
 * their rules, `body` the printed content. The root carries paper colour and ink; the template
 * puts `data-anchor="content"` on its own content box.
 */
export function a4Page(root: string, css: string, body: string, font = SONG, ink = '#141414'): TemplatePage {
  const base = `.${root}{position:relative;width:210mm;height:297mm;overflow:hidden;box-sizing:border-box;background:#fff;color:${ink};font-family:${font};-webkit-font-smoothing:antialiased}
.${root} *{box-sizing:border-box}
.${root} p{margin:0}`;
  return { html: `<div class="${root}">${body}</div>`, css: `${base}\n${css}` };
}
