import type { MmPage } from '../page-canvas.ts';
import { line, paragraph, text } from '../page-canvas.ts';
import { formatDate } from '../dates.ts';
import type { Rng } from '../rng.ts';
import { handText } from '../marks/hand-text.ts';
import { INK } from '../marks/ink.ts';
import type { LeaseContent, LeaseField, MarkSpots } from './content.ts';
import { signingRow } from './draw-borrowing-statement.ts';

/**
 * 房屋租赁合同 on a fill-in form: blanks are underlined; values are typed or written by hand.
 * A field in `missing` stays blank (LEASE_FIELDS_MISSING).
 */
export function drawLeasePage(p: MmPage, c: LeaseContent, pageIndex: number, rng: Rng): { spots: MarkSpots; termOnPage: boolean } {
  const serif = '"AR PL UMing CN"';
  const body = 3.7;
  const pen = rng.chance(0.5) ? INK.blue(rng) : INK.black(rng);
  const fill = (field: LeaseField | null, label: string, value: string, x: number, y: number, lineTo: number): void => {
    const w = text(p, label, x, y, body, { font: serif });
    line(p, x + w, y + 1.2, lineTo, y + 1.2, 0.15);
    if (field && c.missing.includes(field)) return;
    if (c.handFilled) handText(p, value, x + w + 2, y - 0.3, body * 1.25, pen, rng);
    else text(p, value, x + w + 2, y, body, { font: serif });
  };
  let termOnPage = false;
  if (pageIndex === 0) {
    text(p, '房屋租赁合同', 105, 32, 8, { align: 'center', font: serif, weight: 'bold' });
    let y = 52;
    fill('lessorName', '出租方（甲方）：', c.lessor.name, 22, y, 110);
    fill('lessorPhone', '联系电话：', c.lessor.phone, 115, y, 188);
    y += 9;
    fill('lessorId', '身份证号码：', c.lessor.idNumber, 22, y, 130);
    y += 12;
    fill('lesseeName', '承租方（乙方）：', c.lessee.name, 22, y, 110);
    fill('lesseePhone', '联系电话：', c.lessee.phone, 115, y, 188);
    y += 9;
    fill('lesseeId', '身份证号码：', c.lessee.idNumber, 22, y, 130);
    y += 13;
    y = paragraph(p, '根据《中华人民共和国民法典》及本市有关规定，甲乙双方在平等、自愿、协商一致的基础上，就房屋租赁事宜达成如下协议：', 22, y, 166, body, 1.8, { font: serif });
    y += 4;
    text(p, '第一条 房屋基本情况', 22, y, body, { font: serif, weight: 'bold' });
    y += 8;
    fill('address', '房屋坐落：', c.address, 22, y, 188);
    y += 9;
    text(p, `建筑面积 ${40 + (c.rent % 50)} 平方米，房屋用途为居住。`, 22, y, body, { font: serif });
    y += 12;
    text(p, '第二条 租赁期限', 22, y, body, { font: serif, weight: 'bold' });
    y += 8;
    const months = Math.round((Date.parse(c.end) - Date.parse(c.start)) / (30.44 * 86400000));
    const termText = `租赁期共${months}个月，自${formatDate(c.start, 'cn')}起至${formatDate(c.end, 'cn')}止。`;
    if (c.missing.includes('term')) {
      text(p, '租赁期共____个月，自____年__月__日起至____年__月__日止。', 22, y, body, { font: serif });
    } else if (c.handFilled) {
      text(p, '租赁期限：', 22, y, body, { font: serif });
      handText(p, `${formatDate(c.start, 'dot')} 至 ${formatDate(c.end, 'dot')}`, 42, y - 0.3, body * 1.25, pen, rng);
    } else {
      text(p, termText, 22, y, body, { font: serif });
    }
    termOnPage = true;
    y += 12;
    text(p, '第三条 租金及支付方式', 22, y, body, { font: serif, weight: 'bold' });
    y += 8;
    y = paragraph(p, `月租金为人民币${c.rent}元，按季度支付，乙方应于每季度首月五日前支付当季租金。押金为一个月租金。`, 22, y, 166, body, 1.8, { font: serif });
    y += 4;
    text(p, '第四条 其他约定', 22, y, body, { font: serif, weight: 'bold' });
    y += 8;
    paragraph(p, '租赁期内，乙方应合理使用房屋及附属设施，不得擅自改变房屋结构和用途。租赁期满，乙方应将房屋完好返还甲方。甲方应保证所出租房屋权属清楚，无共有人异议。', 22, y, 166, body, 1.8, { font: serif });
  } else {
    let y = 30;
    y = paragraph(p, '第五条 本合同未尽事宜，双方可另行协商签订补充协议。补充协议与本合同具有同等法律效力。本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。', 22, y, 166, body, 1.8, { font: serif });
    y += 25;
    signingRow(p, y, [['甲方（签字）：', c.lessor.name, 22, 48], ['乙方（签字）：', c.lessee.name, 115, 141]], [`签订日期：${formatDate(c.signedOn, 'cn')}`, 22], { body, serif, size: 6, pen, rng });
  }
  return { spots: { seal: { x: 60, y: 250 }, note: { x: 22, y: 255 }, sign: { x: 130, y: 262 } }, termOnPage };
}
