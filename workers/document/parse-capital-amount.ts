const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 两: 2 };
const SMALL: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };

/**
 * 大写 amounts as printed on 纳税记录 totals: 壹万贰仟叁佰肆拾伍元陆角柒分 → 12345.67, 负… for
 * refunds. Returns null for anything that is not a well-formed capital amount.
 */
export function parseCapitalAmount(s: string): number | null {
  let t = s.replace(/\s+/g, '').replace(/圆/g, '元').replace(/[整正]$/, '');
  let sign = 1;
  if (t.startsWith('负')) {
    sign = -1;
    t = t.slice(1);
  }
  const m = /^([零〇壹贰叁肆伍陆柒捌玖两拾佰仟万亿]*)元?(?:([零壹贰叁肆伍陆柒捌玖])角)?(?:([零壹贰叁肆伍陆柒捌玖])分)?$/.exec(t);
  if (!m || (!m[1] && !m[2] && !m[3]) || !/[元角分]/.test(t)) return null;
  let total = 0, section = 0, digit = 0;
  for (const ch of m[1]) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in SMALL) {
      section += (digit || (section === 0 && ch === '拾' ? 1 : 0)) * SMALL[ch];
      digit = 0;
    } else if (ch === '万' || ch === '亿') {
      total += (section + digit) * (ch === '万' ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    }
  }
  total += section + digit;
  const jiao = m[2] ? DIGIT[m[2]] : 0;
  const fen = m[3] ? DIGIT[m[3]] : 0;
  return sign * Math.round((total + jiao / 10 + fen / 100) * 100) / 100;
}
