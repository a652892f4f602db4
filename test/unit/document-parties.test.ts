import { describe, expect, it } from 'vitest';
import { extractParties } from '../../workers/document/extract-parties.ts';
import { ocrPage } from './document-page-fixture.ts';

describe('extractParties', () => {
  it('when a labour contract names both parties, then names, credit code and ID are read and checked', () => {
    const r = extractParties([
      ocrPage(['劳动合同书', '甲方（用人单位）：北京某某科技有限公司   法定代表人：张三', '统一社会信用代码：91110108MA01ABCD1E', '乙方（劳动者）：王 小明', '居民身份证号码：110108198803151231']),
    ], 'labor_contract');
    expect(r.parties).toMatchObject({
      employer: '北京某某科技有限公司',
      employerCreditCode: '91110108MA01ABCD1E',
      employee: '王小明',
      employeeIdNumber: '110108198803151231',
      dispatch: false,
    });
    expect(r.checks).toEqual({ employerCreditCode: true, employeeIdNumber: true });
  });

  it('when an ID number fails its checksum, then it is kept and flagged for review', () => {
    const r = extractParties([ocrPage(['乙方（劳动者）：王小明', '身份证号码：110108198803151232'])], 'labor_contract');
    expect(r.parties.employeeIdNumber).toBe('110108198803151232');
    expect(r.checks.employeeIdNumber).toBe(false);
  });

  it('when OCR read O for 0 in the credit code, then the code is repaired', () => {
    const r = extractParties([ocrPage(['甲方：北京某某科技有限公司', '统一社会信用代码：911101O8MA01ABCD1E'])], 'labor_contract');
    expect(r.parties.employerCreditCode).toBe('91110108MA01ABCD1E');
  });

  it('when the contract mentions 劳务派遣, then dispatch is true', () => {
    const r = extractParties([ocrPage(['劳动合同（劳务派遣）', '甲方（派遣单位）：北京某某人力资源有限公司', '用工单位：北京某某科技有限公司'])], 'labor_contract');
    expect(r.parties.dispatch).toBe(true);
  });

  it('when a lease lists both parties, then each ID and phone goes to the party named before it and nothing is missing', () => {
    const r = extractParties([
      ocrPage([
        '房屋租赁合同',
        '出租人（甲方）：李四   身份证号：110223199207044564   联系电话：13800138000',
        '承租人（乙方）：王小明   身份证号：110108198803151231   联系电话：010-62345678',
        '甲方将位于北京市海淀区中关村大街1号院2号楼301室的房屋出租给乙方',
      ]),
    ], 'lease_contract');
    expect(r.parties).toMatchObject({
      lessor: '李四',
      lessee: '王小明',
      lessorIdNumber: '110223199207044564',
      lesseeIdNumber: '110108198803151231',
      lessorPhone: '13800138000',
      lesseePhone: '010-62345678',
      address: '北京市海淀区中关村大街1号院2号楼301室',
    });
    expect(r.missing).toEqual([]);
  });

  it('when a lease leaves the lessee ID and phone blank, then they are listed as missing', () => {
    const r = extractParties([
      ocrPage(['出租人（甲方）：李四  身份证号：110223199207044564  电话：13800138000', '承租人（乙方）：王小明  身份证号：____________  电话：________', '房屋坐落于：北京市朝阳区某某路8号']),
    ], 'lease_contract');
    expect(r.missing.sort()).toEqual(['lesseeIdNumber', 'lesseePhone']);
    expect(r.parties.address).toBe('北京市朝阳区某某路8号');
  });

  it('when a lease value is there but unreadable, or its label was not read at all, then the field is unread, not missing', () => {
    const r = extractParties([
      ocrPage(['出租人（甲方）：李四  身份证号：1102231992O7  电话：13800138000', '承租人（乙方）：王小明  身份证号：110108198803151231', '房屋情况：北京市朝阳区某某路8号']),
    ], 'lease_contract');
    expect(r.missing).toEqual([]);
    expect(r.unread.sort()).toEqual(['address', 'lesseePhone', 'lessorIdNumber']);
  });

  it('when a lease label is followed only by the blank line\'s debris ("联系电话，。"), then the field is proven missing', () => {
    const r = extractParties([
      ocrPage(['出租方 (甲方) : 刘十桐   联系电话:15057328665', '身份证号码: “', '承租方 (乙方) :_马伟   联系电话，。', '身份证号码: 510107199210229809', '房屋坐落; ____']),
    ], 'lease_contract');
    expect(r.missing.sort()).toEqual(['address', 'lesseePhone', 'lessorIdNumber']);
    expect(r.unread).toEqual([]);
  });

  it('when an ID card is read, then the holder and number are the employee fields', () => {
    const r = extractParties([ocrPage(['姓名 王小明', '公民身份号码 110108198803151231'])], 'id_card');
    expect(r.parties).toMatchObject({ employee: '王小明', employeeIdNumber: '110108198803151231' });
  });
});

describe('ID card name read run on into the next label', () => {
  it('ends the name at 性别', () => {
    const page = { page: 1, source: 'ocr' as const, widthPx: 1000, heightPx: 600, lines: [{ text: '姓名李涛性别女', confidence: 95, box: { x: 10, y: 10, w: 300, h: 30 } }, { text: '民族 汉', confidence: 90, box: { x: 10, y: 50, w: 300, h: 30 } }] };
    expect(extractParties([page], 'id_card').parties.employee).toBe('李涛');
  });
});
