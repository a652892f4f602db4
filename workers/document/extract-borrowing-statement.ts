import type { Parties } from './contract-types.ts';
import type { PageText } from './types.ts';
import { groupRows } from './group-rows.ts';
import { rowLookup } from './row-offsets.ts';
import { findDates } from './parse-date.ts';
import { isValidIdNumber } from './validate-id-number.ts';
import type { IssuedDate } from './extract-issued-date.ts';

/** What a 房屋借住声明 says: who lends the home, who lives in it, where, and when it was signed. */
export interface StatementReading {
  parties: Parties;
  /** Identifier → whether its check character holds (GB 11643). */
  checks: Record<string, boolean>;
  /** The 声明日期 (or the last date on the statement). */
  date: IssuedDate | null;
}

/**
 * Role labels as the forms print them: "出借人（房主）：", "出借人姓名", "借住人：", "借住人姓名". A
 * bracket may only name the role again (房主, 产权人, 承租人…): "出借人（签字）：" opens the signature
 * block and is no name cell. A colon or 姓名 must follow, so the body's "出借人同意…" is no label.
 */
const BRACKET = String.raw`(?:\((?:房主|产权人|所有权人|承租人|出借方|借住方|甲方|乙方)\))?`;
// OCR reads the colon with strokes after it ("借住人;，_马伟") and a table's rules as bars ("出借人姓名 | 田晨"):
// marks between the label and the name are the label's.
const AFTER = String.raw`\s*(?:姓名\s*[:：;；]?|[:：;；])[\s,，_.。、'\`|]*([\u3400-\u9fff·]{2,5})`;
const LENDER = new RegExp(String.raw`(?:出借人|出借方|房主)${BRACKET}` + AFTER, 'g');
const BORROWER = new RegExp(String.raw`(?:借住人|借住方)${BRACKET}` + AFTER, 'g');
const ROLE = /出借人|出借方|房主|借住人|借住方/g;
const ID = /(?<![0-9A-Za-z])([0-9OolI]{17}[0-9OolIXx])(?![0-9A-Za-z])/g;
const ADDRESS = /(?:房屋坐落|房屋座落|房屋地址|房屋位置|坐落地址)\s*(?:于)?\s*[:：;；]?\s*([^\n]{4,60})/;
const DATE_LABEL = /(?:声明日期|签署日期|签字日期|日期)\s*[:：;；]?/g;
/** Words that end a name cell read together with what follows it ("张三身份证号码"). */
const NAME_STOP = /(身份证|证件|性别|联系|电话|签字|签名|系|与|自愿|同意)/;

const fixId = (s: string): string => s.replace(/[Oo]/g, '0').replace(/[lI]/g, '1').toUpperCase();

function nameAt(text: string, re: RegExp): { name: string; at: number } | null {
  for (const m of text.matchAll(re)) {
    let name = m[1];
    const stop = NAME_STOP.exec(name);
    if (stop) name = name.slice(0, stop.index);
    if (name.length >= 2) return { name, at: m.index! };
  }
  return null;
}

/**
 * Reads a 房屋借住声明 (guide 五（二）4②): the 出借人 (房主, or the 承租人 who lends the home) and the
 * 借住人 by their labels, each one's ID number as the first number after its label and before the
 * other role's, the 房屋坐落, and the 声明日期. The signatures are the page stage's (the pages'
 * signature check); nothing here reads handwriting as a party.
 */
export function extractBorrowingStatement(pages: PageText[]): StatementReading {
  const pageRows = pages.map((p) => groupRows(p));
  const text = pageRows.map((rows) => rows.map((r) => r.text).join('\n')).join('\n');
  const rows = rowLookup(pageRows);
  const parties: Parties = {};
  const checks: Record<string, boolean> = {};
  const lender = nameAt(text, LENDER);
  const borrower = nameAt(text, BORROWER);
  parties.lender = lender?.name ?? null;
  parties.borrower = borrower?.name ?? null;
  if (borrower) parties.borrowerConfidence = rows.ocrAt(borrower.at);
  // Each number belongs to the role label read last before it ("借住人：… 身份证号码：…").
  const labels = [...text.matchAll(ROLE)].map((m) => ({ at: m.index!, who: m[0].startsWith('借住') ? 'borrower' : 'lender' }));
  const owner = (at: number) => [...labels].reverse().find((l) => l.at < at)?.who;
  for (const m of text.matchAll(ID)) {
    const id = fixId(m[1]);
    const who = owner(m.index!);
    if (who === 'lender' && !parties.lenderIdNumber) {
      parties.lenderIdNumber = id;
      checks.lenderIdNumber = isValidIdNumber(id);
    }
    if (who === 'borrower' && !parties.borrowerIdNumber) {
      parties.borrowerIdNumber = id;
      parties.borrowerIdConfidence = rows.ocrAt(m.index!);
      checks.borrowerIdNumber = isValidIdNumber(id);
    }
  }
  const address = ADDRESS.exec(text);
  parties.address = address ? address[1].replace(/^[|\s]+/, '').split(/\s{2,}/)[0].replace(/[,，。;；|\s]+$/, '') : null;
  return { parties, checks, date: statementDate(pageRows.map((r, i) => ({ page: pages[i].page, text: r.map((x) => x.text).join('\n') }))) };
}

/**
 * The date after a 日期 label; with no such label, the last date of the statement (the signing line
 * closes it). A label whose date cannot be read gives none: the body's 借住 date is another date.
 */
function statementDate(pages: { page: number; text: string }[]): StatementReading['date'] {
  let last: StatementReading['date'] = null;
  let labelled = false;
  for (const { page, text } of pages) {
    for (const m of text.matchAll(DATE_LABEL)) {
      labelled = true;
      const d = findDates(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24)).find((x) => x.kind === 'date' && x.iso);
      if (d?.iso) return { date: d.iso, confidence: d.confidence, page, text: d.raw };
    }
    const d = findDates(text).filter((x) => x.kind === 'date' && x.iso).at(-1);
    if (d?.iso) last = { date: d.iso, confidence: Math.min(d.confidence, 0.8), page, text: d.raw };
  }
  return labelled ? null : last;
}
