import type { MmPage } from '../page-canvas.ts';
import { line, paragraph, text } from '../page-canvas.ts';
import { formatDate } from '../dates.ts';
import type { Rng } from '../rng.ts';
import type { LaborContractContent, MarkSpots } from './content.ts';

/**
 * The term clause in the form the contract uses. 《劳动合同法》 Art. 12–14 and 17: a contract is 固定期限
 * (with an end date), 无固定期限 (a start date only) or task-bound, and must state its term, commonly
 * "本合同期限自2020年3月1日起至2023年2月28日止"; dates as in dates.ts.
 */
export function termClause(c: LaborContractContent): string {
  const s = c.start;
  const e = c.end;
  switch (c.termStyle) {
    case 'blank':
      return '本合同期限自＿＿＿＿年＿＿月＿＿日起至＿＿＿＿年＿＿月＿＿日止。';
    case 'open':
      return `本合同期限类型为无固定期限合同，自${formatDate(s, 'cn')}起，至法定终止条件出现时止。`;
    case 'dot':
      return `合同期限：${formatDate(s, 'dot')} 至 ${formatDate(e!, 'dot')}，其中试用期三个月。`;
    case 'cnNum':
      return `本合同为固定期限劳动合同，期限自${formatDate(s, 'cnNum')}起至${formatDate(e!, 'cnNum')}止。`;
    case 'dash':
      return `本合同期限为固定期限：${formatDate(s, 'dash')} 至 ${formatDate(e!, 'dash')}。`;
    default:
      return `本合同期限类型为固定期限合同。本合同期限自${formatDate(s, 'cn')}起至${formatDate(e!, 'cn')}止（其中试用期自${formatDate(s, 'cn')}起三个月）。`;
  }
}

const CLAUSES = [
  ['第三条 工作内容和工作地点', '乙方同意根据甲方工作需要，担任相应岗位工作。工作地点为北京市。乙方应按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。'],
  ['第四条 工作时间和休息休假', '甲方安排乙方执行标准工时制度，每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方保证乙方每周至少休息一日，依法安排乙方享受法定节假日、年休假、婚丧假等假期。'],
  ['第五条 劳动报酬', '甲方每月以货币形式支付乙方工资，不得克扣或者无故拖欠。乙方在试用期期间的工资不低于本合同约定工资的百分之八十，且不低于本市最低工资标准。'],
  ['第六条 社会保险和福利待遇', '甲乙双方依法参加社会保险，按时缴纳各项社会保险费，其中依法应由乙方缴纳的部分，由甲方从乙方工资中代扣代缴。甲方应当将为乙方办理社会保险的情况向乙方公示。'],
  ['第七条 劳动保护、劳动条件和职业危害防护', '甲方按照国家和本市有关劳动保护规定，提供符合国家安全卫生标准的劳动作业场所和必要的劳动防护用品，切实保护乙方在生产工作中的安全和健康。'],
  ['第八条 劳动合同的解除、终止和经济补偿', '甲乙双方解除、终止、续订劳动合同应当依照《中华人民共和国劳动合同法》和国家及本市有关规定执行。甲方应当在解除或者终止本合同时，为乙方出具解除或者终止劳动合同的证明。'],
  ['第九条 当事人约定的其他内容', '甲乙双方约定本合同增加以下内容：乙方应保守甲方的商业秘密，遵守甲方依法制定的规章制度。'],
  ['第十条 劳动争议处理', '双方因履行本合同发生劳动争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。'],
] as const;

