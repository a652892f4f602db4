/**
 * The parts of a labour contract page that are not clauses: the title blocks of the three
 * templates, the parties block and the signature block (which carries `seal-zone`).
 */
import type { LaborContractDoc } from '../content.ts';
import type { RandomStream } from '../rng.ts';
import { digitsDate, esc } from './contract-page.ts';
import { blank, handText, type Pen } from './hand-fill.ts';
import { dispatchClause, type ClauseCtx } from './contract-clauses.ts';

export type FieldFn = (value: string, widthMm: number, anchor?: string) => string;

export function contractNo(doc: LaborContractDoc, rng: RandomStream): string {
  return `${doc.signedOn.slice(0, 4)}${rng.oneOf(['HT', 'LD', 'RS', ''])}${String(rng.integer(1, 9999)).padStart(4, '0')}`;
}

/** Title block. `cover` = the formal contract's cover-like first half page. */
export function titleHtml(doc: LaborContractDoc, template: LaborContractDoc['template'], cover: boolean, f: FieldFn, no: string): string {
  if (template === 'formal' && cover) {
    return `<div class="cover"><div class="no">合同编号：${esc(no)}</div><div class="big">劳动合同书</div>
<div class="coverlines"><p>甲方（用人单位）：<span class="cl">${esc(doc.employer.name)}</span></p><p>乙方（劳动者）：<span class="cl">${esc(doc.employee.name)}</span></p><p>签订日期：<span class="cl">${esc(digitsDate(doc.signedOn))}</span></p></div></div>`;
  }
  if (template === 'formal') return `<div class="no">合同编号：${esc(no)}</div><div class="title">劳动合同书</div>`;
  if (template === 'fill-in') {
    const kind = doc.placedAt ? '劳务派遣' : doc.end ? '固定期限' : '无固定期限';
    return `<div class="no">编号：${f(no, 30)}</div><div class="title">北京市劳动合同书</div><div class="sub">（${kind}）</div>`;
  }
  return `<div class="title">${esc(doc.employer.shortName)}劳动合同</div><div class="no">合同编号：${esc(no)}</div>`;
}

export function partiesHtml(doc: LaborContractDoc, f: FieldFn, compact: boolean): string {
  const e = doc.employer;
  const p = doc.employee;
  const sex = p.sex === 'male' ? '男' : '女';
  if (compact) {
    return `<div class="parties compact"><p><b>甲方：</b>${f(e.name, 60, 'blank-employer')}\u3000统一社会信用代码：${f(e.creditCode, 45)}</p>
<p>住所：${f(e.address, 60)}\u3000法定代表人：${f(e.legalRep, 20)}</p>
<p><b>乙方：</b>${f(p.name, 20, 'blank-employee')}\u3000性别：${f(sex, 8)}\u3000身份证号码：${f(p.idNumber, 50, 'blank-employee-id')}</p>
<p>户籍地址：${f(p.address, 70)}\u3000联系电话：${f(p.phone, 30)}</p></div>`;
  }
  return `<div class="parties"><p>甲方（用人单位）：${f(e.name, 80, 'blank-employer')}</p>
<p>统一社会信用代码：${f(e.creditCode, 60)}</p>
<p>住\u3000\u3000所：${f(e.address, 90)}</p>
<p>法定代表人（主要负责人）：${f(e.legalRep, 30)}</p>
<p class="gap">乙方（劳动者）：${f(p.name, 30, 'blank-employee')}\u3000\u3000性别：${f(sex, 10)}</p>
<p>居民身份证号码：${f(p.idNumber, 62, 'blank-employee-id')}</p>
<p>户籍地址：${f(p.address, 90)}</p>
<p>联系电话：${f(p.phone, 40)}</p></div>`;
}

/**
 * The signature block: 甲方（盖章） over an empty area (the `seal-zone`), 乙方（签字） with the
 * employee's own signature in ink, the signing dates (typed, or written by hand on the form).
 */
export function signatureHtml(doc: LaborContractDoc, c: ClauseCtx, pen: Pen, rng: RandomStream, handDate: boolean, sealMm: number): string {
  const date = handDate ? blank(36, digitsDate(doc.signedOn), pen, rng, 'blank-signed') : esc(digitsDate(doc.signedOn));
  const date2 = handDate ? blank(36, digitsDate(doc.signedOn), pen, rng) : esc(digitsDate(doc.signedOn));
  const dispatch = doc.placedAt ? `<p class="para">${dispatchClause(c)}</p>` : '';
  const name = handText(doc.employee.name, { ...pen, sizeMm: pen.sizeMm * 1.35 }, rng, 'party-signature-employee');
  return `<div class="sig">${dispatch}<p class="none">（以下无正文）</p>
<div class="sigrow"><div class="sigcol" data-anchor="seal-zone" style="min-height:${sealMm.toFixed(0)}mm"><p>甲方（盖章）：</p><p class="sp"></p><p>法定代表人或委托代理人（签字）：</p><p>签订日期：${date}</p></div>
<div class="sigcol"><p>乙方（签字）：${name}</p><p class="sp"></p><p>&nbsp;</p><p>签订日期：${date2}</p></div></div></div>`;
}
