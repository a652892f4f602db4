/**
 * 收入纳税明细查询 on the 自然人电子税务局 web site, printed by the browser: print header (date,
 * page title) and footer (URL, n/m), the site banner (its blue background printed or dropped, as
 * the "background graphics" print option decides), the query form and a light web table with 合计.
 * Browsers repeat the table header on every printed page; the page furniture prints only once.
 */
import type { IncomeQueryDoc, Template, TemplatePage, WageMonth } from '../content.ts';
import { FONT, handlerBlock, handlerBlockMm, pickLabel, rowAnchor, type HandlerArea } from './income-blocks.ts';
import { bureauPrintChrome, chromeLines } from './income-chrome.ts';
import { esc, maskedId, money, month, periodRange, sum, type MonthStyle } from './income-format.ts';
import { splitRows, type PagingSpec } from './income-paging.ts';

export const incomeBureauWebPages: Template<IncomeQueryDoc> = (doc, rng) => {
  const r = rng.child('income-bureau-web');
  const font = r.oneOf([FONT.microHei, FONT.zenHei, FONT.microHei]);
  const pt = r.oneOf([7.5, 8, 8.5]);
  const ml = r.between(8, 12);
  const mt = r.between(4, 6);
  const widthMm = 210 - 2 * ml;
  const contentMm = 297 - 2 * mt;
  const bodyMm = contentMm - 2 * 7; // header and footer bands
  const rowMm = r.oneOf([7, 7.5, 8]);
  const backgrounds = r.yes(0.6);
  const blue = r.oneOf(['#1f5fb4', '#2b6cc4', '#1a56a6']);
  const monthStyle: MonthStyle = r.oneOf(['dash', 'dash', 'cn']);
  const idText = r.yes(0.7) ? maskedId(doc.citizen.idNumber, r) : doc.citizen.idNumber;
  // The site lists the newest month first; some prints were re-sorted oldest first.
  const rows = [...doc.rows].sort((a, b) => b.period.localeCompare(a.period));
  if (r.yes(0.4)) rows.reverse();
  const range = periodRange(doc.rows.map((w) => w.period));
  const chrome = bureauPrintChrome(doc);
  const side = r.oneOf(['left', 'right'] as const);
  const totalIncome = money(sum(doc.rows.map((w) => w.income)));
  const totalTax = money(sum(doc.rows.map((w) => w.tax)));

  // Decide every page's label before paging: a labelled area is 7 mm taller, so reserve for it.
  const labels = Array.from({ length: 8 }, (_, i) => pickLabel(r.child(`label-${i}`), 0.5));
  const lastArea = (label: string | null): HandlerArea => ({ widthMm: 95, heightMm: 52, label, side });
  const fullArea = (label: string | null): HandlerArea => ({ widthMm: 80, heightMm: 40, label, side });
  const spec: PagingSpec = {
    bodyMm,
    firstHeadMm: 62,
    otherHeadMm: 0,
    theadMm: 9,
    rowMm,
    lastTailMm: rowMm + 4 + handlerBlockMm(lastArea('x')),
    otherTailMm: 4 + handlerBlockMm(fullArea('x')),
  };
  const pages = splitRows(rows, spec);

  const css = `
.bw { position:absolute; left:${ml}mm; top:${mt}mm; width:${widthMm}mm; height:${contentMm}mm; font-family:${font}; font-size:${pt}pt; color:#222; }
.bw .body { position:absolute; left:0; right:0; top:7mm; height:${bodyMm}mm; display:flex; flex-direction:column; }
.bw .body > * { flex:none; }
.bw .head { height:62mm; }
.bw .banner { height:14mm; display:flex; align-items:center; justify-content:space-between; padding:0 4mm; box-sizing:border-box;
  ${backgrounds ? `background:${blue}; color:#fff;` : `color:${blue}; border-bottom:0.6mm solid ${blue};`} }
.bw .banner b { font-size:${pt + 6}pt; letter-spacing:0.5pt; }
.bw .banner span { font-size:${pt}pt; }
.bw .nav { height:8mm; line-height:8mm; padding-left:4mm; ${backgrounds ? 'background:#eef2f7;' : 'border-bottom:0.2mm solid #bbb;'} }
.bw .nav span { margin-right:9mm; }
.bw .nav span.on { color:${blue}; font-weight:bold; }
.bw .crumb { height:8mm; line-height:8mm; color:#666; }
.bw .query { height:20mm; border:0.25mm solid #cfd8e3; box-sizing:border-box; padding:2mm 4mm; display:grid; grid-template-columns:1fr 1.25fr 1fr; row-gap:2mm; align-items:center; white-space:nowrap; }
.bw .query .btn { display:inline-block; border:0.3mm solid ${blue}; ${backgrounds ? `background:${blue}; color:#fff;` : `color:${blue};`} padding:0.6mm 5mm; border-radius:1mm; }
.bw .query .field { display:inline-block; border:0.25mm solid #bbb; padding:0.4mm 2mm; min-width:18mm; }
.bw .summary { height:12mm; line-height:12mm; font-size:${pt + 0.5}pt; }
.bw .summary b { color:#c0392b; font-weight:normal; }
.bw table { width:100%; border-collapse:collapse; table-layout:fixed; }
.bw th, .bw td { border:0.2mm solid #c9d3df; padding:0 1mm; text-align:center; vertical-align:middle; line-height:1.15; overflow:hidden; }
.bw th { height:9mm; font-weight:bold; color:#333; ${backgrounds ? 'background:#e8eff8;' : ''} }
.bw td { height:${rowMm}mm; }
.bw tr:nth-child(even) td { ${backgrounds ? 'background:#f7f9fc;' : ''} }
.bw td.num { text-align:right; }
.bw td.payer { font-size:${pt - 0.5}pt; }
.bw td.op { color:${blue}; }
.bw tr.total td { font-weight:bold; }
.bw .gap { height:4mm; }
`;

  const colgroup = `<colgroup>${[6, 11, 13, 11, 31, 12, 10, 6].map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  const thead = '<tr><th>序号</th><th>所得项目</th><th>所得项目小类</th><th>所得期间</th><th>扣缴义务人</th><th>收入</th><th>已申报税额</th><th>操作</th></tr>';
  const row = (w: WageMonth, i: number) =>
    `<tr data-anchor="${rowAnchor(w.period)}"><td>${i + 1}</td><td>工资薪金</td><td>正常工资薪金</td><td>${month(w.period, monthStyle)}</td><td class="payer">${esc(w.payer)}</td><td class="num">${money(w.income)}</td><td class="num">${money(w.tax)}</td><td class="op">申诉</td></tr>`;
  const totals = `<tr class="total"><td colspan="5">合计</td><td class="num">${totalIncome}</td><td class="num">${totalTax}</td><td></td></tr>`;
  const head = `<div class="head">
<div class="banner"><b>国家税务总局 自然人电子税务局</b><span>欢迎您，${esc(doc.citizen.name)}&#12288;|&#12288;退出</span></div>
<div class="nav"><span>首页</span><span>我要办税</span><span class="on">我要查询</span><span>公众服务</span></div>
<div class="crumb">当前位置：首页 &gt; 我要查询 &gt; 收入纳税明细查询</div>
<div class="query">
<div>纳税人姓名：${esc(doc.citizen.name)}</div><div>证件类型：居民身份证</div><div>证件号码：${idText}</div>
<div>所得项目：<span class="field">工资薪金</span></div><div>所得期间：<span class="field">${month(range.from, 'dash')}</span> 至 <span class="field">${month(range.to, 'dash')}</span></div><div><span class="btn">查询</span>&#12288;<span class="btn">批量申诉</span></div>
</div>
<div class="summary">收入合计：<b>${totalIncome}</b> 元&#12288;&#12288;已申报税额合计：<b>${totalTax}</b> 元&#12288;&#12288;共 ${doc.rows.length} 条记录</div>
</div>`;

  let n = 0;
  return pages.map((pageRows, p): TemplatePage => {
    const last = p === pages.length - 1;
    const lines = chromeLines(chrome, p + 1, pages.length, font, 7);
    const area = last ? lastArea(labels[p % labels.length]!) : fullArea(labels[p % labels.length]!);
    const html = `<div class="bw" data-anchor="content">${lines.top}<div class="body">
${p === 0 ? head : ''}
<table data-anchor="table">${colgroup}<thead>${thead}</thead><tbody>${pageRows.map((w) => row(w, n++)).join('')}${last ? totals : ''}</tbody></table>
<div class="gap"></div>${handlerBlock(area, pt + 2)}
</div>${lines.bottom}</div>`;
    return { html, css };
  });
};
