/**
 * 个人所得税纳税记录 as printed from the 自然人电子税务局 web site (or at the service hall): a Song-type
 * form with a ruled taxpayer block, the table, 金额合计, the notes, and 开具机关（盖章）/开具时间 under
 * the bureau's printed round seal. Printed from a browser it may carry the print header and footer.
 */
import type { Template, TaxRecordDoc, TemplatePage } from '../content.ts';
import { FONT, handlerBlock, handlerBlockMm, pickLabel, type HandlerArea } from './income-blocks.ts';
import { bureauPrintChrome, chromeLines } from './income-chrome.ts';
import { day, esc, month, periodRange } from './income-format.ts';
import { splitRows, type PagingSpec } from './income-paging.ts';
import { bureauSeal, NOT_A_VOUCHER, pickTaxRowStyle, TAX_HEAD, TAX_NOTES, taxRow, taxTotals, verificationCode } from './tax-blocks.ts';

const ISSUER = '国家税务总局北京市税务局';

export const taxBureauWebPages: Template<TaxRecordDoc> = (doc, rng) => {
  const r = rng.child('tax-bureau-web');
  const font = r.oneOf([FONT.sung, FONT.sung, FONT.zenHei]);
  const pt = r.oneOf([9, 9.5, 10]);
  const withChrome = r.yes(0.6);
  const ml = r.between(12, 17);
  const mt = withChrome ? r.between(4, 6) : r.between(12, 16);
  const chromeMm = withChrome ? 7 : 0;
  const widthMm = 210 - 2 * ml;
  const contentMm = 297 - 2 * mt;
  const footerMm = withChrome ? 7 : 8;
  const bodyMm = contentMm - chromeMm - footerMm;
  const rowMm = r.oneOf([7.5, 8, 8.5]);
  const style = pickTaxRowStyle(r);
  const code = verificationCode(r);
  const rows = [...doc.rows].sort((a, b) => a.period.localeCompare(b.period));
  const range = periodRange(doc.rows.map((w) => w.period));
  const chrome = bureauPrintChrome(doc);
  const sealMm = r.between(38, 42);
  const withIndex = r.yes(0.5);
  const cols = withIndex ? 7 : 6;

  const labels = Array.from({ length: 8 }, (_, i) => pickLabel(r.child(`label-${i}`), 0.5));
  const lastArea = (label: string | null): HandlerArea => ({ widthMm: r.between(85, 95), heightMm: 46, label, side: 'left' });
  const fullArea = (label: string | null): HandlerArea => ({ widthMm: 80, heightMm: 40, label, side: r.oneOf(['left', 'right']) });
  const notesMm = 24;
  const headMm = 50;
  const issuerMm = 46;
  const spec: PagingSpec = {
    bodyMm,
    firstHeadMm: headMm,
    otherHeadMm: 0,
    theadMm: 11,
    rowMm,
    lastTailMm: rowMm + 2 + notesMm + Math.max(issuerMm, handlerBlockMm(lastArea('x'))),
    otherTailMm: 4 + handlerBlockMm(fullArea('x')),
  };
  const pages = splitRows(rows, spec);

  const css = `
.tb { position:absolute; left:${ml}mm; top:${mt}mm; width:${widthMm}mm; height:${contentMm}mm; font-family:${font}; font-size:${pt}pt; color:#000; }
.tb .body { position:absolute; left:0; right:0; top:${chromeMm}mm; height:${bodyMm}mm; display:flex; flex-direction:column; }
.tb .body > * { flex:none; }
.tb .head { height:${headMm}mm; }
.tb h1 { margin:2mm 0 0; height:12mm; text-align:center; font-size:${pt + 9}pt; letter-spacing:2pt; font-weight:bold; }
.tb .meta { height:7mm; display:flex; justify-content:space-between; align-items:center; }
.tb .form { width:100%; border-collapse:collapse; table-layout:fixed; }
.tb .form td { border:0.3mm solid #000; height:7mm; padding:0 2mm; text-align:left; }
.tb .form td.k { text-align:center; }
.tb .unit { text-align:right; height:6mm; line-height:6mm; margin-top:1mm; }
.tb table.data { width:100%; border-collapse:collapse; table-layout:fixed; }
.tb .data th, .tb .data td { border:0.3mm solid #000; padding:0 1mm; text-align:center; vertical-align:middle; line-height:1.15; overflow:hidden; }
.tb .data th { height:11mm; font-weight:bold; }
.tb .data td { height:${rowMm}mm; }
.tb .data td.num { text-align:right; }
.tb .data td.per { font-size:${style.period === 'span' ? pt - 2 : pt}pt; }
.tb .data td.auth { font-size:${pt - 1.5}pt; }
.tb .data td.words { text-align:left; font-weight:bold; }
.tb .data td.nw { white-space:nowrap; }
.tb .data td.item { white-space:nowrap; font-size:${pt - 1.5}pt; }
.tb .notes { height:${notesMm}mm; margin-top:2mm; padding-top:1mm; box-sizing:border-box; font-size:${pt - 1}pt; line-height:1.4; }
.tb .notes p { margin:0; }
.tb .sign { display:flex; justify-content:space-between; align-items:flex-start; }
.tb .issuer { position:relative; width:72mm; height:${issuerMm}mm; }
.tb .issuer .lines { position:absolute; left:0; top:14mm; line-height:2; white-space:nowrap; }
.tb .issuer .seal { position:absolute; left:${r.between(14, 24).toFixed(1)}mm; top:${r.between(0, 4).toFixed(1)}mm; }
.tb .gap { height:4mm; }
.tb .foot { position:absolute; left:0; right:0; bottom:0; height:8mm; line-height:8mm; text-align:center; font-size:${pt - 1}pt; }
`;

  const colgroup = `<colgroup>${(withIndex ? [6, 16, 12, 11, 14, 13, 28] : [17, 13, 12, 15, 14, 29]).map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  const thead = `<tr>${withIndex ? '<th>序号</th>' : ''}${TAX_HEAD.map((h) => `<th>${h}</th>`).join('')}</tr>`;
  const head = `<div class="head"><h1>中华人民共和国个人所得税纳税记录</h1>
<div class="meta"><span>证明编号：${esc(doc.recordNo)}</span><span>查询验证码：${code}</span></div>
<table class="form"><colgroup><col style="width:18%"><col style="width:32%"><col style="width:18%"><col style="width:32%"></colgroup>
<tr><td class="k">纳税人名称</td><td>${esc(doc.citizen.name)}</td><td class="k">纳税人识别号</td><td>${doc.citizen.idNumber}</td></tr>
<tr><td class="k">身份证件类型</td><td>居民身份证</td><td class="k">身份证件号码</td><td>${doc.citizen.idNumber}</td></tr>
<tr><td class="k">税款所属期间</td><td colspan="3">${month(range.from, 'cn')}至${month(range.to, 'cn')}</td></tr></table>
<div class="unit">金额单位：人民币元</div></div>`;
  const notes = `<div class="notes"><p>${NOT_A_VOUCHER}</p>${TAX_NOTES.map((t, i) => `<p>${i + 1}. ${t}</p>`).join('')}</div>`;
  const issuer = `<div class="issuer"><div class="lines">开具机关（盖章）：${ISSUER}<br>开具时间：${day(doc.issuedOn, 'cn')}</div>
<div class="seal" data-anchor="issuer-seal">${bureauSeal(r.child('seal'), ISSUER, sealMm)}</div></div>`;

  let n = 0;
  return pages.map((pageRows, p): TemplatePage => {
    const last = p === pages.length - 1;
    const label = labels[p % labels.length]!;
    const lines = withChrome ? chromeLines(chrome, p + 1, pages.length, FONT.microHei, 7) : { top: '', bottom: '' };
    const rowsHtml = pageRows.map((w) => taxRow(w, style, withIndex ? ++n : undefined)).join('');
    const tail = last
      ? `${notes}<div class="sign">${handlerBlock(lastArea(label), pt)}${issuer}</div>`
      : `<div class="gap"></div>${handlerBlock(fullArea(label), pt)}`;
    const html = `<div class="tb" data-anchor="content">${lines.top}<div class="body">
${p === 0 ? head : ''}
<table class="data" data-anchor="table">${colgroup}<thead>${thead}</thead><tbody>${rowsHtml}${last ? taxTotals(doc, cols, style.grouped) : ''}</tbody></table>
${tail}
</div>${withChrome ? lines.bottom : `<div class="foot">第 ${p + 1} 页 共 ${pages.length} 页</div>`}</div>`;
    return { html, css };
  });
};
