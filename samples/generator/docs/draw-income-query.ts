import type { MmPage } from '../page-canvas.ts';
import { line, text } from '../page-canvas.ts';
import { money } from '../dates.ts';
import type { IncomeQueryContent, MarkSpots } from './content.ts';

export const INCOME_ROWS_PER_PAGE = 12;

export function incomeQueryPages(c: IncomeQueryContent): number {
  return Math.max(1, Math.ceil(c.rows.length / INCOME_ROWS_PER_PAGE));
}

/**
 * 申报收入查询 printed from the browser (右键打印网页): browser header (date, page title) and
 * footer (URL, n/m), a query form strip, then a table. Header-driven parsers must cope with
 * the thousands separators and the 所得项目小类 column.
 */
export function drawIncomeQueryPage(p: MmPage, c: IncomeQueryContent, pageIndex: number, redRules: boolean): { spots: MarkSpots } {
  const total = incomeQueryPages(c);
  const grey = '#444';
  text(p, `${c.printedOn.replaceAll('-', '/')} ${c.printedAt}`, 8, 7, 2.6, { color: grey });
  text(p, '申报收入查询', 105, 7, 2.6, { align: 'center', color: grey });
  text(p, 'https://its.beijing.chinatax.gov.cn:8443/gs/sb/nsmxlb.html', 8, 291, 2.5, { color: grey });
  text(p, `${pageIndex + 1}/${total}`, 202, 291, 2.5, { align: 'right', color: grey });
  let y = 18;
  if (pageIndex === 0) {
    p.ctx.fillStyle = '#1f5fa8';
    p.ctx.fillRect(8, 11, 194, 9);
    text(p, '国家税务总局北京市税务局  自然人税收管理系统', 12, 17.3, 3.6, { color: '#ffffff', weight: 'bold' });
    y = 28;
    text(p, '申报收入查询', 105, y, 5, { align: 'center', weight: 'bold' });
    y += 8;
    text(p, `纳税人姓名：${c.person.name}`, 12, y, 3.1);
    text(p, `证件号码：${c.person.idNumber.slice(0, 6)}********${c.person.idNumber.slice(14)}`, 80, y, 3.1);
    y += 6;
    const from = c.rows[0]?.period ?? '';
    const to = c.rows[c.rows.length - 1]?.period ?? '';
    text(p, `所得期间起：${from}    所得期间止：${to}    所得项目：全部`, 12, y, 3.1);
    y += 5;
  }
  const cols = [
    ['序号', 10],
    ['所得项目', 22],
    ['所得项目小类', 28],
    ['税款所属期', 22],
    ['扣缴义务人', 56],
    ['收入', 26],
    ['已申报税额', 26],
  ] as const;
  const x0 = 10;
  const rowH = 11;
  const ruleColor = redRules ? 'rgb(214,60,60)' : '#9aa3ad';
  p.ctx.fillStyle = '#e8eef5';
  p.ctx.fillRect(x0, y, 190, rowH);
  let x = x0;
  for (const [h, w] of cols) {
    text(p, h, x + w / 2, y + 7, 3.0, { align: 'center', weight: 'bold' });
    x += w;
  }
  line(p, x0, y, x0 + 190, y, 0.25, ruleColor);
  y += rowH;
  line(p, x0, y, x0 + 190, y, 0.25, ruleColor);
  const first = pageIndex * INCOME_ROWS_PER_PAGE;
  c.rows.slice(first, first + INCOME_ROWS_PER_PAGE).forEach((r, i) => {
    const cells = [String(first + i + 1), r.item, r.subItem, r.period, r.payer, money(r.income), money(r.tax)];
    x = x0;
    cells.forEach((s, k) => {
      const w = cols[k][1];
      const size = k === 4 ? (s.length > 15 ? 2.45 : 2.8) : 3.0;
      const align = k >= 5 ? 'right' : 'center';
      text(p, s, align === 'right' ? x + w - 2 : x + w / 2, y + 7, size, { align });
      x += w;
    });
    y += rowH;
    line(p, x0, y, x0 + 190, y, 0.2, ruleColor);
  });
  if (pageIndex === total - 1) {
    y += 7;
    const sumI = c.rows.reduce((s, r) => s + r.income, 0);
    const sumT = c.rows.reduce((s, r) => s + r.tax, 0);
    text(p, `收入合计：${money(sumI)}元    已申报税额合计：${money(sumT)}元`, 200, y, 3.1, { align: 'right' });
    y += 7;
    text(p, '申诉    批量申诉', 200, y, 3.0, { align: 'right', color: '#1f5fa8' });
  }
  const markY = Math.min(235, y + 12);
  return { spots: { seal: { x: 150, y: markY + 25 }, note: { x: 15, y: markY + 8 }, sign: { x: 60, y: markY + 38 } } };
}