export function drawLaborContractPage(p: MmPage, c: LaborContractContent, pageIndex: number, rng: Rng, serif: string): { spots: MarkSpots; termOnPage: boolean } {
  const body = 3.6;
  const last = pageIndex === c.pages - 1;
  let y = 25;
  let termOnPage = false;
  if (pageIndex === 0) {
    text(p, c.placedAt ? '劳 务 派 遣 劳 动 合 同' : '劳 动 合 同 书', 105, 42, 9, { align: 'center', font: serif, weight: 'bold' });
    y = 62;
    const rows: [string, string][] = [
      [c.placedAt ? '甲方（劳务派遣单位）名称：' : '甲方（用人单位）名称：', c.employer.name],
      ['统一社会信用代码：', c.employer.creditCode],
      ['住所：', c.employer.address],
      ['法定代表人：', c.employer.legalRep],
      ['乙方（劳动者）姓名：', c.person.name],
      ['居民身份证号码：', c.person.idNumber],
      ['户籍地址：', c.person.address],
      ['联系电话：', c.person.phone],
    ];
    for (const [k, v] of rows) {
      const w = text(p, k, 25, y, body, { font: serif });
      text(p, v, 25 + w + 1, y, body, { font: serif });
      line(p, 25 + w, y + 1.2, 185, y + 1.2, 0.15);
      y += 8.5;
    }
    y += 4;
    y = paragraph(p, '根据《中华人民共和国劳动合同法》及有关规定，甲乙双方遵循合法、公平、平等自愿、协商一致、诚实信用的原则，签订本合同，共同遵守本合同所列条款。', 25, y, 160, body, 1.75, { font: serif });
    y += 3;
    text(p, '第一条 劳动合同期限', 25, y, body, { font: serif, weight: 'bold' });
    y += body * 1.8;
    y = paragraph(p, termClause(c), 25, y, 160, body, 1.75, { font: serif });
    termOnPage = true;
    y += 3;
    text(p, '第二条 工作岗位', 25, y, body, { font: serif, weight: 'bold' });
    y += body * 1.8;
    const post = c.placedAt ? `乙方同意由甲方以劳务派遣方式派遣至用工单位${c.placedAt}，在${c.job}岗位工作` : `乙方同意在甲方${c.job}岗位工作`;
    y = paragraph(p, `${post}，月工资为人民币${c.salary}元。`, 25, y, 160, body, 1.75, { font: serif });
  } else if (!last) {
    const per = Math.ceil(CLAUSES.length / Math.max(1, c.pages - 2));
    const part = CLAUSES.slice((pageIndex - 1) * per, pageIndex * per);
    for (const [h, b] of part) {
      text(p, h, 25, y, body, { font: serif, weight: 'bold' });
      y += body * 1.8;
      y = paragraph(p, b, 25, y, 160, body, 1.75, { font: serif }) + 4;
    }
  }
  let spots: MarkSpots = { seal: { x: 60, y: 250 }, note: { x: 20, y: 255 }, sign: { x: 140, y: 250 } };
  if (last) {
    if (c.pages === 2 || pageIndex > 0) {
      for (const [h, b] of CLAUSES.slice(-2)) {
        text(p, h, 25, y, body, { font: serif, weight: 'bold' });
        y += body * 1.8;
        y = paragraph(p, b, 25, y, 160, body, 1.75, { font: serif }) + 4;
      }
      y = paragraph(p, '本合同一式两份，甲乙双方各执一份，经甲乙双方签字盖章后生效。', 25, y + 2, 160, body, 1.75, { font: serif });
    }
    y = Math.max(y + 15, 170);
    text(p, '甲方（盖章）：', 25, y, body, { font: serif });
    text(p, '乙方（签字）：', 115, y, body, { font: serif });
    text(p, '法定代表人或委托代理人（签字）：', 25, y + 22, body, { font: serif });
    const d = formatDate(c.signedOn, rng.pick(['cn', 'cn0'] as const));
    text(p, d, 45, y + 42, body, { font: serif });
    text(p, d, 135, y + 42, body, { font: serif });
    spots = { seal: { x: 62, y: y + 18 }, note: { x: 25, y: y + 55 }, sign: { x: 140, y: y - 4 } };
  }
  text(p, `第 ${pageIndex + 1} 页 共 ${c.pages} 页`, 105, 285, 3, { align: 'center', font: serif });
  return { spots, termOnPage };
}
