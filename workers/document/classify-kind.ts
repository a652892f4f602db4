import type { DocumentKind } from './contract-types.ts';
import type { PageText } from './types.ts';
import { compactText } from './normalise-ocr-text.ts';

/** Title phrases (strong: weight 4 when in the title zone, 2 elsewhere) and body cues (weight 1 each). */
const CUES: Record<Exclude<DocumentKind, 'other'>, { title: RegExp[]; body: RegExp[] }> = {
  tax_record: {
    title: [/个人所得税纳税记录/, /纳税记录/, /税收完税证明/, /纳税清单/, /完税证明/],
    body: [/实缴\(?退\)?金额/, /入\(?退\)?库日期/, /入库税务机关/, /查询验证码/, /开具机关/, /记录期间/, /本凭证不作为/],
  },
  income_query: {
    title: [/申报收入查询/, /收入纳税明细/, /申报收入/, /纳税明细查询/],
    body: [/所得项目小类/, /扣缴义务人/, /已申报税额/, /收入合计/, /nsmxlb/, /申报收入/],
  },
  labor_contract: {
    title: [/劳动合同书?$/, /劳动合同书/, /劳动合同(?!法)/, /续订劳动合同/, /劳动合同续签/],
    body: [/劳动者/, /用人单位/, /试用期/, /劳动报酬/, /工作内容/, /工作地点/, /社会保险/, /劳动合同期限/, /劳动合同法/],
  },
  lease_contract: {
    title: [/房屋租赁合同/, /住房租赁合同/, /租赁合同/, /租房合同/],
    body: [/出租人/, /承租人/, /租金/, /押金/, /租赁期/, /房屋坐落/, /房屋所有权/, /不动产权/],
  },
  id_card: {
    title: [/居民身份证/, /公民身份号码/],
    body: [/签发机关/, /有效期限/, /公民身份号码/, /民族/, /出生/, /住址/, /公安局/],
  },
  residence_permit: {
    title: [/北京市居住证/, /^居住证/, /居住证(?!明)/],
    body: [/签注/, /居住地址/, /居住证号码/, /发证机关/, /有效期/],
  },
  hukou: {
    title: [/居民户口簿/, /户口簿/, /常住人口登记卡/],
    body: [/户主/, /户别/, /与户主关系/, /户号/, /户籍/, /承办人签章/, /籍贯/],
  },
  degree_certificate: {
    title: [/学位证书/, /学位证/],
    body: [/授予/, /学士学位/, /硕士学位/, /博士学位/, /学位评定委员会/, /学位证书编号/],
  },
  title_certificate: {
    title: [/职称证书/, /专业技术资格证书/, /专业技术职务任职资格/, /资格证书/],
    body: [/专业技术资格/, /职称/, /评审/, /高级工程师/, /工程师/, /评委会/, /资格名称/],
  },
  resignation_certificate: {
    title: [/离职证明/, /解除劳动合同证明/, /终止劳动合同证明/, /解除\(?终止\)?劳动关系证明/],
    body: [/离职/, /解除劳动合同/, /终止劳动关系/, /特此证明/, /兹证明/],
  },
  borrowing_statement: {
    title: [/房屋借住声明/, /借住声明/, /房屋借用声明/, /借住证明/],
    body: [/出借人/, /借住人/, /无偿/, /借住/, /特此声明/, /不收取/],
  },
};

/**
 * Detects a document's kind from its title (the first lines of page 1, where the title sits), its
 * table headers and body wording. Confidence is the winner's share of the evidence, damped when
 * there is little evidence at all. `declared` only breaks near-ties: KIND_MISMATCH depends on an
 * independent reading.
 */
export function classifyKind(pages: PageText[], declared: DocumentKind | null): { kind: DocumentKind; confidence: number; scores: Record<string, number> } {
  const first = pages[0];
  const titleZone = first ? topLines(first, 8) : '';
  // 工作居住证 is the permit being applied for, mentioned by many documents: not a 居住证.
  const body = pages
    .map((p) => p.lines.map((l) => compactText(l.text)).join('\n'))
    .join('\n')
    .replace(/工作居住证/g, '');
  const title = titleZone.replace(/工作居住证/g, '');
  const scores: Record<string, number> = {};
  for (const [kind, cue] of Object.entries(CUES)) {
    let s = 0;
    const titleHit = cue.title.some((re) => re.test(title));
    if (titleHit) s += 4;
    else if (cue.title.some((re) => re.test(body))) s += 2;
    for (const re of cue.body) if (re.test(body)) s += 1;
    scores[kind] = s;
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [topKind, top] = ranked[0];
  const second = ranked[1][1];
  if (top < 2) return { kind: 'other', confidence: top === 0 ? 0.7 : 0.5, scores };
  let kind = topKind as DocumentKind;
  if (declared && declared !== 'other' && scores[declared] !== undefined && scores[declared] >= top - 1 && scores[declared] >= 3) kind = declared;
  const margin = (scores[kind] - Math.max(...ranked.filter(([k]) => k !== kind).map(([, v]) => v))) / Math.max(1, scores[kind]);
  const strength = Math.min(1, scores[kind] / 6);
  const confidence = Math.round(Math.max(0.3, Math.min(0.99, 0.5 + 0.3 * margin + 0.2 * strength)) * 100) / 100;
  void second;
  return { kind, confidence, scores };
}

function topLines(page: PageText, n: number): string {
  const sorted = [...page.lines].filter((l) => l.text.trim()).sort((a, b) => a.box.y - b.box.y);
  const noBoxes = page.lines.every((l) => l.box.h === 0);
  return (noBoxes ? page.lines : sorted).slice(0, n).map((l) => compactText(l.text)).join('\n');
}
