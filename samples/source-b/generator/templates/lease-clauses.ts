/**
 * Lease clauses after the pattern of the Beijing model contracts (房屋租赁合同, 自行成交版):
 * 房屋基本情况, 租赁期限, 租金及支付方式, … The facts are filled by the template; these are the
 * boilerplate a layout may drop to reach its page count.
 */
export interface LeaseClause {
  key: string;
  title: string;
  text: string;
}

export const LEASE_FILLERS: LeaseClause[] = [
  { key: 'use', title: '房屋用途', text: '该房屋用途为居住。除双方另有约定外，乙方不得擅自改变房屋用途，不得在房屋内从事违法活动。' },
  { key: 'deposit', title: '押金', text: '乙方应于本合同签订之日向甲方支付相当于一个月租金的押金。租赁期满或合同解除后，房屋经验收无损坏且乙方结清各项费用的，甲方应将押金全额无息退还乙方。' },
  { key: 'fees', title: '其他相关费用', text: '租赁期内，水费、电费、燃气费、供暖费、物业管理费、网络及有线电视费由乙方承担，甲方应保证上述费用在交房前已结清。' },
  { key: 'handover', title: '房屋交付及返还', text: '甲方应于租赁期开始之日将房屋及附属设施交付乙方，双方办理交接手续并签署《房屋交割清单》。租赁期满，乙方应按照原状返还房屋及其附属物品、设备设施。' },
  { key: 'repair', title: '房屋及附属设施的维护', text: '租赁期内，甲方应保障房屋及其附属设施处于适用和安全的状态。乙方发现房屋及附属设施有损坏或故障时，应及时通知甲方修复；因乙方使用不当造成损坏的，由乙方负责维修或赔偿。' },
  { key: 'sublet', title: '转租', text: '除甲乙双方另有约定以外，乙方需事先征得甲方书面同意，方可在租赁期内将房屋部分或全部转租给他人。' },
  { key: 'terminate', title: '合同解除', text: '经甲乙双方协商一致，可以解除本合同。因不可抗力导致本合同无法继续履行的，本合同自行解除。一方违约致使合同目的无法实现的，守约方有权单方解除本合同。' },
  { key: 'breach', title: '违约责任', text: '任何一方未能履行本合同约定的条款或者违反国家和本市有关法律、法规，给对方造成损失的，应当承担赔偿责任。乙方逾期支付租金的，每逾期一日按日租金的百分之五支付违约金。' },
  { key: 'renew', title: '续租', text: '租赁期满，乙方有意继续承租的，应提前三十日向甲方提出续租要求，协商一致后双方重新签订房屋租赁合同。' },
  { key: 'register', title: '登记备案', text: '本合同签订之日起三十日内，甲方应按规定到房屋所在地的区住房城乡建设主管部门或街道办事处、乡镇人民政府办理房屋租赁登记备案。' },
  { key: 'dispute', title: '争议解决', text: '本合同项下发生的争议，由双方当事人协商解决；协商不成的，依法向房屋所在地人民法院起诉，或提交北京仲裁委员会仲裁。' },
  { key: 'copies', title: '其他', text: '本合同自双方签字之日起生效，一式两份，甲乙双方各执一份，具有同等法律效力。本合同未尽事宜，双方可另行签订补充协议。' },
];

/** Openings for the split term's paragraph, chosen so the start date ends its line. */
export const LEASE_SPLIT_LEADS = [
  '',
  '双方约定，',
  '经甲乙双方协商一致，',
  '甲方应按约定将房屋交付乙方使用，',
  '甲乙双方约定本房屋租赁期限如下，',
  '甲方应于租赁期开始之日将房屋交付乙方，',
  '经双方协商，甲方同意将上述房屋出租给乙方居住使用，',
  '甲乙双方经平等协商，就房屋租赁事宜达成一致，',
];
