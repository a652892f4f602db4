import type { MmPage } from '../page-canvas.ts';
import { line, paragraph, rect, text } from '../page-canvas.ts';
import { formatDate } from '../dates.ts';
import type { DegreeContent, HukouContent, ResignationContent } from './content.ts';

/** 常住人口登记卡 (the 户口本 page of the applicant), with the police station's 户口专用章 spot. */
export function drawHukouPage(p: MmPage, c: HukouContent): { issuerSealAt: { x: number; y: number } } {
  text(p, '常住人口登记卡', 105, 40, 7, { align: 'center', weight: 'bold', font: '"AR PL UMing CN"' });
  const x = 30;
  let y = 52;
  const rows: [string, string, string, string][] = [
    ['姓名', c.person.name, '户主或与户主关系', '户主'],
    ['性别', c.person.sex === 'male' ? '男' : '女', '出生地', '北京市'],
    ['民族', '汉族', '出生日期', formatDate(c.person.birth, 'cn')],
    ['公民身份证件编号', c.person.idNumber, '文化程度', '大学本科'],
    ['服务处所', '', '职业', ''],
    ['何时由何地迁来本址', '', '承办人签章', ''],
  ];
  for (const [a, b, cc, d] of rows) {
    rect(p, x, y, 150, 14, 0.3, '#333');
    line(p, x + 35, y, x + 35, y + 14, 0.3, '#333');
    line(p, x + 85, y, x + 85, y + 14, 0.3, '#333');
    line(p, x + 115, y, x + 115, y + 14, 0.3, '#333');
    text(p, a, x + 2, y + 8.5, a.length > 6 ? 2.6 : 3.4);
    text(p, b, x + 37, y + 8.5, 3.5);
    text(p, cc, x + 87, y + 8.5, cc.length > 6 ? 2.6 : 3.4);
    text(p, d, x + 117, y + 8.5, 3.2);
    y += 14;
  }
  text(p, `登记日期：${formatDate(c.issuedOn, 'cn')}`, x + 95, y + 12, 3.2);
  return { issuerSealAt: { x: x + 40, y: y + 10 } };
}

export function drawDegreePage(p: MmPage, c: DegreeContent): { issuerSealAt: { x: number; y: number } } {
  const serif = '"Noto Serif CJK JP"';
  rect(p, 15, 15, 180, 267, 1.2, 'rgb(150,110,40)');
  rect(p, 19, 19, 172, 259, 0.4, 'rgb(150,110,40)');
  text(p, '学 士 学 位 证 书', 105, 70, 11, { align: 'center', font: serif, weight: 'bold' });
  const y = paragraph(p, `${c.person.name}，${c.person.sex === 'male' ? '男' : '女'}，${formatDate(c.person.birth, 'cn')}生。在${c.university}${c.major}专业完成了本科学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予${c.degree}学位。`, 35, 110, 140, 5.2, 2.0, { font: serif });
  text(p, `${c.university}`, 150, y + 30, 5, { align: 'center', font: serif });
  text(p, '学位评定委员会主席', 150, y + 40, 4.2, { align: 'center', font: serif });
  text(p, formatDate(c.issuedOn, 'cnNum'), 150, y + 50, 4.2, { align: 'center', font: serif });
  text(p, `证书编号：${c.number}`, 35, 262, 3.5, { font: serif });
  return { issuerSealAt: { x: 150, y: y + 38 } };
}

export function drawResignationPage(p: MmPage, c: ResignationContent): { spots: { seal: { x: number; y: number } } } {
  const serif = '"AR PL UMing CN"';
  text(p, '离 职 证 明', 105, 45, 8, { align: 'center', font: serif, weight: 'bold' });
  const y = paragraph(p, `兹证明${c.person.name}（身份证号码：${c.person.idNumber}）自${formatDate(c.start, 'cn')}起在我单位工作，于${formatDate(c.leftOn, 'cn')}与我单位解除劳动合同，双方无劳动争议。特此证明。`, 30, 75, 150, 4.2, 2.0, { font: serif });
  text(p, c.employer.name, 175, y + 35, 4.2, { align: 'right', font: serif });
  text(p, formatDate(c.issuedOn, 'cn'), 175, y + 45, 4.2, { align: 'right', font: serif });
  return { spots: { seal: { x: 150, y: y + 35 } } };
}
