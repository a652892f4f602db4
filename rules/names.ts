/**
 * Unit names are compared after normalising what scans and typing vary: width (NFKC), spaces,
 * brackets and the middle dot. "北京某某科技有限公司" and "北京 某某科技（有限）公司" differ only
 * in the brackets; anything else is a different unit.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000·•・.,，。、"'“”‘’]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');
}

export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean | null {
  if (!a || !b) return null;
  return normaliseName(a) === normaliseName(b);
}
