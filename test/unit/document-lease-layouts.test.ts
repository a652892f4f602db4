import { describe, expect, it } from 'vitest';
import { extractParties } from '../../workers/document/extract-parties.ts';
import type { PageText } from '../../workers/document/types.ts';
import { ocrPage } from './document-page-fixture.ts';

/** A page whose lines carry their own heights: [text, y, h, OCR confidence]. Rows that overlap in height are read as two rows by OCR. */
type PlacedLine = [string, number, number, number?];

function placedPage(lines: PlacedLine[]): PageText {
  return { page: 1, source: 'ocr', widthPx: 1318, heightPx: 1832, lines: lines.map(([text, y, h, confidence = 88]) => ({ text, confidence, box: { x: 160, y, w: 740, h } })) };
}

/** A bureau-table lease whose lessee's name was written by hand above its empty 姓名 cell and read as the row given. */
function withFloatingName(floating: PlacedLine) {
  return extractParties(
    [
      placedPage([
        ['出租人  姓名  吕茜  证件类型 | 居民身份证', 298, 48],
        ['(甲方)  证件号码  联系电话 | 15279896404', 350, 34],
        floating,
        ['承租人  姓名  证件类型 | 居民身份证', 411, 41],
        ['(乙方)  证件号码 | 130102199209111245 | 联系电话', 456, 35],
      ]),
    ],
    'lease_contract',
  );
}

describe('lease parties in the three layouts (bureau table, agency table, plain lines)', () => {
  it.each([
    [
      'a parties table with every cell filled (出租人 / 姓名 / name / 证件类型 …, no colons)',
      ['北京市房屋租赁合同', '出租人  姓名  曹源朗  证件类型 | 居民身份证', '(甲方)  证件号码 | 110101197206283878  联系电话 | 13385183199', '承租人  姓名  杜星月  证件类型 | 居民身份证', '(乙方)  证件号码 | 110105199505190860  联系电话 | 18876967231', '第一条 房屋基本情况 甲方房屋坐落于北京市大兴区黄村西大街10号院', '居间方（丙方）：北京某某房地产经纪有限公司'],
      { lessor: '曹源朗', lessee: '杜星月', lessorIdNumber: '110101197206283878', lesseeIdNumber: '110105199505190860', lessorPhone: '13385183199', lesseePhone: '18876967231' },
      [],
    ],
    [
      'a parties table with the lessor ID cell and the lessee phone cell empty',
      ['出租人  姓名  吕茜  证件类型 | 居民身份证', '(甲方)  证件号码  联系电话 | 15279896404', '承租人  姓名  上官思  证件类型 | 居民身份证', '(乙方)  证件号码 | 130102199209111245 | 联系电话', '甲方房屋坐落于北京市通州区新华西街69号1006'],
      { lessor: '吕茜', lessee: '上官思', lessorPhone: '15279896404', lesseeIdNumber: '130102199209111245' },
      ['lesseePhone', 'lessorIdNumber'],
    ],
    [
      'plain lines with a handwritten mobile read in groups',
      ['房屋租赁协议', '甲方(出租方) ;石雯怡  身份证号, 110102196304142827', '联系电话, 19906023750', '乙方(承租方) :  上官思  身份证号, 130102199209111245', '联系电话, 186 45 54 6339', '一、房屋基本情况甲方房屋坐落于北京市西城区广安门外南街22号302房屋用', '途为居住'],
      { lessor: '石雯怡', lessee: '上官思', lesseePhone: '18645546339', address: '北京市西城区广安门外南街22号302' },
      [],
    ],
  ] as const)('when a lease shows %s, then the parties are read and only empty cells are missing', (_, lines, expected, missing) => {
    const r = extractParties([ocrPage([...lines])], 'lease_contract');
    expect(r.parties).toMatchObject(expected);
    expect(r.missing.sort()).toEqual([...missing]);
  });

  it('when a handwritten name floats above its table cell and OCR reads it weakly as a row of its own, then the empty-looking cell is unread, not missing', () => {
    const r = withFloatingName(['上人官四  评件类刑 | 尾民身份', 403, 24, 48]);
    expect(r.missing.sort()).toEqual(['lesseePhone', 'lessorIdNumber']);
    expect(r.unread).toContain('lessee');
  });

  it('when the floating handwritten name is read confidently, then it is the party\'s name, with that row\'s confidence', () => {
    const r = withFloatingName(['上官思  证件类型 | 居民身份证', 403, 24, 86]);
    expect(r.parties).toMatchObject({ lessor: '吕茜', lessee: '上官思', lesseeConfidence: 0.86 });
    expect(r.unread).not.toContain('lessee');
  });
});

describe('the labour contract signer as read', () => {
  it.each([
    ['甲方 misread and the colon read as 。, the role in brackets intact', ['劳动合同书', '肌方(用人单位) 。北京明德晨叶物流有限雯任公司', '乙方(劳动者) :  上官思', '甲方(盖章) :  乙方(等字)上尼心'], '北京明德晨叶物流有限雯任公司'],
    ['only the signature block names a party', ['劳动合同书', '甲方(盖章) :  乙方(签字)上尼心'], null],
    ['a clean 甲方 line', ['甲方：北京某某科技有限公司', '乙方：王小明'], '北京某某科技有限公司'],
  ] as const)('when the contract shows %s, then the employer is %j', (_, lines, employer) => {
    expect(extractParties([ocrPage([...lines])], 'labor_contract').parties.employer ?? null).toBe(employer);
  });

  it('when the employer line is read weakly, then its OCR confidence goes with the name', () => {
    const page = ocrPage(['甲方：北京某某科技有限公司', '乙方：王小明']);
    page.lines[0].confidence = 48;
    expect(extractParties([page], 'labor_contract').parties.employerConfidence).toBe(0.48);
  });
});
