import type { Parties } from './contract-types.ts';

/** A lease field the parser did not find, split by why: proven blank on the form, or not readable. */
export interface LeaseGaps {
  /** The field's label was read with nothing after it but the blank line: the form leaves it empty. */
  missing: string[];
  /** No label was read, or something stood after it that is not a value: OCR may have lost it. */
  unread: string[];
}

export const LEASE_FIELDS = ['address', 'lessor', 'lessee', 'lessorIdNumber', 'lesseeIdNumber', 'lessorPhone', 'lesseePhone'] as const;
type LeaseField = (typeof LEASE_FIELDS)[number];

const PARTY = /出租人|出租方|甲方|承租人|承租方|乙方/g;
const NAME_LABEL = { lessor: /出租人|出租方|甲方/, lessee: /承租人|承租方|乙方/ };
const ID_LABEL = /身份证号码|身份证号|证件号码|身份号码/g;
const PHONE_LABEL = /联系电话|电话|手机|联系方式/g;
const ADDRESS_LABEL = /房屋坐落|坐落|房屋地址|房屋位于|位于/g;
// After a label: brackets naming the role ("(乙方)"), 名称/姓名, and the colon or its slips.
const LABEL_TAIL = /^\s*(?:\(+[^()\n]{1,6}\)+)?\s*(?:名称|姓名)?\s*(?:[:：;；,，。、.]\s*){0,3}/;
// Any label that opens the next cell ends this one.
const NEXT_LABEL = /出租人|出租方|承租人|承租方|联系电话|电话|手机|联系方式|身份证|证件号码|证件类型|地址|坐落|建筑面积|面积/;
/** What a blank line leaves for OCR: underscores, dashes, quotes, dots, a stray stroke or two. */
const BLANK_DEBRIS = /^[\s_\-—–~.,，。、'"“”‘’`|:：;；()（）]*$/;

type LabelState = 'blank' | 'filled';

/**
 * What stands after each occurrence of a label (up to the next label, a cell gap or the line end):
 * nothing but the blank line → 'blank'; anything else → 'filled' (a value the parser could not use).
 * A row that another row overlaps in height is never 'blank': the value may have been read beside it.
 */
function statesAfter(text: string, label: RegExp, owner: (at: number) => string | undefined, crowded: (at: number) => boolean, who?: string): LabelState[] {
  const out: LabelState[] = [];
  for (const m of text.matchAll(new RegExp(label.source, 'g'))) {
    if (who && owner(m.index!) !== who) continue;
    if (crowded(m.index!)) {
      out.push('filled');
      continue;
    }
    let rest = text.slice(m.index! + m[0].length).split('\n')[0];
    rest = rest.replace(LABEL_TAIL, '');
    const next = NEXT_LABEL.exec(rest);
    if (next) rest = rest.slice(0, next.index);
    rest = rest.split(/\s{2,}/)[0];
    out.push(BLANK_DEBRIS.test(rest) ? 'blank' : 'filled');
  }
  return out;
}

/**
 * For each required lease field (guide 五（二）4③) the parser did not find, whether the form shows
 * it blank (label read, nothing after it: the rules may reject) or the reading is in doubt (no label
 * read, or unreadable content after it: a reviewer should look, not a rejection).
 */
export function findLeaseGaps(text: string, parties: Parties, crowded: (at: number) => boolean = () => false): LeaseGaps {
  const labels = [...text.matchAll(PARTY)].map((m) => ({ at: m.index!, who: /出租|甲/.test(m[0]) ? 'lessor' : 'lessee' }));
  const owner = (at: number) => [...labels].reverse().find((l) => l.at < at)?.who;
  const gaps: LeaseGaps = { missing: [], unread: [] };
  const judge = (field: LeaseField, states: LabelState[]) => {
    // Proven missing only when every place the label was read is blank.
    if (states.length > 0 && states.every((s) => s === 'blank')) gaps.missing.push(field);
    else gaps.unread.push(field);
  };
  for (const field of LEASE_FIELDS) {
    if (parties[field]) continue;
    if (field === 'lessor' || field === 'lessee') {
      // The party's own label opens its block: only occurrences followed by a colon are the name cell.
      const states = statesAfter(text, new RegExp(`(?:${NAME_LABEL[field].source})(?=\\s*(?:\\(+[^()\\n]{1,6}\\)+)?\\s*(?:名称|姓名)?\\s*[:：;；])`), owner, crowded);
      // In a parties table the name has its own cell after 姓名, with no colon.
      const cells = statesAfter(text, /(?<=(?:出租人|出租方|承租人|承租方)\s*)姓名(?!\s*[:：;；])/, owner, crowded, field);
      judge(field, [...states, ...cells]);
    } else if (field === 'lessorIdNumber' || field === 'lesseeIdNumber') {
      judge(field, statesAfter(text, ID_LABEL, owner, crowded, field === 'lessorIdNumber' ? 'lessor' : 'lessee'));
    } else if (field === 'lessorPhone' || field === 'lesseePhone') {
      judge(field, statesAfter(text, PHONE_LABEL, owner, crowded, field === 'lessorPhone' ? 'lessor' : 'lessee'));
    } else {
      judge(field, statesAfter(text, ADDRESS_LABEL, owner, crowded));
    }
  }
  return gaps;
}
