import { INCOME_ITEMS, matchVocabulary } from './match-vocabulary.ts';

/** 入库税务机关 as a 纳税记录 prints it. */
export const AUTHORITY = /税务(分)?局|税务所|税务机关|稽查局|税务总局/;

/** 品目 (the income item) and 入库税务机关 among a row's text cells. */
export function textCells(rest: string[]): { item: string | null; authority: string | null } {
  let item: string | null = null;
  let authority: string | null = null;
  const others: string[] = [];
  // 征收项目 (always 个人所得税) glued to the 品目 beside it is not part of the item.
  // Marks opening a cell are a rule's or a stroke's debris ("。工资薪金所得"); 至 is the period's
  // ("2020.09.01至 2020.10.19 个人所得税 …": the second engine reads the cells one space apart).
  for (const seg of rest.map((s) => s.replace(/\s+/g, '').replace(/^[。.,，、'"“”‘’`~至0-9-]+/, '').replace(/^个人所得税(?=.{2,})/, ''))) {
    if (seg === '' || seg === '个人所得税') continue;
    // The 品目 and the authority read as one cell (the second engine's single space dropped).
    const at = seg.indexOf('国家税务');
    const head = at > 0 ? matchVocabulary(seg.slice(0, at), INCOME_ITEMS) : null;
    if (!item && head?.exact && head.index === 0) {
      item = head.term.length === at ? head.term : seg.slice(0, at);
      authority ??= seg.slice(at);
      continue;
    }
    // 入库税务机关 may be cut by a wrap before 税务局 ("北京经济技术开发" / "区税务局").
    if (!authority && (AUTHORITY.test(seg) || /^(国家税务|北京市|北京经济)/.test(seg))) authority = seg;
    else if (!item && matchVocabulary(seg, INCOME_ITEMS)) {
      // A one-character slip (工资薪全所得) reads as the term it resembles.
      const m = matchVocabulary(seg, INCOME_ITEMS)!;
      item = m.index === 0 && m.term.length === seg.length ? m.term : seg;
    } else others.push(seg);
  }
  return { item: item ?? others[0] ?? null, authority };
}
