import type { MmPage } from '../page-canvas.ts';
import { line, paragraph, text } from '../page-canvas.ts';
import { formatDate } from '../dates.ts';
import type { Rng } from '../rng.ts';
import { handText } from '../marks/hand-text.ts';
import { INK } from '../marks/ink.ts';
import type { BorrowingStatementContent, MarkSpots } from './content.ts';

/**
 * Both parties' printed labels with their names signed by hand after them, and the date line 14 mm
 * below. Each cell: label, name, where the label starts, where the name starts (mm).
 */
export function signingRow(
  p: MmPage,
  y: number,
  cells: [string, string, number, number][],
  date: [string, number],
  o: { body: number; serif: string; size: number; pen: string; rng: Rng },
): void {
  for (const [label, , x] of cells) text(p, label, x, y, o.body, { font: o.serif });
  for (const [, name, , at] of cells) handText(p, name, at, y - 0.5, o.size, o.pen, o.rng);
  text(p, date[0], date[1], y + 14, o.body, { font: o.serif });
}

/**
 * 房屋借住声明 as the guide's 附件 4 asks for it: a typed form with the two parties and the home,
 * one paragraph, and both parties' names signed by hand with the date.
 */
export function drawBorrowingStatementPage(p: MmPage, c: BorrowingStatementContent, rng: Rng): MarkSpots {
  const serif = '"AR PL UMing CN"';
  const body = 3.9;
  const pen = rng.chance(0.5) ? INK.blue(rng) : INK.black(rng);
  const field = (label: string, value: string, x: number, y: number, to: number): void => {
    const w = text(p, label, x, y, body, { font: serif });
    line(p, x + w, y + 1.2, to, y + 1.2, 0.15);
    text(p, value, x + w + 2, y, body, { font: serif });
  };
  text(p, '房屋借住声明', 105, 40, 8, { align: 'center', font: serif, weight: 'bold' });
  let y = 62;
  field('出借人（房主）：', c.lender.name, 22, y, 95);
  field('身份证号码：', c.lender.idNumber, 100, y, 188);
  y += 11;
  field('借住人：', c.borrower.name, 22, y, 95);
  field('身份证号码：', c.borrower.idNumber, 100, y, 188);
  y += 11;
  field('房屋坐落：', c.address, 22, y, 188);
  y += 16;
  const words = `本人${c.lender.name}系上述房屋的${c.holds}，与借住人${c.borrower.name}系${c.relation}关系。本人自愿将该房屋无偿提供给${c.borrower.name}居住使用，借住期间不收取任何租金，借住人自${formatDate(c.from, 'cn')}起在该房屋居住。双方对本声明内容的真实性负责。`;
  y = paragraph(p, words, 30, y, 150, body, 2.0, { font: serif });
  y += 6;
  text(p, '特此声明。', 30, y, body, { font: serif });
  y += 28;
  signingRow(p, y, [['出借人（签字）：', c.lender.name, 30, 62], ['借住人（签字）：', c.borrower.name, 112, 144]], [`声明日期：${formatDate(c.signedOn, 'cn')}`, 112], { body, serif, size: 6.5, pen, rng });
  return { seal: { x: 60, y: 250 }, note: { x: 22, y: 255 }, sign: { x: 130, y: 262 } };
}
