/**
 * Unit names are compared after normalising what scans and typing vary: width (NFKC), spaces,
 * brackets and the middle dot. "北京某某科技有限公司" and "北京 某某科技（有限）公司" differ only
 * in the brackets.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000·•・.,，。、"'“”‘’]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');
}

/**
 * Words that make two names different units when one side has them and the other has another
 * word in their place (or a single-character insertion adds them): trade, form, branch, group and
 * place words. An OCR slip inside a word (科技 → 料技) only corrupts it; it adds no word.
 */
const MEANINGFUL = [
  '分公司', '分', '总', '集团', '控股', '发展', '股份', '有限责任',
  '科技', '信息', '技术', '网络', '软件', '数据', '电子', '智能', '生物', '医药', '咨询', '服务', '人力资源', '劳务派遣', '投资', '贸易', '实业',
  '北京', '南京', '东京', '上海', '天津', '重庆', '深圳', '广州', '杭州', '中关村', '海淀', '朝阳', '昌平', '丰台', '通州', '大兴', '顺义', '东城', '西城', '亦庄',
];

function wordsOf(name: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of MEANINGFUL) {
    let i = name.indexOf(w);
    while (i >= 0) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      i = name.indexOf(w, i + w.length);
    }
  }
  return counts;
}

/** The spans (`start:length`) of the meaningful words in `name` that cover character `k`. */
function wordSpansAt(name: string, k: number): string[] {
  const chars = [...name];
  const spans: string[] = [];
  for (const w of MEANINGFUL) {
    const len = [...w].length;
    for (let start = Math.max(0, k - len + 1); start <= k && start + len <= chars.length; start++) {
      if (chars.slice(start, start + len).join('') === w) spans.push(`${start}:${len}`);
    }
  }
  return spans;
}

/** Words `a` has more of than `b`. */
function extraWords(a: string, b: string): string[] {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  return [...wa].filter(([w, n]) => n > (wb.get(w) ?? 0)).map(([w]) => w);
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/**
 * - `same`: equal after normalising, or one character inserted or dropped without adding a
 *   meaningful word (the OCR slip 北京中关村华信数据服务有限公司 → …华信和数据服务…);
 * - `unsure`: one character replaced, or two non-adjacent ones in a long name, without a word
 *   replaced — an OCR slip or another 字号; a reviewer decides, nothing is rejected on it;
 * - `different`: anything else, including one character that adds or swaps a word (北京 → 南京,
 *   公司 → 分公司) and a replaced 字号 (星河 → 博远).
 */
export type UnitMatch = 'same' | 'unsure' | 'different';

export function matchUnit(a: string, b: string): UnitMatch {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (na === nb) return 'same';
  const ca = [...na];
  const cb = [...nb];
  // Below 8 characters one character is too much of the name to call it a slip.
  if (Math.min(ca.length, cb.length) < 8) return 'different';
  // One character replaced: another unit only when it swaps one word for another in the same
  // place (北京 → 南京). A slip that happens to spell a word across its neighbour (华信电子 read
  // as 华信息子: 信息 appears, 电子 goes) is a slip; a reviewer decides.
  if (ca.length === cb.length && editDistance(na, nb) === 1) {
    const k = ca.findIndex((c, i) => c !== cb[i]);
    return wordSpansAt(na, k).some((span) => wordSpansAt(nb, k).includes(span)) ? 'different' : 'unsure';
  }
  const extraA = extraWords(na, nb);
  const extraB = extraWords(nb, na);
  // A word on both sides means one word replaced another; a word on the longer side of an
  // insertion means it was added. Either makes another unit.
  if (extraA.length && extraB.length) return 'different';
  if (ca.length !== cb.length && (ca.length > cb.length ? extraA : extraB).length) return 'different';
  const d = editDistance(na, nb);
  // One character more or fewer: OCR adds and drops characters; a unit name is not renamed so.
  if (d === 1 && ca.length !== cb.length) return 'same';
  // One character replaced, or two apart in a long name: a slip or another 字号 — a reviewer decides.
  if (d === 1) return 'unsure';
  if (d === 2 && ca.length === cb.length && ca.length >= 10) {
    const diff = ca.flatMap((c, i) => (c === cb[i] ? [] : [i]));
    if (diff.length === 2 && diff[1] - diff[0] > 1) return 'unsure';
  }
  return 'different';
}

/** How a unit's name ends (公司, 中心, 大学…): a cell reading without such an ending is no unit name. */
const UNIT_ENDING = /(公司|有限|集团|中心|大学|学院|研究院|研究所|医院|银行|事务所|委员会|协会|基金会|学校|合作社|工作室|商行|分所|分行|支行|馆|站|厂|店|部|处|局|社|院)(\(.*\))?$/;

/**
 * The employer's annotation (与原件一致，本单位已核实确认真实有效) is often written or stamped across
 * the table: OCR then runs it into the payer cell ("…有限责任公司与原件一致,本单位已核实…"). Its
 * start is cut off here; it is never part of a unit's name.
 */
export const ANNOTATION_BLEED = /(与原件|原件一致|本单位已|已核实|确认真实|真实有效).*$/;

/**
 * What a payer cell says about the withholding agent: the unit name as read, with annotation text
 * that ran into it removed; null when the reading is no unit name at all ("人", "TREE天", "轩和")
 * — a smudged or covered cell, which says nothing about which unit withheld (the row's payer is
 * unread, a reviewer looks), and is never taken for another unit.
 */
export function payerReading(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const name = normaliseName(raw).replace(ANNOTATION_BLEED, '').replace(ITEM_BLEED, '');
  return name.length >= 4 && UNIT_ENDING.test(name) ? name : null;
}

/**
 * The income item (工资薪金, 正常工资薪金所得, often read 工资新金) sits in the cell beside the payer:
 * OCR runs it into the payer's name, before it or inside it (…发展有限工资薪金责任公司). It is
 * never part of a unit's name.
 */
const ITEM_BLEED = /(正常)?工资[薪新][金全](所得)?/g;

/** A full unit name's legal ending: a reading that stops at 有限 was cut short. */
const COMPLETE_ENDING = /(公司|集团|中心|大学|学院|研究院|研究所|医院|银行|事务所|委员会|协会|基金会|学校|合作社|工作室|商行|分所|分行|支行|馆|站|厂|店|部|处|局|社|院)(\(.*\))?$/;

/**
 * How a payer cell's reading (payerReading) compares with the employer, by the one matcher used for
 * payer, seal and contract names (matchUnit), after what a cell's reading says on its own:
 * - a reading that is a run of the employer's own name (北京华创飞鸿数据服务发展有限, a cell cut
 *   short or half covered) is the employer's: nothing in it names another unit;
 * - a reading cut short that is no run of the name (下发展有限) names no unit: unread (null);
 * - a full name: matchUnit.
 */
export function payerMatch(reading: string | null, employer: string): UnitMatch | null {
  if (!reading) return null;
  return remembered(PAYER_MATCHES, reading, employer, comparePayer);
}

function comparePayer(reading: string, employer: string): UnitMatch | null {
  const r = normaliseName(reading);
  const e = normaliseName(employer);
  if ([...r].length >= 4 && e.includes(r)) return 'same';
  if (!COMPLETE_ENDING.test(r)) return null;
  return matchUnit(r, e);
}

/** Legal-form and place words: what many units share, so no part of a unit's own 字号. */
const FORM_WORDS = /(股份有限公司|有限责任公司|有限公司|分公司|公司|集团|股份|有限|责任)/g;
/** A name that has 有限 but does not end in a legal form spelt whole was read with its ending garbled. */
const WHOLE_FORM = /(有限责任公司|有限公司)(\(.*\))?$|(有限责任公司|有限公司).{2,6}分公司$/;

function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = [0];
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[b.length];
}

