/**
 * 房屋借住声明 as a district's 附件 4 prints it: a bordered table of the two parties and the home,
 * the declaration, and a signature row where each party writes their name by hand, the date typed
 * or written. Its own layout and hand, unlike source A's lined form.
 */
import type { BorrowingStatementDoc, Template } from '../content.ts';
import { cnDate } from './cn-numerals.ts';
import { a4Page, digitsDate, esc, HEI, SONG } from './contract-page.ts';
import { handText, pickPen } from './hand-fill.ts';

export const borrowingStatementPages: Template<BorrowingStatementDoc> = (doc, rng) => {
  const pen = pickPen(rng.child('pen'));
  const side = rng.between(20, 28);
  const top = rng.between(22, 40);
  const font = rng.between(4.0, 4.5);
  const title = rng.oneOf(['房屋借住声明', '借住声明']);
  const d = rng.yes(0.3) ? cnDate : (iso: string) => digitsDate(iso);
  const { lender: l, borrower: b } = doc;
  const sign = (name: string, who: string) => handText(name, { ...pen, sizeMm: pen.sizeMm * 1.3 }, rng, `party-signature-${who}`);
  const signedOn = rng.yes(0.5) ? handText(digitsDate(doc.signedOn), pen, rng, 'statement-date') : esc(d(doc.signedOn));
  const css = `.bs .box{position:absolute;left:${side.toFixed(1)}mm;right:${side.toFixed(1)}mm;top:${top.toFixed(1)}mm;font-size:${font.toFixed(2)}mm;line-height:2}
.bs h1{font-family:${HEI};text-align:center;font-size:1.9em;letter-spacing:3mm;margin:0 0 8mm;font-weight:bold}
.bs table{width:100%;border-collapse:collapse;margin-bottom:8mm}
.bs td{border:0.3mm solid #222;padding:1.5mm 2.5mm;vertical-align:middle}
.bs td.k{width:24%;text-align:center}
.bs p{text-indent:2em;text-align:justify}
.bs .sg{display:flex;justify-content:space-between;margin-top:20mm}
.bs .sg p{text-indent:0}
.bs .dt{text-indent:0;text-align:right;margin-top:8mm}`;
  const html = `<div class="box" data-anchor="content"><h1>${title}</h1>
<table><tr><td class="k">出借人姓名</td><td>${esc(l.name)}</td><td class="k">身份证号码</td><td>${esc(l.idNumber)}</td></tr>
<tr><td class="k">借住人姓名</td><td>${esc(b.name)}</td><td class="k">身份证号码</td><td>${esc(b.idNumber)}</td></tr>
<tr><td class="k">房屋地址</td><td colspan="3">${esc(doc.address)}</td></tr></table>
<p>上述房屋由出借人${esc(l.name)}以${doc.holds}身份合法使用。借住人${esc(b.name)}与出借人系${esc(doc.relation)}关系，经双方协商，出借人同意借住人自${esc(d(doc.from))}起无偿借住该房屋，不收取租金。借住人在北京市工作期间以该房屋作为住所。</p>
<p>双方保证以上内容真实，如有虚假，愿承担相应责任。</p>
<p>特此声明。</p>
<div class="sg"><p>出借人签字：${sign(l.name, 'lender')}</p><p>借住人签字：${sign(b.name, 'borrower')}</p></div>
<p class="dt">日期：${signedOn}</p></div>`;
  return [a4Page('bs', css, html, SONG)];
};
