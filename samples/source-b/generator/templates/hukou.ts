/**
 * A 户口本 page: the 常住人口登记卡 table, copied at 1:1 or a little enlarged onto A4. The red
 * 户口专用章 is not drawn here (it is an issuer's seal, the marks model's business).
 */
import type { HukouDoc, Template } from '../content.ts';
import { a4Page, digitsDate, esc, SONG, MICRO_HEI } from './contract-page.ts';

export const hukouPages: Template<HukouDoc> = (doc, rng) => {
  const c = doc.citizen;
  const scale = rng.oneOf([1, 1, 1.2, 1.35]);
  const w = 144 * scale;
  const left = rng.between(10, 210 - w - 10);
  const top = rng.between(12, 60);
  const province = c.address.match(/^(.+?[省市])/)?.[1] ?? '北京市';
  const district = c.address.match(/^(.+?[区县])/)?.[1] ?? province;
  const relation = rng.oneOf(['户主', '子', '女', '孙子', '孙女', '妻']);
  const edu = rng.oneOf(['大学本科', '研究生', '大学专科']);
  const married = rng.oneOf(['未婚', '已婚']);
  const printed = rng.yes(0.5) ? MICRO_HEI : SONG;
  const v = (s: string) => `<td class="v">${esc(s)}</td>`;
  const v2 = (s: string) => `<td class="v" colspan="2">${esc(s)}</td>`;
  const css = `.hk .box{position:absolute;left:${left.toFixed(1)}mm;top:${top.toFixed(1)}mm;width:${w.toFixed(1)}mm;font-size:${(2.6 * scale).toFixed(2)}mm;border:0.3mm solid #6d7f8a;padding:${(3 * scale).toFixed(1)}mm;background:linear-gradient(180deg,#fbfcfd,#f4f7f8)}
.hk h1{font-family:${SONG};font-size:${(5 * scale).toFixed(2)}mm;text-align:center;letter-spacing:${(1.5 * scale).toFixed(1)}mm;margin:0 0 ${(2 * scale).toFixed(1)}mm;font-weight:bold;color:#223}
.hk table{width:100%;border-collapse:collapse;table-layout:fixed}
.hk td{border:0.25mm solid #51636e;height:${(6.3 * scale).toFixed(1)}mm;padding:0 ${scale.toFixed(1)}mm;line-height:1.15;color:#3c4e5a;text-align:center}
.hk td.v{color:#111;font-family:${printed};text-align:left;font-size:1.12em}
.hk .ft{display:flex;justify-content:space-between;margin-top:${(2 * scale).toFixed(1)}mm;color:#3c4e5a}
.hk .ft b{color:#111;font-weight:normal;font-family:${printed}}`;
  const rows = `<tr><td>姓\u3000名</td>${v(c.name)}<td>户主或与<br>户主关系</td>${v2(relation)}</tr>
<tr><td>曾用名</td>${v('')}<td>性\u3000别</td>${v2(c.sex === 'male' ? '男' : '女')}</tr>
<tr><td>出生地</td>${v(district)}<td>民\u3000族</td>${v2('汉')}</tr>
<tr><td>籍\u3000贯</td>${v(province)}<td>出生日期</td>${v2(digitsDate(c.birth, true))}</tr>
<tr><td>本市（县）<br>其他住址</td><td class="v" colspan="4">${esc(c.address)}</td></tr>
<tr><td>宗教信仰</td>${v('')}<td>公民身份<br>证件编号</td><td class="v" colspan="2">${esc(c.idNumber)}</td></tr>
<tr><td>身\u3000高</td>${v(`${rng.integer(155, 185)}厘米`)}<td>血\u3000型</td><td class="v" colspan="2">${esc(rng.oneOf(['A', 'B', 'O', 'AB', '']))}</td></tr>
<tr><td>文化程度</td>${v(edu)}<td>婚姻状况</td><td class="v" colspan="2">${esc(married)}</td></tr>
<tr><td>兵役状况</td>${v('未服兵役')}<td>服务处所</td><td class="v" colspan="2"></td></tr>
<tr><td>职\u3000业</td><td class="v" colspan="4"></td></tr>
<tr><td>何时由何地迁<br>来本市（县）</td><td class="v" colspan="4">${rng.yes(0.5) ? '' : esc(`${doc.registeredOn.slice(0, 4)}年${doc.registeredOn.slice(5, 7)}月 由 河北省石家庄市迁来`)}</td></tr>
<tr><td>何时由何地<br>迁来本址</td><td class="v" colspan="4"></td></tr>`;
  const html = `<div class="box" data-anchor="content"><h1>常住人口登记卡</h1><table><colgroup><col style="width:18%"><col style="width:27%"><col style="width:16%"><col style="width:22%"><col style="width:17%"></colgroup>${rows}</table>
<div class="ft"><span>承办人签章：<b>${esc(rng.oneOf(['王伟', '李静', '张敏', '刘洋', '赵磊']))}</b></span><span>登记日期：<b>${esc(digitsDate(doc.registeredOn, true))}</b></span></div></div>`;
  return [a4Page('hk', css, html)];
};
