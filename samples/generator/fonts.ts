import { GlobalFonts } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';

/**
 * CJK fonts come from the system (Debian fonts-noto-cjk, fonts-arphic-ukai/uming). Only the
 * generator needs them; the committed corpus is pixels and embedded subsets.
 */
const FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
  '/usr/share/fonts/truetype/arphic/ukai.ttc',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
];

export const FONT = {
  sans: '"Noto Sans CJK JP"',
  serif: '"AR PL UMing CN"',
  kai: '"AR PL UKai CN"',
} as const;

let done = false;
export function registerFonts(): void {
  if (done) return;
  const missing = FILES.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`generator needs CJK fonts (fonts-noto-cjk, fonts-arphic-ukai, fonts-arphic-uming); missing: ${missing.join(', ')}`);
  for (const f of FILES) GlobalFonts.registerFromPath(f);
  done = true;
}
