import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyKind, extractDocument } from '../../workers/document/index.ts';
import type { PageText } from '../../workers/document/types.ts';
import { ocrPage, textLayerPage } from './document-page-fixture.ts';
import { matchPerson } from '../../rules/names.ts';

const LENDER_ID = '440306199203084417';
const BORROWER_ID = '110105199001011232';
const BODY = '本人李建华系上述房屋的承租人，与借住人王小明系亲属关系。本人自愿将该房屋无偿提供给王小明居住使用，借住期间不收取任何租金。出借人同意借住人自2021年3月9日起居住。';

describe('房屋借住声明: kind and fields', () => {
  it.each([
    // [layout, why, page]
    ['a lined form', 'labels with colons, one party a row', ocrPage(['房 屋 借 住 声 明', `出借人（房主）：李建华    身份证号码：${LENDER_ID}`, `借住人：王小明    身份证号码：${BORROWER_ID}`, '房屋坐落：北京市昌平区回龙观东大街8号院3号楼2单元501室', BODY, '特此声明。', '出借人（签字）：李建华    借住人（签字）：王小明', '声明日期：2021年3月2日'])],
    ['a bordered table', 'cells without colons, 姓名 in the label', textLayerPage([['借住声明'], ['出借人姓名', '李建华', '身份证号码', LENDER_ID], ['借住人姓名', '王小明', '身份证号码', BORROWER_ID], ['房屋地址', '北京市昌平区回龙观东大街8号院3号楼2单元501室'], [BODY], ['出借人签字：', '借住人签字：'], ['日期：2021-03-02']])],
    ['a bordered table read with its rules', 'the cell borders read as bars', ocrPage(['房屋借住声明', `出借人姓名     |  李建华        |     身份证号码     |  ${LENDER_ID}`, `借住人姓名  |  王小明  |  身份证号码  |  ${BORROWER_ID}`, '房屋地址  |  北京市昌平区回龙观东大街8号院3号楼2单元501室  |', BODY, '日期：2021年3月2日'])],
    ['read with OCR slips', 'a colon read as ;, an O for a 0 in the number', ocrPage(['房屋借住声明', `出借人 (房主) ;李建华  身份证号码: ${LENDER_ID.slice(0, 4)}O${LENDER_ID.slice(5)}`, `借住人: 王小明  身份证号码: ${BORROWER_ID}`, '房屋坐落: 北京市昌平区回龙观东大街8号院3号楼2单元501室', BODY, '声明日期: 2021 年 3 月 2 日'])],
  ] as const)('when the statement is %s (%s), then the lender, the borrower, their numbers, the home and the date are read', (_layout, _why, page) => {
    const f = extractDocument([page], { declaredKind: null });
    expect(f.kind).toBe('borrowing_statement');
    expect(f.parties).toMatchObject({ lender: '李建华', lenderIdNumber: LENDER_ID, borrower: '王小明', borrowerIdNumber: BORROWER_ID, address: '北京市昌平区回龙观东大街8号院3号楼2单元501室' });
    expect(f.identifierChecks).toMatchObject({ lenderIdNumber: true, borrowerIdNumber: true });
    expect(f.issuedOn).toBe('2021-03-02');
  });

  it('when the body names the parties without labels, then no name is taken from it', () => {
    const f = extractDocument([ocrPage(['房屋借住声明', BODY, '特此声明。'])], { declaredKind: null });
    expect(f.kind).toBe('borrowing_statement');
    expect(f.parties).toMatchObject({ lender: null, borrower: null });
  });

  it('when a lease mentions the lessee living there, then it is still a lease', () => {
    expect(classifyKind([ocrPage(['房屋租赁合同', '出租人（甲方）：李四', '承租人（乙方）：王小明', '租金每月5000元，押金一个月', '房屋坐落：北京市昌平区'])], null).kind).toBe('lease_contract');
  });
});

/** Real tesseract output of generated statements, one per source's layout. */
function fixture(name: string): PageText {
  return JSON.parse(readFileSync(new URL(`../fixtures/ocr/${name}.json`, import.meta.url), 'utf8')) as PageText;
}

describe('房屋借住声明 scans (real OCR)', () => {
  it.each([
    // [fixture, lender as printed, lender number, borrower, borrower number, date, why]
    ['borrowing-statement-lined-form', '陈平', '230103198704214087', '马伟', '510107199210229809', null, 'a typed lined form; the borrower’s colon read ";，_", the month of the 声明日期 read "?" (no date rather than the body’s 借住 date)'],
    ['borrowing-statement-table', '付萱', '43010419940128166X', '上官思', '130102199209111245', '2021-04-23', 'a bordered table, the lender’s name read one character off, the date in Chinese numerals'],
  ] as const)('when %s is read, then it is a 借住声明 of %s (%s) lending to %s (%s), dated %s (%s)', (name, lender, lenderId, borrower, borrowerId, date, _why) => {
    const f = extractDocument([fixture(name)], { declaredKind: null });
    expect(f.kind).toBe('borrowing_statement');
    expect(f.parties).toMatchObject({ lenderIdNumber: lenderId, borrower, borrowerIdNumber: borrowerId });
    expect(matchPerson(f.parties.lender ?? '', lender)).not.toBe('different');
    expect(f.issuedOn).toBe(date);
  });
});
