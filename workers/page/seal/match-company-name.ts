import { normaliseCompanyName } from './normalise-company-name.ts';

/**
 * Words whose presence on one side only makes it another legal entity (a branch, an affiliate, a
 * different line of business or place), not an OCR slip.
 */
const MEANINGFUL = [
  '发展', '分公司', '分行', '支行', '分店', '分所', '分院', '分部', '分中心', '办事处', '代表处', '营业部', '集团', '控股',
  '股份', '实业', '国际', '中国', '投资', '技术', '科技', '信息', '网络', '数据', '服务', '管理', '咨询', '贸易', '工程',
  '建设', '研究院', '研究所', '中心', '事务所', '医院', '学校', '大学', '银行', '总公司', '文化', '传媒', '教育', '医药',
  '生物', '电子', '软件', '智能', '新能源', '能源', '环保', '物流', '金融', '资本', '基金', '证券', '保险', '置业', '地产',
  '电子商务', '互联网', '云', '数字', '创新', '产业', '实验室', '合伙', '个人独资', '外商', '合资',
  // places: provinces, big cities, Beijing's districts
  '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门', '广州', '深圳', '杭州', '南京', '苏州', '成都', '武汉', '西安', '青岛', '大连', '厦门',
  '宁波', '沈阳', '长沙', '郑州', '济南', '合肥', '雄安', '东城', '西城', '朝阳', '海淀', '丰台', '石景山', '门头沟', '房山',
  '通州', '顺义', '昌平', '大兴', '怀柔', '平谷', '密云', '延庆', '亦庄', '中关村', '华北', '华东', '华南', '华中', '西北',
  '西南', '东北',
];

function tokensIn(s: string): string[] {
  return MEANINGFUL.filter((t) => s.includes(t));
}

/** Meaningful words in `read` that the employer's name lacks (发展, 集团, another place …). */
export function foreignWords(read: string, employer: string): string[] {
  const e = normaliseCompanyName(employer);
  return tokensIn(normaliseCompanyName(read)).filter((t) => !e.includes(t));
}

interface DiffRun { read: string; emp: string; /** position in the employer's name */ at: number }

/** Levenshtein alignment, returned as the runs where the two strings differ, plus edit counts. */
function align(a: string[], b: string[]): { runs: DiffRun[]; subs: number; ins: number; del: number } {
  const n = a.length, m = b.length;
  const D = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) {
    D[i]![j] = Math.min(D[i - 1]![j]! + 1, D[i]![j - 1]! + 1, D[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  const ops: Array<['=' | 's' | 'i' | 'd', string, string]> = [];
  let i = n, j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && D[i]![j] === D[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      ops.push([a[i - 1] === b[j - 1] ? '=' : 's', a[i - 1]!, b[j - 1]!]); i--; j--;
    } else if (i > 0 && D[i]![j] === D[i - 1]![j]! + 1) { ops.push(['i', a[i - 1]!, '']); i--; }
    else { ops.push(['d', '', b[j - 1]!]); j--; }
  }
  ops.reverse();
  const runs: DiffRun[] = [];
  let cur: DiffRun | null = null;
  let subs = 0, ins = 0, del = 0;
  let pos = 0;
  for (const [op, x, y] of ops) {
    if (op !== 'i') pos++;
    if (op === '=') { cur = null; continue; }
    if (op === 's') subs++; else if (op === 'i') ins++; else del++;
    if (!cur) { cur = { read: '', emp: '', at: op === 'i' ? pos : pos - 1 }; runs.push(cur); }
    cur.read += x; cur.emp += y;
  }
  return { runs, subs, ins, del };
}

/**
 * Whether the name read from a seal is the employer's. `match` is null when the read is too poor
 * or too partial to tell (→ review). `score` is the character similarity 0..1.
 */
export function matchCompanyName(read: string, employer: string): { match: boolean | null; score: number } {
  const r = [...normaliseCompanyName(read)], e = [...normaliseCompanyName(employer)];
  if (!r.length || !e.length) return { match: null, score: 0 };
  const { runs, subs, ins, del } = align(r, e);
  const len = Math.max(r.length, e.length);
  const score = Math.round((1 - (subs + ins + del) / len) * 1000) / 1000;
  if (!runs.length) return { match: true, score: 1 };
  for (const run of runs) {
    const extra = tokensIn(run.read).filter((t) => !run.emp.includes(t));
    const lost = tokensIn(run.emp).filter((t) => !run.read.includes(t));
    // a meaningful word on the seal that the employer's name lacks (发展, 分公司, another city …) → another entity
    if (extra.length) return { match: false, score };
    // a whole meaningful word of the employer's name dropped, while the rest around it reads cleanly:
    // the parent's or a sibling's seal, not a slip (a slip garbles, it does not excise a word exactly)
    // (at either end it may just be where the read stopped → left to the similarity rules below)
    const atEdge = run.at === 0 || run.at + run.emp.length >= e.length;
    if (lost.length && run.read.length === 0 && !atEdge) return { match: false, score };
  }
  // characters read beyond either end of the name come from the strip's ends (code digits, bottom text)
  // once meaningful words there have been ruled out above
  const inner = runs.filter((x) => !(x.emp === '' && (x.at === 0 || x.at >= e.length)));
  const innerIns = inner.reduce((n, x) => n + Math.max(0, x.read.length - x.emp.length), 0);
  const edgeIns = ins - innerIns;
  const longestInsert = Math.max(0, ...inner.map((x) => x.read.length - x.emp.length));
  // OCR slips on stamped text: 1 wrong character per 5 (12-character names: 2), measured as the
  // tolerance that still keeps every near-miss in the test table apart
  const slips = Math.max(1, Math.floor(len * 0.2));
  // one character missing at either end: the read stopped at the strip's edge or a blotch (tune:
  // 北民领航信象技术有限责任公 — the 司 lost at the wrap — left 4 of 58 reads open); more than one
  // may be the trade name itself, which stays undecided
  const edgeDel = runs.filter((x) => x.read === '' && x.emp.length === 1 && (x.at === 0 || x.at + 1 >= e.length)).length;
  if (subs + ins - edgeIns + del - edgeDel <= slips) {
    // two or more extra characters in one place are a longer name, not a misread
    if (longestInsert >= 2) return { match: false, score };
    return { match: innerIns === 0 ? true : null, score };
  }
  // a read that is mostly different characters, not just missing ones, names someone else
  if (subs + ins > Math.max(2, r.length * 0.4)) return { match: false, score };
  return { match: null, score };
}
