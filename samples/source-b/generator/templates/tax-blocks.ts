/**
 * Pieces both 纳税记录 layouts print: the table rows, the 金额合计 rows, the 说明 notes, the
 * 查询验证码 and its QR-like square, and the tax bureau's own printed seal (an issuer seal, not the
 * employer's: it carries `data-anchor="issuer-seal"` so the truth can list it as a lookalike).
 */
import type { RandomStream } from '../rng.ts';
import type { TaxRecordDoc, WageMonth } from '../content.ts';
import { rowAnchor } from './income-blocks.ts';
import { amountInWords, day, esc, money, month, monthEnd, sum, type DateStyle, type MonthStyle } from './income-format.ts';

export interface TaxRowStyle {
  /** 'month' prints 2021-07 / 2021年07月; 'span' prints 2021-07-01至2021-07-31. */
  period: 'month' | 'span';
  monthStyle: MonthStyle;
  dateStyle: DateStyle;
  item: string;
  grouped: boolean;
}

export function pickTaxRowStyle(r: RandomStream): TaxRowStyle {
  return {
    period: r.oneOf(['month', 'span']),
    monthStyle: r.oneOf(['dash', 'cn']),
    dateStyle: r.oneOf(['dash', 'dot', 'dot']),
    item: r.oneOf(['工资薪金所得', '正常工资薪金所得', '工资薪金所得']),
    grouped: r.yes(0.25),
  };
}

export const TAX_HEAD = ['税款所属期', '入库日期', '征收项目', '品目名称', '实缴（退）金额', '税务机关'];

export function taxRow(w: WageMonth, s: TaxRowStyle, index?: number): string {
  const period = s.period === 'month' ? month(w.period, s.monthStyle) : `${day(`${w.period}-01`, s.dateStyle)}至${day(monthEnd(w.period), s.dateStyle)}`;
  return `<tr data-anchor="${rowAnchor(w.period)}">${index !== undefined ? `<td>${index}</td>` : ''}<td class="per">${period}</td><td class="nw">${day(w.paidOn, s.dateStyle)}</td><td class="nw">个人所得税</td><td class="item">${s.item}</td><td class="num">${money(w.tax, s.grouped)}</td><td class="auth">${esc(w.authority)}</td></tr>`;
}

/** 金额合计 in words and figures, spanning the table's columns (`cols` = total column count). */
export function taxTotals(doc: TaxRecordDoc, cols: number, grouped: boolean): string {
  const total = sum(doc.rows.map((w) => w.tax));
  return `<tr class="total"><td colspan="2">金额合计（大写）</td><td colspan="${cols - 4}" class="words">${amountInWords(total)}</td><td colspan="2" class="num">（小写）¥${money(total, grouped)}</td></tr>`;
}

export const TAX_NOTES = [
  '本纳税记录涉及纳税人敏感信息，请妥善保管。',
  '您可以通过以下方式对本记录进行验证：（1）使用个人所得税APP扫描右上角二维码进行验证；（2）登录自然人电子税务局，输入右上角查询验证码进行验证。',
  '不同打印设备造成的色差不影响使用效力。',
];
export const NOT_A_VOUCHER = '本证明不作为纳税人记账、抵扣凭证。';

/** The 16-character 查询验证码. */
export function verificationCode(r: RandomStream): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  return Array.from({ length: 16 }, () => r.oneOf([...alphabet])).join('');
}

/** A QR-like square (finder patterns and random modules): it only has to look like one on a scan. */
export function pseudoQr(r: RandomStream, sizeMm: number): string {
  const n = 25;
  const cells: string[] = [];
  const finder = (x: number, y: number) => x < 7 && y < 7;
  const inFinder = (x: number, y: number) => finder(x, y) || finder(n - 1 - x, y) || finder(x, n - 1 - y);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (inFinder(x, y) || (x < 8 && y < 8) || (x > n - 9 && y < 8) || (x < 8 && y > n - 9)) continue;
      if (r.yes(0.5)) cells.push(`M${x} ${y}h1v1h-1z`);
    }
  }
  const eye = (x: number, y: number) => `M${x} ${y}h7v7h-7zM${x + 1} ${y + 1}v5h5v-5zM${x + 2} ${y + 2}h3v3h-3z`;
  return `<svg viewBox="-1 -1 ${n + 2} ${n + 2}" width="${sizeMm}mm" height="${sizeMm}mm" style="display:block"><path fill="#000" fill-rule="evenodd" d="${eye(0, 0)}${eye(n - 7, 0)}${eye(0, n - 7)}${cells.join('')}"/></svg>`;
}

/**
 * The bureau's round seal as printed on the record: one vermilion ring, the bureau's name along the
 * upper arc, 业务专用章 across the middle, no star and no serial number.
 */
export function bureauSeal(r: RandomStream, name: string, diameterMm: number): string {
  const c = diameterMm / 2;
  const ring = 0.9;
  const fontMm = diameterMm * 0.115;
  // Baseline radius: the glyphs stand outward from it and must clear the ring.
  const rt = c - ring - 1.6 - fontMm * 0.95;
  const a0 = (155 * Math.PI) / 180;
  const a1 = (385 * Math.PI) / 180;
  const x1 = c + rt * Math.cos(a0);
  const y1 = c + rt * Math.sin(a0);
  const x2 = c + rt * Math.cos(a1);
  const y2 = c + rt * Math.sin(a1);
  const arcLen = rt * (a1 - a0);
  const id = `seal-arc-${Math.floor(r.float() * 1e9)}`;
  const ink = r.oneOf(['#d81e2a', '#e0282e', '#cf2030']);
  const font = "'AR PL SungtiL GB', serif";
  return `<svg viewBox="0 0 ${diameterMm} ${diameterMm}" width="${diameterMm}mm" height="${diameterMm}mm" style="display:block;opacity:${r.between(0.82, 0.95).toFixed(2)};mix-blend-mode:multiply;">
<defs><path id="${id}" d="M${x1.toFixed(3)} ${y1.toFixed(3)} A${rt.toFixed(3)} ${rt.toFixed(3)} 0 1 1 ${x2.toFixed(3)} ${y2.toFixed(3)}"/></defs>
<circle cx="${c}" cy="${c}" r="${c - ring / 2 - 0.2}" fill="none" stroke="${ink}" stroke-width="${ring}"/>
<text font-family="${font}" font-size="${fontMm.toFixed(2)}" fill="${ink}" stroke="${ink}" stroke-width="0.18"><textPath href="#${id}" startOffset="1%" textLength="${(arcLen * 0.98).toFixed(2)}" lengthAdjust="spacing">${esc(name)}</textPath></text>
<text x="${c}" y="${(c + diameterMm * 0.16).toFixed(2)}" text-anchor="middle" font-family="${font}" font-size="${(diameterMm * 0.1).toFixed(2)}" fill="${ink}" stroke="${ink}" stroke-width="0.16">业务专用章</text>
</svg>`;
}
