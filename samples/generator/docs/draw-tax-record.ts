import type { MmPage } from '../page-canvas.ts';
import { line, rect, text } from '../page-canvas.ts';
import { formatDate, money, moneyCapital } from '../dates.ts';
import type { MarkSpots, TaxRecordContent } from './content.ts';

export const TAX_ROWS_PER_PAGE = 14;

export function taxRecordPages(c: TaxRecordContent): number {
  return Math.max(1, Math.ceil(c.rows.length / TAX_ROWS_PER_PAGE));
}

/**
 * 《中华人民共和国个人所得税纳税记录》 as printed from 自然人电子税务局 (it replaced the 税收完税证明
 * for individual income tax from 2019): title, record number, 查询验证码 and QR code top right, the
 * taxpayer block, one row per 税款所属期 with 入库日期 (YYYY.MM.DD), 实缴(退)金额 and 税务机关, totals in
 * figures and 大写, 开具时间. Labels follow public printouts; positions and fonts are a reconstruction.
 */
export function drawTaxRecordPage(p: MmPage, c: TaxRecordContent, pageIndex: number): { spots: MarkSpots; rowPages: number[]; issuerSealAt: { x: number; y: number } | null } {
  const total = taxRecordPages(c);
  const serif = '"Noto Serif CJK JP"';
  text(p, '中华人民共和国', 105, 26, 6.2, { align: 'center', font: serif, weight: 'bold' });
  text(p, '个人所得税纳税记录', 105, 35, 6.2, { align: 'center', font: serif, weight: 'bold' });
  text(p, '（原《税收完税证明》）', 105, 41, 3.6, { align: 'center', font: serif });
  const [y0, m0] = c.issuedOn.split('-');
  text(p, `(${y0})京${m0}${c.issuedOn.slice(8)}个证明`, 18, 50, 3.2);
  text(p, c.code.slice(0, 8), 186, 24, 3.0, { align: 'right' });
  text(p, c.code.slice(8), 186, 28, 3.0, { align: 'right' });
  text(p, '查询验证码', 186, 32, 2.8, { align: 'right' });
  // QR placeholder: a dense module pattern (the real one links to chinatax.gov.cn)
  const q = 14;
  for (let i = 0; i < 21; i++) for (let j = 0; j < 21; j++) if ((i * 7 + j * 13 + ((i * j) % 5)) % 3 === 0 || (i < 7 && j < 7 && (i === 0 || j === 0 || i === 6 || j === 6))) p.ctx.fillRect(160 + (j * q) / 21, 8 + (i * q) / 21, q / 21 + 0.02, q / 21 + 0.02);
  const fx = 18;
  let y = 58;
  const f = (a: string, b: string, x: number): void => {
    text(p, a, x, y, 3.3);
    text(p, b, x + 3.3 * [...a].length, y, 3.3);
  };
  f('记录期间：', `${c.from.replace('-', '年')}月 至 ${c.to.replace('-', '年')}月`, fx);
  y += 6;
  f('纳税人名称：', c.person.name, fx);
  f('纳税人识别号：', c.person.idNumber, 110);
  y += 6;
  f('身份证件类型：', '居民身份证', fx);
  f('身份证件号码：', c.person.idNumber, 110);
  y += 6;
  text(p, '金额单位：元', 192, y, 3.1, { align: 'right' });
  y += 2.5;
  const cols = [
    ['申报日期', 22],
    ['实缴(退)金额', 24],
    ['入(退)库日期', 22],
    ['所得项目', 30],
    ['税款所属期', 36],
    ['入库税务机关', 30],
    ['备注', 10],
  ] as const;
  const tableX = fx;
  const tableW = cols.reduce((s, col) => s + col[1], 0);
  const rowH = 10.5;
  rect(p, tableX, y, tableW, rowH, 0.3);
  let x = tableX;
  for (const [h, w] of cols) {
    text(p, h, x + w / 2, y + 6.6, 3.0, { align: 'center', weight: 'bold' });
    x += w;
  }
  const first = pageIndex * TAX_ROWS_PER_PAGE;
  const rows = c.rows.slice(first, first + TAX_ROWS_PER_PAGE);
  const rowPages: number[] = [];
  y += rowH;
  for (const r of rows) {
    rowPages.push(pageIndex + 1);
    rect(p, tableX, y, tableW, rowH, 0.2);
    const last = r.period.slice(0, 7);
    const end = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 0)).getUTCDate();
    const cells = [
      formatDate(r.declaredOn, 'dot'),
      money(r.amount, false),
      formatDate(r.paidOn, 'dot'),
      r.item,
      `${formatDate(`${last}-01`, 'dot')}-${formatDate(`${last}-${String(end).padStart(2, '0')}`, 'dot')}`,
      r.authority.replace('国家税务总局', ''),
      '',
    ];
    x = tableX;
    cells.forEach((s, i) => {
      const w = cols[i][1];
      const size = i === 5 ? 2.5 : i === 4 ? 2.6 : 2.9;
      if (i === 5 && s.length > 11) {
        text(p, s.slice(0, 11), x + w / 2, y + 4.4, size, { align: 'center' });
        text(p, s.slice(11), x + w / 2, y + 8.2, size, { align: 'center' });
      } else text(p, s, x + w / 2, y + 6.5, size, { align: 'center' });
      x += w;
    });
    y += rowH;
  }
  x = tableX;
  for (const [, w] of cols) {
    line(p, x, y - rowH * (rows.length + 1), x, y, 0.2);
    x += w;
  }
  line(p, x, y - rowH * (rows.length + 1), x, y, 0.2);
  let issuerSealAt: { x: number; y: number } | null = null;
  if (pageIndex === total - 1) {
    const sum = c.rows.reduce((s, r) => s + r.amount, 0);
    rect(p, tableX, y, tableW, rowH, 0.3);
    text(p, '金额合计', tableX + 11, y + 6.5, 3.0, { align: 'center', weight: 'bold' });
    text(p, `（大写）${moneyCapital(sum)}`, tableX + 26, y + 6.5, 3.0);
    text(p, `（小写）${money(sum, false)}`, tableX + tableW - 4, y + 6.5, 3.0, { align: 'right' });
    y += rowH + 8;
    text(p, '说明：', fx, y, 3.0);
    const notes = ['1. 本记录涉及纳税人敏感信息，请妥善保存。', '2. 您可以通过以下方式对本记录进行验证：', '   (1) 通过手机App扫描右上角二维码进行验证；', '   (2) 通过自然人电子税务局输入右上角查询验证码进行验证；', '3. 不同打印设备造成的色差不影响使用效力。'];
    for (const n of notes) {
      y += 5;
      text(p, n, fx + 2, y, 2.9);
    }
    y += 9;
    text(p, '本凭证不作为纳税人记账、抵扣凭证。', fx, y, 3.0);
    text(p, '开具机关（盖章）', 140, y, 3.1);
    text(p, `开具时间：${formatDate(c.issuedOn, 'cn0')}`, 140, y + 7, 3.1);
    issuerSealAt = { x: 158, y: y - 2 };
  }
  text(p, `当前第${pageIndex + 1}页，共${total}页`, 105, 287, 2.9, { align: 'center' });
  // Employer marks go in the blank space under the table (or beside the issuer block on the last page).
  const markY = Math.min(250, y + (issuerSealAt ? 22 : 20));
  return {
    spots: issuerSealAt
      ? { seal: { x: 112, y: y - 22 }, note: { x: 20, y: Math.min(266, y + 14) }, sign: { x: 105, y: Math.min(278, y + 24) } }
      : { seal: { x: 140, y: Math.min(255, markY + 5) }, note: { x: 22, y: Math.min(262, markY + 5) }, sign: { x: 110, y: Math.min(272, markY + 22) } },
    rowPages,
    issuerSealAt,
  };
}
