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

/** A region in brackets after the trade name (明德（北京）环保…), as the registered name writes it. */
const BRACKET_REGION = /[(（](北京市?|中国)[)）]/u;
/** A short form keeps at least this many characters (a trade name and a legal form). */
const MIN_SHORT_FORM = 6;

/**
 * The employer's common short forms as a seal's read may show them: without the leading 北京 / 北京市
 * and without a region in brackets. Scored as substrings of the strip, so what is left out stays free:
 * a stamp whose 北京 the ink or the ring's seam garbled (source B tune, 150 dpi: four own seals read
 * whole but for 北京) is not held against the name. Another place read there still counts against it:
 * a clearly read character outside the employer's name next to the span makes the name longer
 * (score-employer-name.ts).
 */
export function shortFormVariants(name: string): string[] {
  const out = new Set<string>();
  const noBracket = BRACKET_REGION.test(name) ? name.replace(BRACKET_REGION, '') : null;
  for (const v of nameVariants(name)) {
    const short = v.replace(/^北京市?/u, '');
    if (short !== v) out.add(short);
  }
  if (noBracket) for (const v of nameVariants(noBracket)) out.add(v);
  return [...out].filter((v) => [...v].length >= MIN_SHORT_FORM);
}

/** Words another entity of the same trade name puts before its legal form (a sister or parent company). */
const INSERTED_WORDS = ['发展', '集团', '控股', '实业', '科技', '技术', '国际', '投资', '管理', '服务'];
const LEGAL_FORM = /(股份有限公司|有限责任公司|有限公司|公司)$/u;

/**
 * The entities a seal could name that differ from `name` by one word: a word inserted before the legal
 * form (…科技发展有限公司 for …科技有限公司) and its branch (…有限公司分公司). Used as the competing
 * readings the employer's own name must beat on a strip (score-employer-name.ts), characters only.
 */
export function nearMissNames(name: string): string[] {
  const out: string[] = [];
  const m = LEGAL_FORM.exec(name);
  if (m) {
    const stem = name.slice(0, m.index);
    for (const w of INSERTED_WORDS) if (!stem.endsWith(w)) out.push(stem + w + m[1]);
  }
  out.push(`${name}分公司`);
  return out;
}
