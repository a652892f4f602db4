import type { Rng } from './rng.ts';

/** GB 11643-1999 check character for the first 17 digits of a resident ID number. */
export function idCheckChar(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * w[i];
  return '10X98765432'[sum % 11];
}

export function makeIdNumber(rng: Rng, birth: string, sex: 'male' | 'female'): string {
  const area = rng.pick(['110105', '110108', '110114', '130102', '370202', '420106', '510107', '320106', '610113', '230103']);
  let seq = rng.int(10, 99) * 10 + rng.int(0, 4) * 2 + (sex === 'male' ? 1 : 0);
  if (seq > 999) seq = 999;
  const first17 = area + birth.replaceAll('-', '') + String(seq).padStart(3, '0');
  return first17 + idCheckChar(first17);
}

const CC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100-2015 check character of a unified social credit code. */
export function creditCheckChar(first17: string): string {
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CC_CHARS.indexOf(first17[i]) * w[i];
  return CC_CHARS[(31 - (sum % 31)) % 31];
}

export function makeCreditCode(rng: Rng): string {
  let body = '911101' + rng.pick(['05', '08', '14', '02', '15']);
  while (body.length < 17) body += CC_CHARS[rng.int(0, 30)];
  return body + creditCheckChar(body);
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '晓东', '子涵', '浩然', '雨桐', '思远', '嘉怡', '一鸣', '欣然', '宇航', '梓萱', '志强', '建华', '春梅', '海燕'];

export function makePersonName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.3) ? rng.pick(['', '']) : '');
}

const CO_PLACE = ['北京', '北京', '北京', '北京中关村'];
const CO_CORE = ['星河', '华信', '博远', '智联', '瑞达', '恒通', '云帆', '睿思', '东方启明', '鼎盛', '明德', '凌云', '汇智', '远景', '天宇', '新程', '泰和', '长风', '众合', '领航'];
const CO_TRADE = ['科技', '信息技术', '软件', '网络科技', '生物技术', '数据服务', '电子', '医药科技', '智能科技', '咨询'];
const CO_FORM = ['有限公司', '有限公司', '有限责任公司', '股份有限公司'];

export function makeCompanyName(rng: Rng, avoid?: string): string {
  for (;;) {
    const n = rng.pick(CO_PLACE) + rng.pick(CO_CORE) + rng.pick(CO_TRADE) + rng.pick(CO_FORM);
    if (n !== avoid) return n;
  }
}

export function makePhone(rng: Rng): string {
  return rng.pick(['138', '139', '135', '186', '158', '177', '133', '150']) + String(rng.int(0, 99999999)).padStart(8, '0');
}

const DISTRICTS = ['昌平区', '海淀区', '朝阳区', '丰台区', '东城区', '西城区', '通州区'];
const STREETS = ['回龙观西大街', '龙水路', '北清路', '中关村大街', '望京街', '天通苑北路', '立汤路', '科技园路', '学院路'];

export function makeAddress(rng: Rng): string {
  return `北京市${rng.pick(DISTRICTS)}${rng.pick(STREETS)}${rng.int(1, 99)}号院${rng.int(1, 30)}号楼${rng.int(1, 6)}单元${rng.int(1, 28)}${String(rng.int(1, 4)).padStart(2, '0')}室`;
}

export const TAX_AUTHORITIES = ['国家税务总局北京市昌平区税务局', '国家税务总局北京市海淀区税务局', '国家税务总局北京市朝阳区税务局', '国家税务总局北京市经济技术开发区税务局'];
