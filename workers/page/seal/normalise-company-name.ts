/** Words a seal adds after the name that are not part of it (专用章 types, the 公章 itself). */
const SEAL_WORDS = /(合同|财务|发票|人事|业务|行政|劳动合同|技术|)?专用章$|公章$|印章$/u;

/**
 * Canonical form of a company name for comparison: full-width → half-width (NFKC), no spaces or
 * punctuation, 有限责任公司 → 有限公司, 北京市 → 北京, brackets around a place dropped, seal words removed.
 */
export function normaliseCompanyName(s: string): string {
  let t = s.normalize('NFKC');
  t = t.replace(/[\s·•.,，。、:：;；'"“”‘’★☆*\-_—]/gu, '');
  t = t.replace(/\d+$/u, ''); // a trailing seal code read together with the name
  t = t.replace(SEAL_WORDS, '');
  // 有限责任公司 → 有限公司, also when OCR garbles 责任 (有限贸任公司, 有限责仕公司, 有限贸化公司: corpus
  // tune reads): no legal form puts anything else between 有限 and 公司
  t = t.replace(/有限..?公司/gu, '有限公司');
  t = t.replace(/有限..公$/u, '有限公'); // the same with the final 司 lost at the strip's end
  t = t.replace(/[()（）[\]【】〔〕]/gu, '');
  t = t.replace(/^北京市/u, '北京');
  return t;
}
