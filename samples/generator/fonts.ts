import { GlobalFonts } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';

/**
 * Source A's CJK fonts come from the system (Debian packages). Only the generator and the test
 * fixtures that draw pages need them; the committed corpus is pixels and embedded subsets.
 * `.ci/run` installs the packages when they are missing.
 */
export const SYSTEM_FONTS = {
  notoSans: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', pkg: 'fonts-noto-cjk' },
  notoSansBold: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', pkg: 'fonts-noto-cjk' },
  notoSerif: { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', pkg: 'fonts-noto-cjk' },
  notoSerifBold: { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', pkg: 'fonts-noto-cjk' },
  ukai: { path: '/usr/share/fonts/truetype/arphic/ukai.ttc', pkg: 'fonts-arphic-ukai' },
  uming: { path: '/usr/share/fonts/truetype/arphic/uming.ttc', pkg: 'fonts-arphic-uming' },
} as const;
export type SystemFont = keyof typeof SYSTEM_FONTS;

export class MissingFontError extends Error {
  constructor(missing: { path: string; pkg: string }[]) {
    const pkgs = [...new Set(missing.map((m) => m.pkg))].join(' ');
    super(`CJK font missing (${missing.map((m) => m.path).join(', ')}): install the Debian package(s) with \`apt-get install -y ${pkgs}\` (.ci/run does this)`);
    this.name = 'MissingFontError';
  }
}

/** Registers one system font under `family`; throws at once, naming the package, when it is not installed. */
export function registerSystemFont(font: SystemFont, family?: string): void {
  const f = SYSTEM_FONTS[font];
  if (!existsSync(f.path)) throw new MissingFontError([f]);
  GlobalFonts.registerFromPath(f.path, family);
}

export const FONT = {
  sans: '"Noto Sans CJK JP"',
  serif: '"AR PL UMing CN"',
  kai: '"AR PL UKai CN"',
} as const;

let done = false;
export function registerFonts(): void {
  if (done) return;
  const all = Object.values(SYSTEM_FONTS);
  const missing = all.filter((f) => !existsSync(f.path));
  if (missing.length) throw new MissingFontError(missing);
  for (const f of all) GlobalFonts.registerFromPath(f.path);
  done = true;
}
