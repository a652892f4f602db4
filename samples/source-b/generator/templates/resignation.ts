/**
 * 离职证明: a short letter from the employer (sometimes on a letterhead), the dates in the body,
 * the employer's name and date at the foot inside `data-anchor="seal-zone"`, where it seals.
 */
import type { ResignationDoc, Template } from '../content.ts';
import { cnDate } from './cn-numerals.ts';
import { a4Page, digitsDate, esc, HEI, MICRO_HEI, SONG } from './contract-page.ts';

export const resignationPages: Template<ResignationDoc> = (doc, rng) => {
  const c = doc.citizen;
  const e = doc.employer;
  const side = rng.between(20, 30);
  const top = rng.between(18, 45);
  const font = rng.between(4.0, 4.6);
  const lh = rng.between(1.8, 2.3);
  const letterhead = rng.yes(0.5);
  const body = rng.oneOf([SONG, SONG, MICRO_HEI]);
  const job = rng.oneOf(['软件工程师', '销售经理', '会计', '产品经理', '行政专员', '项目经理', '测试工程师']);
  // One date style per letter: typed digits mostly, Chinese numerals in some firms' templates.
  const cnDates = rng.yes(0.25);
  const d = (iso: string) => (cnDates ? cnDate(iso) : digitsDate(iso));
  const reason = rng.oneOf(['因个人原因申请离职', '因合同期满不再续签', '经双方协商一致解除劳动合同']);
  const css = `.rs .box{position:absolute;left:${side.toFixed(1)}mm;right:${side.toFixed(1)}mm;top:${top.toFixed(1)}mm;font-size:${font.toFixed(2)}mm;line-height:${lh.toFixed(2)}}
.rs .lh{font-family:${HEI};font-size:1.25em;text-align:center;border-bottom:0.6mm solid #333;padding-bottom:1.5mm;margin-bottom:8mm;letter-spacing:0.5mm}
.rs h1{font-family:${HEI};text-align:center;font-size:2em;letter-spacing:4mm;margin:0 0 8mm;font-weight:bold}
.rs p{text-indent:2em;text-align:justify}
.rs .to{text-indent:0}
.rs .sz{margin:16mm 0 0 auto;width:78mm;min-height:46mm;text-align:center;line-height:2.2}
.rs .sz p{text-indent:0;text-align:center}`;
  const html = `<div class="box" data-anchor="content">${letterhead ? `<div class="lh">${esc(e.name)}</div>` : ''}<h1>离职证明</h1>
${rng.yes(0.4) ? '<p class="to">致相关单位：</p>' : ''}
<p>兹证明${esc(c.name)}（身份证号码：${esc(c.idNumber)}）自${esc(d(doc.start))}起在我公司工作，担任${esc(job)}职务，于${esc(d(doc.leftOn))}${reason}，已办理完毕离职交接手续。自${esc(d(doc.leftOn))}起，我公司与其劳动关系解除。</p>
<p>我公司与该员工无劳动纠纷，该员工未与我公司签订竞业限制协议。</p>
<p>特此证明。</p>
<div class="sz" data-anchor="seal-zone"><p>${esc(e.name)}</p><p>（盖章）</p><p>${esc(d(doc.issuedOn))}</p></div></div>`;
  return [a4Page('rs', css, html, body)];
};
