/**
 * A 学位证书 copied onto A4: a landscape certificate (wider than tall) inside the portrait sheet,
 * framed in a double rule, the text in a Kai face as these certificates print it, the date in
 * Chinese numerals, the 证书编号 at the foot.
 */
import type { DegreeDoc, Template } from '../content.ts';
import { cnDate } from './cn-numerals.ts';
import { a4Page, esc, HEI, KAI_PRINT, SONG } from './contract-page.ts';

const SILHOUETTE = `<svg viewBox="0 0 60 80" width="100%" height="100%"><rect width="60" height="80" fill="#f1f3f4"/><ellipse cx="30" cy="30" rx="12" ry="15" fill="#a2aaaf"/><path d="M5 80 C7 58 18 52 30 52 C42 52 53 58 55 80 Z" fill="#a2aaaf"/></svg>`;

export const degreePages: Template<DegreeDoc> = (doc, rng) => {
  const c = doc.citizen;
  const level = /博士/.test(doc.degree) ? '博士' : /硕士/.test(doc.degree) ? '硕士' : '学士';
  const degree = doc.degree.replace(/学位$/, '');
  const study = level === '学士' ? '本科' : level === '硕士' ? '硕士研究生' : '博士研究生';
  const [y, m, d] = c.birth.split('-').map(Number);
  const frame = rng.oneOf(['#7a1f1f', '#1f3f7a', '#2c5a3a', '#5a4420']);
  const w = rng.between(178, 192);
  const h = w * rng.between(0.68, 0.72);
  const left = (210 - w) / 2 + rng.between(-5, 5);
  const top = rng.between(20, 297 - h - 40);
  const president = rng.oneOf(['张建华', '李明德', '王立平', '陈国强']);
  const css = `.dg .box{position:absolute;left:${left.toFixed(1)}mm;top:${top.toFixed(1)}mm;width:${w.toFixed(1)}mm;height:${h.toFixed(1)}mm;border:1.2mm double ${frame};padding:4mm;background:#fdfcf8}
.dg .in{position:absolute;inset:3mm;border:0.3mm solid ${frame}}
.dg h1{position:absolute;top:12mm;left:0;right:0;text-align:center;font-family:${HEI};font-size:9mm;letter-spacing:3mm;color:${frame};margin:0}
.dg .ph{position:absolute;left:14mm;top:30mm;width:26mm;height:35mm;border:0.2mm solid #aaa}
.dg .tx{position:absolute;left:50mm;right:14mm;top:33mm;font-family:${KAI_PRINT};font-size:4.6mm;line-height:2;text-indent:2em;text-align:justify}
.dg .sg{position:absolute;right:14mm;bottom:20mm;font-family:${KAI_PRINT};font-size:4.2mm;line-height:1.9;text-align:left}
.dg .dt{position:absolute;right:14mm;bottom:11mm;font-family:${SONG};font-size:4mm}
.dg .no{position:absolute;left:14mm;bottom:11mm;font-family:${SONG};font-size:3.4mm}`;
  const text = `${c.name}，${c.sex === 'male' ? '男' : '女'}，${y}年${m}月${d}日生。在${doc.university}${doc.major}专业完成了${study}学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予${degree}学位。`;
  const html = `<div class="box" data-anchor="content"><div class="in"></div><h1>${level}学位证书</h1><div class="ph">${SILHOUETTE}</div>
<div class="tx">${esc(text)}</div>
<div class="sg">${esc(doc.university)}<br>校\u3000\u3000长<br>学位评定委员会主席\u3000${esc(president)}</div>
<div class="dt">${esc(cnDate(doc.awardedOn))}</div><div class="no">证书编号：${esc(doc.certificateNo)}</div></div>`;
  return [a4Page('dg', css, html)];
};
