/**
 * Source B's employers: registered names of 8–20 characters, a short form, a 统一社会信用代码 with
 * valid check characters (GB 32100 for the whole code, GB 11714 for the embedded organisation
 * code), and the district tax bureau that collects their withholding.
 */
import type { Company } from './content.ts';
import type { RandomStream } from './rng.ts';
import { makeName } from './identity.ts';

const TRADE_NAMES = [
  '星河', '瀚海', '云图', '博远', '嘉禾', '恒信', '拓维', '中科', '远景', '天工', '汇智', '华创', '晨曦', '青松', '金桥',
  '明德', '鼎盛', '永泰', '睿思', '飞鸿', '泓源', '海纳', '知行', '亿联', '联创', '神州', '京城', '百川', '润泽', '清源',
];
const INDUSTRIES = [
  '科技', '信息技术', '网络科技', '软件技术', '生物科技', '医药科技', '文化传媒', '建筑工程', '环保科技', '电子商务',
  '智能科技', '数据服务', '咨询', '教育科技', '新能源科技', '物流', '餐饮管理', '商贸', '建筑设计', '工程技术',
];
const SUFFIXES = ['有限公司', '有限公司', '有限责任公司', '股份有限公司'];

/** A Beijing district: its division code and the tax bureau collecting there. */
export interface District {
  code: string;
  name: string;
  streets: string[];
}
export const DISTRICTS: District[] = [
  { code: '110105', name: '朝阳区', streets: ['建国路', '酒仙桥路', '东三环中路', '望京街'] },
  { code: '110108', name: '海淀区', streets: ['中关村大街', '上地信息路', '知春路', '北四环西路'] },
  { code: '110114', name: '昌平区', streets: ['回龙观东大街', '科技园区超前路', '生命园路'] },
  { code: '110102', name: '西城区', streets: ['金融大街', '西直门外大街'] },
  { code: '110101', name: '东城区', streets: ['东直门南大街', '朝阳门北大街'] },
  { code: '110106', name: '丰台区', streets: ['汽车博物馆东路', '南四环西路'] },
  { code: '110115', name: '大兴区', streets: ['荣华南路', '科创十三街'] },
  { code: '110112', name: '通州区', streets: ['运河东大街', '新华北路'] },
];

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 32100 check character of the first 17 characters. */
export function creditCheckChar(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC_CHARS.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  const c = 31 - (s % 31);
  return USCC_CHARS[c === 31 ? 0 : c]!;
}
export function creditCodeValid(code: string): boolean {
  return code.length === 18 && [...code].every((ch) => USCC_CHARS.includes(ch)) && creditCheckChar(code.slice(0, 17)) === code[17];
}

/** GB 11714 check character of an 8-character organisation code (digits and capitals). */
function orgCheckChar(first8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i]!;
    s += (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55) * w[i]!;
  }
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function creditCode(rng: RandomStream, district: District): string {
  // Codes issued since 2015 carry MA + 6 characters; older firms keep their numeric organisation code.
  const letters = USCC_CHARS.slice(10);
  let org: string;
  do {
    org = rng.yes(0.6) ? 'MA0' + Array.from({ length: 5 }, () => rng.oneOf([...USCC_CHARS])).join('') : String(rng.integer(10000000, 99999999));
    if (org.startsWith('MA0') && !/[A-Z]/.test(org.slice(3))) org = org.slice(0, 7) + rng.oneOf([...letters]);
  } while (!USCC_CHARS.includes(orgCheckChar(org)));
  const first17 = '91' + district.code + org + orgCheckChar(org);
  return first17 + creditCheckChar(first17);
}

export function taxAuthorityOf(company: Company): string {
  const d = DISTRICTS.find((x) => company.address.includes(x.name));
  return `国家税务总局北京市${d ? d.name : '海淀区'}税务局`;
}

export interface CompanyOptions {
  /** A registered name of 16–20 characters. */
  long?: boolean;
  /** Names to avoid (another employer of the same world). */
  avoid?: string[];
  /** Fixed industry (人力资源服务 for a dispatch agency). */
  industry?: string;
}

function nameParts(rng: RandomStream, opts: CompanyOptions): { name: string; shortName: string } {
  const industry = opts.industry ?? rng.oneOf(INDUSTRIES);
  const [a, b] = rng.shuffle(TRADE_NAMES);
  const trade = opts.long || rng.yes(0.3) ? a! + b! : a!;
  const grow = opts.long ? rng.oneOf(['发展', '开发', '服务', '研究院']) : rng.yes(0.2) ? '发展' : '';
  const suffix = opts.long ? rng.oneOf(['有限责任公司', '股份有限公司']) : rng.oneOf(SUFFIXES);
  const form = rng.float();
  if (form < 0.15 && !opts.long) {
    // 字号（北京）行业有限公司: a firm registered elsewhere first.
    return { name: `${trade}（北京）${industry}${grow}${suffix}`, shortName: `${trade}${industry}` };
  }
  if (form < 0.25) {
    const d = rng.oneOf(DISTRICTS).name.slice(0, 2);
    return { name: `北京${trade}${industry}${suffix}${d}分公司`, shortName: `${trade}${d}分公司` };
  }
  return { name: `北京${trade}${industry}${grow}${suffix}`, shortName: `${trade}${industry}` };
}

export function makeCompany(rng: RandomStream, opts: CompanyOptions = {}): Company {
  let parts = nameParts(rng, opts);
  for (let i = 0; i < 50; i++) {
    const len = [...parts.name].length;
    const fits = opts.long ? len >= 16 && len <= 20 : len >= 8 && len <= 20;
    if (fits && !opts.avoid?.includes(parts.name)) break;
    parts = nameParts(rng, opts);
  }
  const district = DISTRICTS.find((d) => parts.name.includes(d.name.slice(0, 2) + '分公司')) ?? rng.oneOf(DISTRICTS);
  const tower = rng.yes(0.5) ? `${rng.integer(1, 30)}号楼${rng.integer(2, 21)}层${rng.integer(1, 30).toString().padStart(2, '0')}室` : `${rng.integer(1, 12)}号院${rng.integer(1, 9)}号楼${rng.integer(101, 1520)}`;
  return {
    name: parts.name,
    shortName: parts.shortName,
    creditCode: creditCode(rng, district),
    address: `北京市${district.name}${rng.oneOf(district.streets)}${rng.integer(1, 199)}号${tower}`,
    legalRep: makeName(rng, rng.yes(0.7) ? 'male' : 'female'),
  };
}
