/**
 * Spellings under which one company's name may stand on its seal, as label strings for CTC scoring:
 * the name as registered (full-width → half-width, no spaces, punctuation or brackets), and the forms
 * a seal may carry for the same entity: 有限责任公司 ⇄ 有限公司 and 北京市 ⇄ 北京 (the previous
 * text matcher treated these as equal, normalise-company-name.ts). Characters only, never a meaningful word.
 */
export function nameVariants(name: string): string[] {
  const base = name.normalize('NFKC').replace(/[\s·•.,，。、:：;；'"“”‘’★☆*\-_—()（）[\]【】〔〕]/gu, '');
  if (!base) return [];
  const out = new Set<string>([base]);
  for (const v of [...out]) {
    if (v.includes('有限责任公司')) out.add(v.replace('有限责任公司', '有限公司'));
    else if (v.endsWith('有限公司')) out.add(v.replace(/有限公司$/u, '有限责任公司'));
  }
  for (const v of [...out]) {
    if (v.startsWith('北京市')) out.add(v.replace(/^北京市/u, '北京'));
    else if (v.startsWith('北京')) out.add(v.replace(/^北京/u, '北京市'));
  }
  return [...out];
}