/**
 * A seal's ring text read with its legal form garbled (…有限产任公司, …有限交上公司: OCR of curved
 * text drops and swaps characters) that keeps at least half of the employer's 字号 (its name
 * without place, trade and form words), in order and at least two characters, is the employer's
 * own seal misread. On source B's tune split, of 24 seals whose text the seal check left unread,
 * 23 were the employer's; the one other unit's kept none of the employer's 字号. A reading with a
 * whole legal form is compared by matchUnit alone, so 南京华信… stays another unit.
 */
export function garbledReadingOf(reading: string, employer: string): boolean {
  return remembered(GARBLED_READINGS, reading, employer, isGarbledReadingOf);
}

function isGarbledReadingOf(reading: string, employer: string): boolean {
  const r = normaliseName(reading);
  if (!r.includes('有限') || WHOLE_FORM.test(r)) return false;
  let own = normaliseName(employer).replace(FORM_WORDS, '');
  for (const w of MEANINGFUL) own = own.split(w).join('');
  const chars = [...own.replace(/[()]/g, '')];
  if (chars.length < 2) return false;
  const kept = lcs([...r], chars);
  return kept >= 2 && kept * 2 >= chars.length;
}

/** A person's name as printed or read: width, spaces, punctuation a reading picks up (",杨起"), and case for Latin names. */
export function normalisePersonName(name: string): string {
  return name.normalize('NFKC').replace(/[\s·•・.,，。、:：;；"'“”‘’()（）_-]/g, '').toUpperCase();
}

/**
 * Two persons' names, by the same edit distance as unit names but at a person's scale (two to four
 * characters, where no slip is too small to matter):
 * - `same`: equal after normalising;
 * - `slip`: one character replaced, inserted or dropped — an OCR slip or another person of the same
 *   surname; a reviewer decides unless something else settles it (the ID number);
 * - `different`: two characters or more.
 */
export type PersonMatch = 'same' | 'slip' | 'different';

export function matchPerson(a: string, b: string): PersonMatch {
  const na = normalisePersonName(a);
  const nb = normalisePersonName(b);
  if (na === nb) return 'same';
  return editDistance(na, nb) === 1 ? 'slip' : 'different';
}

/**
 * The comparisons of a reading with the employer, kept: every rule of a case asks them again for the
 * same cells, and a re-verification judges thousands of cases a second. Pure functions of their two
 * strings; each memory holds at most MEMORY_SIZE pairs and starts afresh past it.
 */
const MEMORY_SIZE = 4096;
const PAYER_MATCHES = new Map<string, UnitMatch | null>();
const GARBLED_READINGS = new Map<string, boolean>();
function remembered<T>(memory: Map<string, T>, a: string, b: string, f: (a: string, b: string) => T): T {
  const key = `${a}\u0000${b}`;
  if (memory.has(key)) return memory.get(key)!;
  if (memory.size >= MEMORY_SIZE) memory.clear();
  const value = f(a, b);
  memory.set(key, value);
  return value;
}
