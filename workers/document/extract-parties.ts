import type { DocumentKind, Parties } from './contract-types.ts';
import type { PageText } from './types.ts';
import { groupRows } from './group-rows.ts';
import { isValidIdNumber } from './validate-id-number.ts';
import { isValidCreditCode } from './validate-credit-code.ts';
import { readIdNumber } from '../../rules/identity/index.ts';
import { looksLikeOrganisation } from './match-vocabulary.ts';
import { findLeaseGaps } from './find-lease-gaps.ts';
import { rowLookup } from './row-offsets.ts';
import { readLeaseAddress } from './read-lease-address.ts';
import { floatingPartyNames } from './floating-party-names.ts';

/** Parties plus how each identifier checked out: a failing checksum is a review signal. */
export interface PartiesExtraction {
  parties: Parties;
  /** Identifier → whether its checksum holds (GB 11643 / GB 32100). */
  checks: Record<string, boolean>;
  /** Lease: required fields (五（二）4③) whose label was read with a blank after it. */
  missing: string[];
  /** Lease: required fields not found for want of a readable label or value (review, not reject). */
  unread: string[];
  /** Evidence text per field. */
  evidence: Record<string, string>;
}

const STOP = /(法定代表人|负责人|委托代理人|地址|住所|住址|通讯地址|联系电话|电话|手机|联系方式|身份证|证件|统一社会信用代码|信用代码|性别|出生|民族|邮编|邮政编码|签字|签章|盖章|\(签|\(盖)/;
const PHONE = /(?<![0-9])(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})(?![0-9])/;
// A mobile number written by hand into a blank is read in groups ("186 45 54 6339").
const SPACED_MOBILE = /(?<![0-9] ?)(1[3-9](?: ?[0-9]){9})(?! ?[0-9])/;
const ID = /(?<![0-9A-Za-z])([0-9OolI]{17}[0-9OolIXx])(?![0-9A-Za-z])/g;

function value(text: string, label: RegExp): { value: string; at: number } | null {
  // OCR reads the colon as ; sometimes (or both, ":;"); forms put 名称/姓名 between the party and the
  // value, and the role in brackets may be misread ("承租方 (Z方)").
  const re = new RegExp(`(?:${label.source})\\s*(?:\\(+[^()\\n]{1,6}\\)+)?\\s*(?:名称|姓名)?\\s*[:：;；]{1,2}\\s*([^\\n]*)`, 'g');
  for (const m of text.matchAll(re)) {
    // "甲方(盖章):" / "乙方(签字):" open the signature block: what follows is no name cell.
    if (/\((?:盖章|签字|签章|签名|签字或盖章|盖章或签字)\)/.test(m[0].slice(0, m[0].length - m[1].length))) continue;
    let v = m[1].split(/\s{2,}/)[0];
    const stop = STOP.exec(v);
    if (stop) v = v.slice(0, stop.index);
    // Marks before the value are the label's (a colon read as a comma: ",杨起"), never the name's.
    v = v.replace(/[_\s,，。;；]+$/g, '').replace(/^[_\s,，。.、:：;；'`]+/, '').trim();
    if (v.replace(/[_\s]/g, '').length >= 2) return { value: v.replace(/\s+/g, ''), at: m.index! };
  }
  return null;
}

/** The value after a bracketed role whose colon OCR read as another mark ("(用人单位) 。name"). */
function roleValue(text: string, role: RegExp): { value: string; at: number } | null {
  const m = new RegExp(`${role.source}\\s*[:：;；。.,，、]\\s*([\\u3400-\\u9fff()]{4,40})`).exec(text);
  return m ? { value: m[1], at: m.index } : null;
}

const ID_LABEL = /(?:公民身份号码|居民身份证号码|身份证号码|身份证号|身份证件号码|证件号码|纳税人识别号)/;

/** A labelled number masked in the middle (`1101**********1234`, `110105********1234`): 18 characters, 4 or more digits shown. */
function maskedId(text: string): { id: string; at: number } | null {
  const m = new RegExp(`${ID_LABEL.source}\\s*[:：]?\\s*([0-9]{1,8}\\s*[*＊]{6,16}\\s*[0-9]{1,4}[0-9Xx]?)`).exec(text);
  if (!m) return null;
  const id = m[1].normalize('NFKC').replace(/\s/g, '');
  const head = /^[0-9]+/.exec(id)![0];
  const tail = /[0-9Xx]+$/.exec(id.slice(head.length))?.[0] ?? '';
  if (head.length + tail.length < 4 || head.length + tail.length > 14) return null;
  return { id: head + '*'.repeat(18 - head.length - tail.length) + tail.toUpperCase(), at: m.index };
}

function fixId(s: string): string {
  return s.replace(/[Oo]/g, '0').replace(/[lI]/g, '1').toUpperCase();
}

// Letters OCR confuses in a printed code; V is outside the GB 32100 set and can only be a misread.
const CONFUSABLE: Record<string, string> = { E: 'F', F: 'E',  V: 'WUY', W: 'V', U: 'VW', Y: 'V', '0': 'DQ', D: '0', Q: '0', '1': 'LT', L: '1', T: '1', '8': 'B', B: '8', '6': 'G', G: '6', M: 'N', N: 'MH', H: 'N' };

/** A code failing its check character, with exactly one single-character confusion that passes, is that code. */
function repairCreditCode(cc: string): string {
  if (cc.length !== 18 || isValidCreditCode(cc)) return cc;
  const fits: string[] = [];
  for (let i = 0; i < 18; i++) {
    for (const alt of CONFUSABLE[cc[i]] ?? '') {
      const candidate = cc.slice(0, i) + alt + cc.slice(i + 1);
      if (isValidCreditCode(candidate)) fits.push(candidate);
    }
  }
  return fits.length === 1 ? fits[0] : cc;
}

function fixCreditCode(s: string): string {
  // Characters 3–8 are the administrative division code: digits only, so a letter there is a slip.
  const u = s.toUpperCase();
  const division = u.slice(2, 8).replace(/[OD]/g, '0').replace(/[ILT]/g, '1').replace(/Z/g, '2').replace(/S/g, '5').replace(/B/g, '8').replace(/G/g, '6');
  s = u.slice(0, 2) + division + u.slice(8);
  // O, I, Z, S, V are not in the GB 32100 set: they can only be misread digits.
  return s.toUpperCase().replace(/O/g, '0').replace(/I/g, '1').replace(/Z/g, '2').replace(/S/g, '5');
}

/**
 * Names, identifiers, phones and address by their labels: 甲方/用人单位 and 统一社会信用代码,
 * 乙方/劳动者 and 身份证号码, 出租人/承租人 with their IDs and phones, 房屋坐落. In a lease every ID
 * and phone belongs to the party whose label precedes it. 劳务派遣 wording → dispatch.
 */
export function extractParties(pages: PageText[], kind: DocumentKind): PartiesExtraction {
  const pageRows = pages.map((p) => groupRows(p));
  const text = pageRows.map((rows) => rows.map((r) => r.text).join('\n')).join('\n');
  const rows = rowLookup(pageRows);
  const parties: Parties = {};
  const checks: Record<string, boolean> = {};
  const evidence: Record<string, string> = {};
  const missing: string[] = [];
  const ids = [...text.matchAll(ID)].map((m) => ({ id: fixId(m[1]), at: m.index! }));
  // The colon may come out as a comma, and a blank's underline as "_" ("统一社会信用代码,_9111…").
  const code = /(?:统一社会信用代码|信用代码|纳税人识别号)\s*[:：;；,，_]{0,3}\s*([0-9A-Z]{18})/i.exec(text.replace(/(?<=[0-9A-Z]) (?=[0-9A-Z])/g, ''));
  const setId = (field: keyof Parties, id: string | undefined) => {
    if (!id) return;
    (parties as Record<string, unknown>)[field] = id;
    checks[field] = isValidIdNumber(id);
  };

  if (kind === 'lease_contract') {
    const lessor = value(text, /出租人(?:\(甲方\))?|出租方(?:\(甲方\))?|甲方(?:\(出租人\)|\(出租方\))?/);
    const lessee = value(text, /承租人(?:\(乙方\))?|承租方(?:\(乙方\))?|乙方(?:\(承租人\)|\(承租方\))?/);
    const labels = [...text.matchAll(/出租人|出租方|甲方|承租人|承租方|乙方/g)].map((m) => ({ at: m.index!, who: /出租|甲/.test(m[0]) ? 'lessor' : 'lessee' }));
    const owner = (at: number) => [...labels].reverse().find((l) => l.at < at)?.who;
    // The bureau form and the agency contract put the parties in a table: "出租人 姓名 <name> 证件类型 …", no colon.
    // Table rules read as "|" and stray quotes may stand between 姓名 and the name ("姓名“| 付萱").
    const cells = [...text.matchAll(/姓名(?:\s|[|｜"“”'‘’,，])+(?!证件|居民)([\u3400-\u9fff·]{2,5})(?=\s|证件|\||$)/gm)].map((m) => ({ who: owner(m.index!), name: m[1] }));
    const floating = floatingPartyNames(pageRows);
    parties.lessor = lessor?.value ?? cells.find((c) => c.who === 'lessor')?.name ?? floating.lessor?.name ?? null;
    parties.lessee = lessee?.value ?? cells.find((c) => c.who === 'lessee')?.name ?? floating.lessee?.name ?? null;
    for (const { id, at } of ids) {
      const who = owner(at);
      if (who === 'lessor' && !parties.lessorIdNumber) setId('lessorIdNumber', id);
      if (who === 'lessee' && !parties.lesseeIdNumber) {
        setId('lesseeIdNumber', id);
        parties.lesseeIdConfidence = rows.ocrAt(at);
      }
    }
    const lesseeAt = lessee?.at ?? (parties.lessee ? text.indexOf(parties.lessee) : -1);
    if (parties.lessee && lesseeAt >= 0) parties.lesseeConfidence = rows.ocrAt(lesseeAt);
    for (const re of [PHONE, SPACED_MOBILE]) {
      for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
        const who = owner(m.index!);
        const phone = m[1].replace(/ /g, '');
        if (who === 'lessor' && !parties.lessorPhone) parties.lessorPhone = phone;
        if (who === 'lessee' && !parties.lesseePhone) parties.lesseePhone = phone;
      }
    }
    parties.address = readLeaseAddress(text);
    const gaps = findLeaseGaps(text, parties, rows.crowdedAt);
    return { parties, checks, missing: gaps.missing, unread: gaps.unread, evidence };
  }

  // The role in brackets is printed, so it survives when 甲方 or the colon does not ("肌方(用人单位) 。北京…").
  const employer = value(text, /甲方(?:\((?:用人单位|聘用单位|用工单位)\))?|用人单位(?:名称)?|聘用单位|单位名称/) ?? roleValue(text, /\((?:用人单位|聘用单位|用工单位)\)/);
  const employee = value(text, /乙方(?:\((?:劳动者|受聘人|员工)\))?|劳动者(?:姓名)?|纳税人名称|纳税人姓名|姓名/);
  if (kind === 'labor_contract' || kind === 'resignation_certificate') {
    parties.employer = employer?.value ?? null;
    if (employer) parties.employerConfidence = rows.ocrAt(employer.at);
  }
  // The card prints no colon; OCR may put a stray mark between label and name ("姓名。 冯勇").
  // A reading that ran the next label on ("李涛性别女") ends the name at that label.
  const cardName = kind === 'id_card' ? /姓名[\s。.,，:：;；'`]*([\u3400-\u9fff·]{2,6}?)(?=性别|民族|出生|[^\u3400-\u9fff·]|$)/.exec(text.replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')) : null;
  // Certificates open with the holder: "马伟，女，1993年10月22日生".
  const holder = kind === 'degree_certificate' || kind === 'title_certificate' ? /(?:^|\n)\s*([\u3400-\u9fff·]{2,5})\s*[,，]\s*[男女]\s*[,，]/.exec(text) : null;
  // Register forms (户口 登记卡) put the value in the next cell, no colon.
  const cellName = /(?:^|\n)\s*姓名\s{2,}([\u3400-\u9fff·]{2,5})(?=\s|$)/.exec(text);
  // A 离职证明 names the holder after 兹证明 and is signed by the unit's name on its own line.
  const certified = kind === 'resignation_certificate' ? /兹证明\s*([\u3400-\u9fff·]{2,5}?)\s*(?:[(（,，]|同志|先生|女士)/.exec(text) : null;
  if (kind === 'resignation_certificate' && !employer) {
    const signed = text.split('\n').map((l) => l.replace(/\s+/g, '')).filter((l) => /^[\u3400-\u9fff()（）]{4,40}$/.test(l) && looksLikeOrganisation(l)).pop();
    if (signed) parties.employer = signed;
  }
  if (certified) parties.employee = certified[1];
  else if (cardName) parties.employee = cardName[1];
  else if (holder) parties.employee = holder[1];
  else if (!employee && cellName) parties.employee = cellName[1];
  else if (employee && /^[\u3400-\u9fff·]{2,6}$|^[A-Za-z][A-Za-z .·-]{1,40}$/.test(employee.value)) parties.employee = employee.value;
  else if (kind === 'id_card' || kind === 'tax_record' || kind === 'labor_contract') parties.employee = employee?.value ?? null;
  if (code) {
    const cc = repairCreditCode(fixCreditCode(code[1]));
    if (kind === 'labor_contract' || kind === 'resignation_certificate' || /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}/.test(cc)) {
      if (!(ids.length > 0 && ids.some((i) => i.id === fixId(code[1])))) {
        parties.employerCreditCode = cc;
        checks.employerCreditCode = isValidCreditCode(cc);
        evidence.employerCreditCode = code[0];
      }
    }
  }
  // An 18-digit 统一社会信用代码 (the withholding agent's 纳税人识别号 on an income printout) is no ID number.
  const isId = (id: string): boolean => readIdNumber(id).id !== null;
  const labelled = [...text.matchAll(new RegExp(`${ID_LABEL.source}\\s*[:：]?\\s*([0-9OolI]{17}[0-9OolIXx])`, 'g'))].find((m) => isId(fixId(m[1])));
  const unlabelled = ids.find((i) => i.id !== parties.employerCreditCode && isId(i.id));
  setId('employeeIdNumber', labelled ? fixId(labelled[1]) : unlabelled?.id);
  const idAt = labelled?.index ?? unlabelled?.at;
  if (parties.employeeIdNumber && idAt !== undefined) parties.employeeIdConfidence = rows.ocrAt(idAt);
  // The tax bureau's printouts mask the middle of the number (1101**********1234): the visible digits.
  const masked = parties.employeeIdNumber ? null : maskedId(text);
  if (masked) {
    parties.employeeIdNumber = masked.id;
    parties.employeeIdConfidence = rows.ocrAt(masked.at);
  }
  const employeeAt = employee && parties.employee === employee.value ? employee.at : parties.employee ? text.indexOf(parties.employee) : -1;
  if (parties.employee && employeeAt >= 0) parties.employeeConfidence = rows.ocrAt(employeeAt);
  if (kind === 'labor_contract' || kind === 'resignation_certificate') {
    parties.dispatch = /劳务派遣|派遣单位|被派遣劳动者|派遣协议|派遣期限/.test(text.replace(/\s+/g, ''));
  }
  return { parties, checks, missing, unread: [], evidence };
}
