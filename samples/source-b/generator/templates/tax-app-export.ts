/**
 * 个人所得税纳税记录 as the 个人所得税 app exports it: 证明编号 and a QR square with the 查询验证码
 * at the top, the three-line title, the taxpayer block, the table, 金额合计 in words and figures, the
 * 说明 notes, 开具时间 and 当前第N页，共M页. No printed seal on this layout.
 */
import type { Template, TaxRecordDoc, TemplatePage } from '../content.ts';
import { FONT, handlerBlock, handlerBlockMm, type HandlerArea } from './income-blocks.ts';
import { day, esc, maskedId, month, periodRange } from './income-format.ts';
import { splitRows, type PagingSpec } from './income-paging.ts';
import { NOT_A_VOUCHER, pickTaxRowStyle, pseudoQr, TAX_HEAD, TAX_NOTES, taxRow, taxTotals, verificationCode } from './tax-blocks.ts';

export const taxAppExportPages: Template<TaxRecordDoc> = (doc, rng) => {
  const r = rng.child('tax-app-export');
  const font = r.oneOf([FONT.zenHei, FONT.microHei]);
  const pt = r.oneOf([8.5, 9, 9.5]);
  const ml = r.between(15, 20);
  const mt = r.between(12, 18);
  const mb = r.between(12, 16);
  const widthMm = 210 - 2 * ml;
  const footerMm = 8;
  const bodyMm = 297 - mt - mb - footerMm;
  const rowMm = r.oneOf([7.5, 8]);
  const style = pickTaxRowStyle(r);
  const idShown = r.yes(0.3) ? maskedId(doc.citizen.idNumber, r) : doc.citizen.idNumber;
  const code = verificationCode(r);
  const qr = pseudoQr(r.child('qr'), 21);
  const rows = [...doc.rows].sort((a, b) => a.period.localeCompare(b.period));
  const range = periodRange(doc.rows.map((w) => w.period));
  const side = r.oneOf(['left', 'right'] as const);
  const lastArea: HandlerArea = { widthMm: r.between(78, 95), heightMm: r.between(46, 50), label: null, side };
  const fullArea: HandlerArea = { widthMm: r.between(72, 88), heightMm: 40, label: null, side };
  const notesMm = 26;
  const headMm = 58;

  const spec: PagingSpec = {
    bodyMm,
    firstHeadMm: headMm,
    otherHeadMm: 0,
    theadMm: 10,
    rowMm,
    lastTailMm: rowMm + 2 + notesMm + handlerBlockMm(lastArea),
    otherTailMm: 3 + handlerBlockMm(fullArea),
  };
  const pages = splitRows(rows, spec);

  const css = `
.ta { position:absolute; left:${ml}mm; top:${mt}mm; width:${widthMm}mm; height:${297 - mt - mb}mm; font-family:${font}; font-size:${pt}pt; color:#000; }
.ta .body { height:${bodyMm}mm; display:flex; flex-direction:column; }
.ta .body > * { flex:none; }
.ta .head { height:${headMm}mm; position:relative; }
.ta .no { position:absolute; left:0; top:4mm; font-size:${pt}pt; }
.ta .no b { color:#c00; font-weight:normal; }
.ta .qr { position:absolute; right:0; top:0; width:34mm; text-align:center; font-size:${pt - 1}pt; }
.ta .qr svg { margin:0 auto 1mm; }
.ta .qr .code { font-family:'WenQuanYi Micro Hei Mono', ${font}; letter-spacing:0.4pt; word-break:break-all; width:24mm; margin:0 auto; }
.ta .title { position:absolute; left:36mm; right:36mm; top:8mm; text-align:center; }
.ta .title .l1 { font-size:${pt + 5}pt; letter-spacing:3pt; }
.ta .title .l2 { font-size:${pt + 9}pt; font-weight:bold; letter-spacing:2pt; margin-top:1.5mm; }
.ta .title .l3 { font-size:${pt}pt; margin-top:1.5mm; }
.ta .info { position:absolute; left:0; right:0; bottom:2mm; display:grid; grid-template-columns:1.1fr 1fr; row-gap:1.6mm; }
.ta .info div { height:5mm; line-height:5mm; white-space:nowrap; }
.ta .info .unit { text-align:right; }
.ta table { width:100%; border-collapse:collapse; table-layout:fixed; }
.ta th, .ta td { border:0.25mm solid #000; padding:0 1mm; text-align:center; vertical-align:middle; line-height:1.15; overflow:hidden; }
.ta th { height:10mm; font-weight:bold; }
.ta td { height:${rowMm}mm; }
.ta td.num { text-align:right; }
.ta td.per { font-size:${style.period === 'span' ? pt - 1.5 : pt}pt; }
.ta td.auth { font-size:${pt - 1}pt; }
.ta td.nw { white-space:nowrap; }
.ta td.item { white-space:nowrap; font-size:${pt - 1}pt; }
.ta td.words { text-align:left; font-weight:bold; }
.ta .notes { height:${notesMm}mm; margin-top:2mm; font-size:${pt - 0.5}pt; line-height:1.45; }
.ta .notes p { margin:0; }
.ta .notes .issued { text-align:right; margin-top:1mm; }
.ta .foot { position:absolute; left:0; right:0; bottom:0; height:${footerMm}mm; line-height:${footerMm}mm; text-align:center; font-size:${pt - 0.5}pt; }
`;

  const colgroup = `<colgroup>${[17, 13, 12, 15, 14, 29].map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  const thead = `<tr>${TAX_HEAD.map((h) => `<th>${h}</th>`).join('')}</tr>`;
  const head = `<div class="head">
<div class="no">证明编号：<b>${esc(doc.recordNo)}</b></div>
<div class="qr">${qr}<div>查询验证码</div><div class="code">${code}</div></div>
<div class="title"><div class="l1">中华人民共和国</div><div class="l2">个人所得税纳税记录</div><div class="l3">（原《税收完税证明》）</div></div>
<div class="info"><div>纳税人名称：${esc(doc.citizen.name)}</div><div>纳税人识别号：${idShown}</div>
<div>身份证件类型：居民身份证</div><div>身份证件号码：${idShown}</div>
<div>税款所属期间：${month(range.from, 'cn')} 至 ${month(range.to, 'cn')}</div><div class="unit">金额单位：人民币元</div></div></div>`;
  const notes = `<div class="notes"><p>说明：</p>${TAX_NOTES.map((t, i) => `<p>${i + 1}. ${t}</p>`).join('')}<p>${NOT_A_VOUCHER}</p><p class="issued">开具时间：${day(doc.issuedOn, 'cn')}</p></div>`;

  return pages.map((pageRows, p): TemplatePage => {
    const last = p === pages.length - 1;
    const html = `<div class="ta" data-anchor="content"><div class="body">
${p === 0 ? head : ''}
<table data-anchor="table">${colgroup}<thead>${thead}</thead><tbody>${pageRows.map((w) => taxRow(w, style)).join('')}${last ? taxTotals(doc, 6, style.grouped) : ''}</tbody></table>
${last ? notes : '<div style="height:3mm"></div>'}${handlerBlock(last ? lastArea : fullArea, pt)}
</div><div class="foot">当前第${p + 1}页，共${pages.length}页</div></div>`;
    return { html, css };
  });
};
