/** A vocabulary term found in a text, allowing one misread character in terms of 4+ characters. */
export interface VocabularyMatch {
  term: string;
  index: number;
  end: number;
  exact: boolean;
}

/**
 * Finds the longest vocabulary term in a text. OCR often swaps a single Chinese character for a
 * look-alike (薪金 → 薪全), so a term of four or more characters also matches with one substitution,
 * and one of five or more with one character lost.
 */
export function matchVocabulary(text: string, vocabulary: readonly string[]): VocabularyMatch | null {
  const terms = [...vocabulary].sort((a, b) => b.length - a.length);
  for (const term of terms) {
    const i = text.indexOf(term);
    if (i >= 0) return { term, index: i, end: i + term.length, exact: true };
  }
  for (const term of terms) {
    if (term.length < 4) continue;
    for (let i = 0; i + term.length <= text.length; i++) {
      let diff = 0;
      for (let k = 0; k < term.length && diff <= 1; k++) if (text[i + k] !== term[k]) diff++;
      if (diff <= 1) return { term, index: i, end: i + term.length, exact: false };
    }
  }
  // A term of five or more characters with one of them lost ("工薪金所得" for 工资薪金所得).
  for (const term of terms) {
    if (term.length < 5) continue;
    for (let k = 0; k < term.length; k++) {
      const short = term.slice(0, k) + term.slice(k + 1);
      const i = text.indexOf(short);
      if (i >= 0) return { term, index: i, end: i + short.length, exact: false };
    }
  }
  return null;
}

/** 所得项目 / 所得项目小类 values printed by the tax system (national app and Beijing pages). */
export const INCOME_ITEMS = [
  '正常工资薪金', '外籍人员正常工资薪金', '全年一次性奖金收入', '全年一次性奖金', '劳务报酬所得', '劳务报酬',
  '一般劳务报酬所得', '其他连续劳务报酬', '其他非连续劳务报酬', '稿酬所得', '特许权使用费所得',
  '解除劳动合同一次性补偿金', '个人股权激励收入', '年金领取', '提前退休一次性补贴', '内退一次性补偿金',
  '保险营销员佣金收入', '证券经纪人佣金收入', '工资薪金所得', '工资、薪金所得', '工资薪金',
  '利息股息红利所得', '财产租赁所得', '财产转让所得', '偶然所得', '经营所得', '综合所得', '其他所得',
  '税收递延型商业养老保险', '单位低价向职工售房', '央企负责人绩效薪金延期兑现收入和任期奖励',
] as const;

const ORG_SUFFIX = /(公司|有限|集团|中心|大学|学院|研究院|研究所|医院|银行|事务所|委员会|协会|基金会|学校|合作社|工作室|商行|分所|分行|支行|馆|站|厂|店|部|处|局|社|院)$/;

/** True when a text reads like an organisation name (a withholding agent, an employer). */
export function looksLikeOrganisation(s: string): boolean {
  return s.length >= 4 && ORG_SUFFIX.test(s);
}

/** Category names (所得项目) that a 所得项目小类 refines: a row naming both is the 小类's. */
const GENERIC_ITEMS = new Set(['工资薪金', '工资薪金所得', '工资、薪金所得', '综合所得', '劳务报酬所得', '劳务报酬', '经营所得']);

/**
 * Takes every item term out of a cell text. Returns the most specific term (a 小类 beats its
 * category; longer beats shorter) and what is left, which is usually the payer.
 */
export function takeItem(text: string): { item: VocabularyMatch | null; rest: string } {
  let rest = text;
  const found: VocabularyMatch[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const m = matchVocabulary(rest, INCOME_ITEMS);
    if (!m || (!m.exact && found.length > 0)) break;
    // A fuzzy hit inside a long organisation name is not an item; one opening the cell with a whole
    // name after it is the item cell read together with the payer's ("工资新金北京…有限公司").
    const opensCell = m.index === 0 || rest[m.index - 1] === ' ';
    if (!m.exact && !opensCell && rest.length > m.term.length + 3 && looksLikeOrganisation(rest.slice(m.end))) break;
    found.push(m);
    rest = rest.slice(0, m.index) + ' ' + rest.slice(m.end);
  }
  return { item: mostSpecific(found), rest: rest.trim() };
}

/** The most specific of several item matches: exact before fuzzy, a 小类 before its category, longer first. */
export function mostSpecific(found: VocabularyMatch[]): VocabularyMatch | null {
  const sorted = [...found].sort(
    (a, b) => Number(b.exact) - Number(a.exact) || Number(GENERIC_ITEMS.has(a.term)) - Number(GENERIC_ITEMS.has(b.term)) || b.term.length - a.term.length,
  );
  return sorted[0] ?? null;
}
