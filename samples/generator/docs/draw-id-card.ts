import type { MmPage } from '../page-canvas.ts';
import { text } from '../page-canvas.ts';
import { formatDate } from '../dates.ts';
import type { IdCardContent } from './content.ts';

/** A photocopy of both sides of the resident ID card at real size (85.6 × 54 mm) on A4. */
export function drawIdCardPage(p: MmPage, c: IdCardContent, colour: boolean): { emblem: { x: number; y: number; sizeMm: number } } {
  const { ctx } = p;
  const x = 62;
  const y1 = 40;
  const y2 = 120;
  const card = (y: number): void => {
    ctx.fillStyle = colour ? 'rgb(226,236,240)' : 'rgb(222,222,222)';
    ctx.beginPath();
    ctx.roundRect(x, y, 85.6, 54, 3.5);
    ctx.fill();
    ctx.strokeStyle = '#777';
    ctx.lineWidth = 0.2;
    ctx.stroke();
  };
  card(y1);
  const lbl = colour ? 'rgb(40,90,150)' : '#555';
  const f = (k: string, v: string, yy: number): void => {
    text(p, k, x + 5, yy, 2.4, { color: lbl });
    text(p, v, x + 15, yy, 2.9, { color: '#111' });
  };
  f('姓名', c.person.name, y1 + 9);
  f('性别', c.person.sex === 'male' ? '男' : '女', y1 + 16);
  text(p, '民族  汉', x + 30, y1 + 16, 2.6, { color: lbl });
  f('出生', formatDate(c.person.birth, 'cn'), y1 + 23);
  text(p, '住址', x + 5, y1 + 30, 2.4, { color: lbl });
  const a = c.person.address;
  text(p, a.slice(0, 13), x + 15, y1 + 30, 2.7);
  text(p, a.slice(13, 26), x + 15, y1 + 34.5, 2.7);
  text(p, '公民身份号码', x + 5, y1 + 47, 2.4, { color: lbl });
  text(p, c.person.idNumber, x + 22, y1 + 47, 3.4, { font: '"Noto Sans CJK JP"' });
  // photo: a soft head-and-shoulders silhouette
  ctx.fillStyle = colour ? 'rgb(190,200,210)' : 'rgb(170,170,170)';
  ctx.fillRect(x + 58, y1 + 6, 22, 28);
  ctx.fillStyle = colour ? 'rgb(80,70,65)' : 'rgb(80,80,80)';
  ctx.beginPath();
  ctx.ellipse(x + 69, y1 + 16, 5.2, 6.5, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.ellipse(x + 69, y1 + 33, 10, 7, 0, Math.PI, Math.PI * 2);
  ctx.fill();

  card(y2);
  text(p, '中华人民共和国', x + 50, y2 + 15, 5, { align: 'center', weight: 'bold' });
  text(p, '居 民 身 份 证', x + 50, y2 + 26, 6, { align: 'center', weight: 'bold' });
  text(p, '签发机关', x + 10, y2 + 41, 2.5, { color: lbl });
  text(p, c.authority, x + 24, y2 + 41, 2.8);
  text(p, '有效期限', x + 10, y2 + 48, 2.5, { color: lbl });
  text(p, `${formatDate(c.start, 'dot')}-${c.end ? formatDate(c.end, 'dot') : '长期'}`, x + 24, y2 + 48, 2.9);
  return { emblem: { x: x + 5, y: y2 + 5, sizeMm: 14 } };
}
