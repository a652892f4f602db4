/**
 * Source B's people: names, 公民身份号码 with the GB 11643 check character, addresses and phones.
 * Name lists are source B's own (chosen to overlap little with any other generator's).
 */
import type { Citizen } from './content.ts';
import type { RandomStream } from './rng.ts';

const SURNAMES = [
  '韩', '邓', '曹', '彭', '曾', '萧', '田', '董', '袁', '潘', '蒋', '蔡', '余', '杜', '叶', '程', '魏', '苏', '吕', '丁',
  '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '夏', '韦', '付', '方', '白',
  '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯', '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝',
  '欧阳', '司马', '上官',
];
const GIVEN_MALE = ['浩', '宇', '轩', '泽', '博', '文', '睿', '晨', '航', '锦', '凯', '铭', '昊', '庭', '毅', '峻', '舟', '源', '瀚', '岳', '钧', '骁', '朗', '彬', '振', '卫', '国', '立', '建', '志'];
const GIVEN_FEMALE = ['婷', '雯', '琳', '悦', '瑶', '佳', '欣', '怡', '萱', '妍', '璐', '茜', '蕾', '岚', '冰', '露', '嘉', '梦', '思', '诗', '雅', '晴', '月', '颖', '蓉', '淑', '慧', '凤', '秀', '莉'];
const GIVEN_ANY = ['子', '一', '天', '若', '安', '知', '明', '清', '之', '景', '宁', '书', '辰', '星', '言', '予', '乐', '心', '和', '嘉'];

/** A county (GB/T 2260) whose code starts the ID number, with an address stem in it. */
interface County {
  code: string;
  place: string;
  streets: string[];
}
const BEIJING: County[] = [
  { code: '110101', place: '北京市东城区', streets: ['东四十条', '和平里东街', '北新桥三条', '安定门外大街'] },
  { code: '110102', place: '北京市西城区', streets: ['德胜门外大街', '阜成门内大街', '西直门南小街', '广安门外南街'] },
  { code: '110105', place: '北京市朝阳区', streets: ['望京西路', '安立路', '劲松南路', '朝阳北路', '双井东路'] },
  { code: '110106', place: '北京市丰台区', streets: ['方庄南路', '丰台北路', '马家堡东路', '科学城中路'] },
  { code: '110108', place: '北京市海淀区', streets: ['学院路', '中关村南大街', '清河中街', '西三旗建材城中路', '万寿路'] },
  { code: '110112', place: '北京市通州区', streets: ['新华西街', '梨园北街', '玉桥中路'] },
  { code: '110114', place: '北京市昌平区', streets: ['回龙观西大街', '天通苑北街', '府学路', '北七家镇王府街'] },
  { code: '110115', place: '北京市大兴区', streets: ['兴华大街', '黄村西大街', '亦庄荣华中路'] },
];
const ELSEWHERE: County[] = [
  { code: '130102', place: '河北省石家庄市长安区', streets: ['建设北大街', '胜利北街'] },
  { code: '370102', place: '山东省济南市历下区', streets: ['解放路', '文化东路'] },
  { code: '410105', place: '河南省郑州市金水区', streets: ['花园路', '经三路'] },
  { code: '420106', place: '湖北省武汉市武昌区', streets: ['中北路', '武珞路'] },
  { code: '510107', place: '四川省成都市武侯区', streets: ['科华北路', '玉林南路'] },
  { code: '320106', place: '江苏省南京市鼓楼区', streets: ['中山北路', '湖南路'] },
  { code: '340104', place: '安徽省合肥市蜀山区', streets: ['长江西路', '黄山路'] },
  { code: '610113', place: '陕西省西安市雁塔区', streets: ['小寨东路', '长安南路'] },
  { code: '230103', place: '黑龙江省哈尔滨市南岗区', streets: ['西大直街', '学府路'] },
  { code: '430104', place: '湖南省长沙市岳麓区', streets: ['麓山南路', '枫林一路'] },
  { code: '140105', place: '山西省太原市小店区', streets: ['亲贤北街', '平阳路'] },
  { code: '120101', place: '天津市和平区', streets: ['南京路', '成都道'] },
];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function idCheckChar(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[s % 11]!;
}
export function idNumberValid(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idCheckChar(id.slice(0, 17)) === id[17];
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function makeName(rng: RandomStream, sex: 'male' | 'female'): string {
  const given = sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
  const surname = rng.oneOf(SURNAMES);
  // Compound surnames take a one-character given name; others are 2 or 3 characters in all.
  if (surname.length === 2 || rng.yes(0.3)) return surname + rng.oneOf(given);
  return surname + (rng.yes(0.5) ? rng.oneOf(GIVEN_ANY) : rng.oneOf(given)) + rng.oneOf(given);
}

/** A building address in a county: 某路12号院3号楼2单元501室. */
function streetAddress(rng: RandomStream, c: County): string {
  const street = rng.oneOf(c.streets);
  if (rng.yes(0.5)) return `${c.place}${street}${rng.integer(1, 199)}号院${rng.integer(1, 24)}号楼${rng.integer(1, 6)}单元${rng.integer(1, 24)}0${rng.integer(1, 4)}室`;
  return `${c.place}${street}${rng.integer(1, 99)}号${rng.integer(1, 18)}0${rng.integer(1, 6)}`;
}

export function beijingAddress(rng: RandomStream): string {
  return streetAddress(rng, rng.oneOf(BEIJING));
}

export interface CitizenOptions {
  /** Exact birth date, or a year (day drawn). */
  birth?: string;
  birthYear?: number;
  sex?: 'male' | 'female';
  /** Registered in Beijing (a 11xxxx number and address) rather than elsewhere. */
  beijing?: boolean;
}

export function makeCitizen(rng: RandomStream, opts: CitizenOptions = {}): Citizen {
  const sex = opts.sex ?? (rng.yes(0.5) ? 'male' : 'female');
  const year = opts.birthYear ?? rng.integer(1980, 1998);
  const birth = opts.birth ?? `${year}-${pad(rng.integer(1, 12))}-${pad(rng.integer(1, 28))}`;
  const county = (opts.beijing ?? rng.yes(0.4)) ? rng.oneOf(BEIJING) : rng.oneOf(ELSEWHERE);
  // Sequence: the last of its three digits is odd for men and even for women.
  const seq = rng.integer(0, 49) * 20 + rng.integer(0, 4) * 2 + (sex === 'male' ? 1 : 0);
  const first17 = county.code + birth.replaceAll('-', '') + pad(seq, 3);
  const mobile = rng.oneOf(['130', '133', '135', '136', '138', '139', '150', '152', '155', '158', '177', '180', '186', '188', '189', '199']);
  return {
    name: makeName(rng, sex),
    idNumber: first17 + idCheckChar(first17),
    birth,
    sex,
    address: streetAddress(rng, county),
    phone: mobile + String(rng.integer(0, 99999999)).padStart(8, '0'),
  };
}
