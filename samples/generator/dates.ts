/** Calendar arithmetic on 'YYYY-MM-DD' strings (UTC, no time zones involved). */
export function parseIso(d: string): Date {
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, day));
}
export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(d: string, n: number): string {
  const x = parseIso(d);
  x.setUTCDate(x.getUTCDate() + n);
  return toIso(x);
}
/** Adds months, clamping the day to the end of the target month. */
export function addMonths(d: string, n: number): string {
  const [y, m, day] = d.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  const ny = Math.floor(t / 12);
  const nm = (t % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
export function monthOf(d: string): string {
  return d.slice(0, 7);
}
export function addMonthToMonth(month: string, n: number): string {
  return addMonths(`${month}-01`, n).slice(0, 7);
}
/** The `count` calendar months ending with the month before `date`. */
export function monthsBefore(date: string, count: number): string[] {
  const out: string[] = [];
  for (let i = count; i >= 1; i--) out.push(addMonthToMonth(monthOf(date), -i));
  return out;
}
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIso(b).getTime() - parseIso(a).getTime()) / 86400000);
}

const CN_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cnSmall(n: number): string {
  if (n < 10) return CN_DIGIT[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGIT[n % 10] : '');
  return CN_DIGIT[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGIT[n % 10] : '');
}

export type DateStyle = 'cn' | 'cn0' | 'dot' | 'dash' | 'slash' | 'cnNum';
/**
 * Formats a date the ways Chinese documents print it: 2020年3月1日 / 2020年03月01日, 2020.03.01 (纳税记录
 * dates), 2020-03-01, 2020/3/1, and Chinese numerals 二〇二〇年三月一日 (contracts and certificates).
 */
export function formatDate(d: string, style: DateStyle): string {
  const [y, m, day] = d.split('-').map(Number);
  const mm = String(m).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  switch (style) {
    case 'cn':
      return `${y}年${m}月${day}日`;
    case 'cn0':
      return `${y}年${mm}月${dd}日`;
    case 'dot':
      return `${y}.${mm}.${dd}`;
    case 'dash':
      return `${y}-${mm}-${dd}`;
    case 'slash':
      return `${y}/${m}/${day}`;
    case 'cnNum':
      return `${String(y).split('').map((c) => CN_DIGIT[Number(c)]).join('')}年${cnSmall(m)}月${cnSmall(day)}日`;
  }
}

/** Money with thousands separators, as the tax web pages print it. */
export function money(n: number, sep = true): string {
  const s = n.toFixed(2);
  if (!sep) return s;
  const [i, f] = s.split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f;
}

const CAP = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/** Amount in Chinese capital numerals (大写), as on the 纳税记录 total row. */
export function moneyCapital(n: number): string {
  const fen = Math.round(n * 100);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor((fen % 100) / 10);
  const f = fen % 10;
  const units = ['', '拾', '佰', '仟'];
  const groupUnits = ['', '万', '亿'];
  let out = '';
  let y = yuan;
  let g = 0;
  let needZero = false;
  if (y === 0) out = '零';
  while (y > 0) {
    const part = y % 10000;
    let s = '';
    let zero = false;
    for (let i = 0; i < 4; i++) {
      const dgt = Math.floor(part / 10 ** i) % 10;
      if (dgt === 0) {
        if (s) zero = true;
      } else {
        s = CAP[dgt] + units[i] + (zero ? '零' : '') + s;
        zero = false;
      }
    }
    if (part) out = s + groupUnits[g] + (needZero ? '零' : '') + out;
    needZero = part > 0 && part < 1000;
    y = Math.floor(y / 10000);
    g++;
  }
  out += '元';
  if (!jiao && !f) return out + '整';
  if (jiao) out += CAP[jiao] + '角';
  else out += '零';
  if (f) out += CAP[f] + '分';
  return out;
}
