import { describe, expect, it } from 'vitest';
import { extractParties } from '../../workers/document/extract-parties.ts';
import { ocrPage } from './document-page-fixture.ts';

/** The holder of a material (乙方, 纳税人, the card's 姓名, the 承租人) as read, with how surely. */
describe('extractParties: whose material it is', () => {
  it.each([
    // [kind, lines, name, id, why]
    ['tax_record', ['纳税人名称：杨霞    纳税人识别号：1101**********5222'], '杨霞', '1101**********5222', 'the tax bureau masks the middle of the number'],
    ['income_query', ['纳税人姓名：杨霞', '证件号码：610113********5222'], '杨霞', '610113********5222', 'the division code shown, eight digits masked'],
    ['income_query', ['纳税人姓名：杨霞', '证件号码：６１０１１３＊＊＊＊＊＊＊＊５２２２'], '杨霞', '610113********5222', 'full-width digits and stars'],
    ['labor_contract', ['乙方（劳动者）姓名：,杨霞', '居民身份证号码：610113198911195222'], '杨霞', '610113198911195222', 'a colon read as a comma before the name'],
    ['labor_contract', ['乙方（劳动者）：王 小明', '身份证号码：110108198803151231'], '王小明', '110108198803151231', 'a name read with a space inside'],
    ['id_card', ['姓名 冯勇', '公民身份号码 110108198803151231'], '冯勇', '110108198803151231', 'the card prints no colon'],
  ] as const)('when a %s reads %j, then the holder is %s, number %s (%s)', (kind, lines, name, id, _why) => {
    const r = extractParties([ocrPage([...lines], 1, 90)], kind);
    expect(r.parties.employee).toBe(name);
    expect(r.parties.employeeIdNumber).toBe(id);
  });

  it('when the holder’s rows are read weakly, then the name and number carry that confidence', () => {
    const r = extractParties([ocrPage(['乙方（劳动者）：王小明', '身份证号码：110108198803151231'], 1, 45)], 'labor_contract');
    expect(r.parties.employeeConfidence).toBeLessThan(0.6);
    expect(r.parties.employeeIdConfidence).toBeLessThan(0.6);
    const sure = extractParties([ocrPage(['乙方（劳动者）：王小明', '身份证号码：110108198803151231'], 1, 92)], 'labor_contract');
    expect(sure.parties.employeeConfidence).toBeGreaterThanOrEqual(0.9);
  });

  it('when a lease names its lessee, then the lessee’s name and number carry their confidence', () => {
    const r = extractParties([ocrPage(['出租人（甲方）：李四   身份证号：110223199207044564', '承租人（乙方）：王小明   身份证号：110108198803151231'], 1, 88)], 'lease_contract');
    expect(r.parties).toMatchObject({ lessee: '王小明', lesseeIdNumber: '110108198803151231' });
    expect(r.parties.lesseeConfidence).toBeCloseTo(0.88, 2);
    expect(r.parties.lesseeIdConfidence).toBeCloseTo(0.88, 2);
  });
});
