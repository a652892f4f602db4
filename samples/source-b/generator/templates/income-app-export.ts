/**
 * 收入纳税明细 as exported from the 个人所得税 app: a plain black-on-white list with a title, the
 * taxpayer block, one row per month and withholding agent, and a 合计 row on the last page.
 */
import type { IncomeQueryDoc, Template, TemplatePage, WageMonth } from '../content.ts';
import { FONT, handlerBlock, handlerBlockMm, rowAnchor, type HandlerArea } from './income-blocks.ts';
import { esc, maskedId, money, month, periodRange, sum, type MonthStyle } from './income-format.ts';
import { splitRows, type PagingSpec } from './income-paging.ts';

export const incomeAppExportPages: Template<IncomeQueryDoc> = (doc, rng) => {
  const r = rng.child('income-app-export');
  const font = r.oneOf([FONT.microHei, FONT.zenHei]);
  const pt = r.oneOf([8.5, 9, 9.5]);
  const titlePt = r.oneOf([15, 16, 18]);
  const ml = r.between(14, 20);
  const mt = r.between(14, 22);
  const mb = r.between(12, 18);
  const widthMm = 210 - 2 * ml;
  const footerMm = 8;
  const bodyMm = 297 - mt - mb - footerMm;
  const rowMm = r.oneOf([7.5, 8, 8.5]);
  const monthStyle: MonthStyle = r.oneOf(['dash', 'dash', 'cn']);
  const grouped = r.yes(0.3);
  const withIndex = r.yes(0.5);
  const title = r.oneOf(['收入纳税明细', '个人所得税收入纳税明细', '收入纳税明细查询']);
  const subItem = r.oneOf(['工资薪金', '正常工资薪金']);
  const itemText = r.oneOf(['工资薪金', '工资薪金所得']);
  const idText = r.yes(0.6) ? maskedId(doc.citizen.idNumber, r) : doc.citizen.idNumber;
  const rows = r.yes(0.5) ? [...doc.rows].sort((a, b) => b.period.localeCompare(a.period)) : [...doc.rows].sort((a, b) => a.period.localeCompare(b.period));
  const range = periodRange(doc.rows.map((w) => w.period));
  const exported = doc.printedAt;
  const side = r.oneOf(['left', 'right'] as const);
  const lastArea: HandlerArea = { widthMm: r.between(80, 100), heightMm: r.between(48, 58), label: null, side };
  const fullArea: HandlerArea = { widthMm: r.between(72, 90), heightMm: 40, label: null, side };
  const totalsNoteMm = 10;

  const spec: PagingSpec = {
    bodyMm,
    firstHeadMm: 44,
    otherHeadMm: 9,
    theadMm: 10,
    rowMm,
    lastTailMm: rowMm + totalsNoteMm + 3 + handlerBlockMm(lastArea),
    otherTailMm: 3 + handlerBlockMm(fullArea),
  };
  const pages = splitRows(rows, spec);

  const css = `
.ia { position:absolute; left:${ml}mm; top:${mt}mm; width:${widthMm}mm; height:${297 - mt - mb}mm; font-family:${font}; font-size:${pt}pt; color:#111; }
.ia .body { height:${bodyMm}mm; display:flex; flex-direction:column; }
.ia .body > * { flex:none; }
.ia .head { height:44mm; }
.ia h1 { font-size:${titlePt}pt; text-align:center; margin:0; padding-top:2mm; height:12mm; font-weight:bold; letter-spacing:1pt; }
.ia .sub { text-align:center; font-size:${pt - 1}pt; color:#444; height:6mm; }
.ia .info { display:grid; grid-template-columns: 1fr 1fr; row-gap:1.5mm; column-gap:6mm; margin-top:3mm; }
.ia .info div { height:5mm; line-height:5mm; white-space:nowrap; }
.ia .cont { height:9mm; line-height:9mm; font-size:${pt + 1}pt; font-weight:bold; }
.ia table { width:100%; border-collapse:collapse; table-layout:fixed; }
.ia th, .ia td { border:0.3mm solid #333; padding:0 1mm; text-align:center; vertical-align:middle; line-height:1.15; overflow:hidden; }
.ia th { height:10mm; font-weight:bold; background:#f2f2f2; }
.ia td { height:${rowMm}mm; }
.ia td.num { text-align:right; font-family:${font}; }
.ia td.payer { font-size:${pt - 0.5}pt; }
.ia td.item { font-size:${pt - 0.5}pt; white-space:nowrap; }
.ia td.code { font-size:${pt - 0.5}pt; letter-spacing:-0.1pt; }
.ia tr.total td { font-weight:bold; }
.ia .note { height:${totalsNoteMm}mm; line-height:${totalsNoteMm}mm; font-size:${pt - 0.5}pt; color:#333; }
.ia .gap { height:3mm; }
.ia .foot { position:absolute; left:0; right:0; bottom:0; height:${footerMm}mm; line-height:${footerMm}mm; text-align:center; font-size:${pt - 0.5}pt; }
`;

  const cols = withIndex ? [5.5, 11, 12.5, 25, 20, 13, 13] : [12, 12.5, 27, 20.5, 14, 14];
  const colgroup = `<colgroup>${cols.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  const thead = `<tr>${withIndex ? '<th>序号</th>' : ''}<th>所得期间</th><th>所得项目</th><th>扣缴义务人</th><th>扣缴义务人纳税人识别号</th><th>收入（元）</th><th>已申报税额（元）</th></tr>`;
  const row = (w: WageMonth, i: number) =>
    `<tr data-anchor="${rowAnchor(w.period)}">${withIndex ? `<td>${i + 1}</td>` : ''}<td>${month(w.period, monthStyle)}</td><td class="item">${itemText}</td><td class="payer">${esc(w.payer)}</td><td class="code">${esc(w.payerCreditCode)}</td><td class="num">${money(w.income, grouped)}</td><td class="num">${money(w.tax, grouped)}</td></tr>`;
  const totals = `<tr class="total"><td colspan="${withIndex ? 5 : 4}">合计</td><td class="num">${money(sum(doc.rows.map((w) => w.income)), grouped)}</td><td class="num">${money(sum(doc.rows.map((w) => w.tax)), grouped)}</td></tr>`;

  const head = `<div class="head"><h1>${title}</h1><div class="sub">导出时间：${esc(exported)}</div>
<div class="info"><div>纳税人姓名：${esc(doc.citizen.name)}</div><div>身份证件类型：居民身份证</div>
<div>身份证件号码：${idText}</div><div>所得项目小类：${subItem}</div>
<div>所得期间：${month(range.from, monthStyle)} 至 ${month(range.to, monthStyle)}</div><div>金额单位：人民币元</div></div></div>`;

  let n = 0;
  return pages.map((pageRows, p): TemplatePage => {
    const last = p === pages.length - 1;
    const rowsHtml = pageRows.map((w) => row(w, n++)).join('');
    const html = `<div class="ia" data-anchor="content"><div class="body">
${p === 0 ? head : `<div class="cont">${title}（续）</div>`}
<table data-anchor="table">${colgroup}<thead>${thead}</thead><tbody>${rowsHtml}${last ? totals : ''}</tbody></table>
${last ? `<div class="note">注：以上数据来源于扣缴义务人的申报信息，收入为税前收入。</div>` : ''}
<div class="gap"></div>${handlerBlock(last ? lastArea : fullArea, pt)}
</div><div class="foot">第 ${p + 1} 页 / 共 ${pages.length} 页</div></div>`;
    return { html, css };
  });
};
