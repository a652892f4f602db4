import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../workers/document/classify-kind.ts';
import { ocrPage } from './document-page-fixture.ts';

describe('classifyKind', () => {
  it.each([
    ['tax_record', ['中华人民共和国', '个 人 所 得 税 纳 税 记 录', '（原《税收完税证明》）', '申报日期  实缴(退)金额  入(退)库日期  所得项目  税款所属期  入库税务机关']],
    ['income_query', ['2021/8/10 14:23  申报收入查询', '申报收入查询', '序号  所得项目  所得项目小类  税款所属期  扣缴义务人  收入  已申报税额']],
    ['labor_contract', ['劳 动 合 同 书', '甲方（用人单位）：北京某某科技有限公司', '乙方（劳动者）：王小明', '试用期', '劳动报酬']],
    ['lease_contract', ['房屋租赁合同', '出租人（甲方）：李四', '承租人（乙方）：王小明', '租金每月5000元，押金一个月']],
    ['id_card', ['姓名 王小明', '性别 男 民族 汉', '出生 1988 年 3 月 15 日', '住址 北京市海淀区', '公民身份号码 110108198803151231']],
    ['residence_permit', ['北京市居住证', '姓名 王小明', '居住地址 北京市海淀区', '有效期限 2021.03.01-2022.03.01', '签注']],
    ['hukou', ['居民户口簿', '户主姓名 王大明', '户别 家庭户', '与户主关系 子']],
    ['degree_certificate', ['学士学位证书', '王小明，男，1988年3月15日生。在某某大学计算机科学与技术专业完成了本科学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。', '学位评定委员会主席']],
    ['title_certificate', ['专业技术资格证书', '资格名称 高级工程师', '评审通过']],
    ['resignation_certificate', ['离职证明', '兹证明王小明自2018年1月1日至2021年6月30日在我公司任职，已于2021年6月30日解除劳动合同。', '特此证明']],
    ['borrowing_statement', ['房屋借住声明', '出借人（房主）：李建华  身份证号码：440306199203084417', '借住人：王小明', '本人自愿将该房屋无偿提供给王小明居住使用，不收取任何租金。', '特此声明。']],
    ['other', ['会议纪要', '今天讨论了下一季度的安排']],
  ])('when the pages read like %s, then that kind is detected', (kind, lines) => {
    expect(classifyKind([ocrPage(lines)], null).kind).toBe(kind);
  });

  it('when the title and the table agree, then confidence is high', () => {
    const r = classifyKind([ocrPage(['个人所得税纳税记录', '申报日期  实缴(退)金额  入(退)库日期  所得项目  税款所属期  入库税务机关', '开具机关'])], null);
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('when the slot declared another kind, then the reading of the pages still wins', () => {
    const r = classifyKind([ocrPage(['个人所得税纳税记录', '申报日期  实缴(退)金额  入(退)库日期  所得项目  税款所属期'])], 'labor_contract');
    expect(r.kind).toBe('tax_record');
  });

  it('when a document mentions 工作居住证, then it is not taken for a 居住证', () => {
    expect(classifyKind([ocrPage(['劳动合同书', '甲方为乙方办理北京市工作居住证', '劳动者', '用人单位'])], null).kind).toBe('labor_contract');
  });
});
