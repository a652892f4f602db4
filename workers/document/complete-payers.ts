import type { IncomeRow } from './contract-types.ts';
import { looksLikeOrganisation } from './match-vocabulary.ts';

/**
 * A payer whose start a seal hid ("技术有限责任公司") is completed from a payer read whole on another
 * row of the same table, when exactly one such name ends with it.
 */
export function completePayers(rows: IncomeRow[]): void {
  // A name whose wrapped tail came first ("公司北京星河文化传媒股份有限", "责任公司北京华创…发展有限"):
  // no name begins with 公司.
  for (const r of rows) {
    const m = r.payer ? /^((?:责任)?(?:分)?公司)([^公]{4,}(?:有限|股份|集团|分)|.{4,}有限公司.{2,}分)$/.exec(r.payer) : null;
    if (m) r.payer = m[2] + m[1];
  }
  const names = [...new Set(rows.map((r) => r.payer).filter((p): p is string => !!p && looksLikeOrganisation(p)))];
  for (const r of rows) {
    if (!r.payer || r.payer.length < 4) continue;
    const whole = names.filter((w) => !names.some((o) => o !== w && o.endsWith(w)));
    if (whole.includes(r.payer)) continue;
    const fits = whole.filter((w) => w.length > r.payer!.length && w.endsWith(r.payer!));
    // Or its end wrapped away from it ("…昌平分" beside "…昌平分公司" on the other rows).
    const heads = r.payer.length >= 6 ? names.filter((w) => w.length > r.payer!.length && w.startsWith(r.payer!)) : [];
    if (fits.length === 1) r.payer = fits[0];
    else if (fits.length > 1) r.payer = dominant(fits, rows) ?? r.payer;
    else if (heads.length === 1) r.payer = heads[0];
  }
  // A name read once with one extra character ("华信和数据") against the same name read cleanly on
  // at least three rows is that name. Only an insertion: a changed character may be another company.
  const counts = new Map<string, number>();
  for (const r of rows) if (r.payer) counts.set(r.payer, (counts.get(r.payer) ?? 0) + 1);
  for (const r of rows) {
    if (!r.payer || counts.get(r.payer) !== 1) continue;
    const clean = [...counts].filter(([name, n]) => n >= 3 && name.length === r.payer!.length - 1 && isOneInsertion(name, r.payer!));
    if (clean.length === 1) r.payer = clean[0][0];
  }
}

/** True when `longer` is `shorter` with exactly one character added somewhere. */
function isOneInsertion(shorter: string, longer: string): boolean {
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/** Of several names, the one read on at least three rows and on more rows than any other; else null. */
function dominant(names: string[], rows: IncomeRow[]): string | null {
  const n = (name: string) => rows.filter((r) => r.payer === name).length;
  const sorted = [...names].sort((a, b) => n(b) - n(a));
  return n(sorted[0]) >= 3 && n(sorted[0]) > n(sorted[1]) ? sorted[0] : null;
}

/**
 * A payer whose last line wrapped into a cell of its own after the identifier ("…股份有限  9111…  公司"):
 * the bare legal form joins the name it completes.
 */
export function joinNameTail(cells: string[]): string[] {
  // An item cut from inside the name leaves its halves side by side ("…有限公" + "司").
  const cut = cells.findIndex((c, i) => i + 1 < cells.length && cells[i + 1].length <= 3 && !looksLikeOrganisation(c) && looksLikeOrganisation(c + cells[i + 1]));
  if (cut >= 0) cells = [...cells.slice(0, cut), cells[cut] + cells[cut + 1], ...cells.slice(cut + 2)];
  const tail = cells.findIndex((c) => /^(?:有限)?(?:责任)?(?:分)?公司$/.test(c));
  const head = cells.findIndex((c, i) => i !== tail && /(?:有限|股份|集团|分|有限责任)$/.test(c));
  if (tail < 0 || head < 0) return cells;
  return [cells[head] + cells[tail], ...cells.filter((_, i) => i !== head && i !== tail)];
}
