/**
 * The pieces of a lease page: a field writer that honours `blanks` and `handFilled`, the three
 * templates' headers, the parties block (a table on the bureau form and the agency contract, lines
 * on the plain agreement) and the signature block.
 */
import type { LeaseBlank, LeaseDoc } from '../content.ts';
import type { RandomStream } from '../rng.ts';
import { digitsDate, esc } from './contract-page.ts';
import { blank, handText, type Pen } from './hand-fill.ts';

export type LeaseField = LeaseBlank | 'rent' | 'signed';

/** blank-lessor-id for lessorId: the anchor names the README uses. */
export function anchorName(f: LeaseField): string {
  return 'blank-' + f.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

export interface FieldWriter {
  /** Inline: an underlined blank (filled by hand, typed, or empty). */
  line(f: LeaseField, value: string, widthMm: number, anchored?: boolean): string;
  /** In a table cell: no underline; hand, typed or empty. */
  cell(f: LeaseField, value: string): string;
}

export function fieldWriter(doc: LeaseDoc, pen: Pen, rng: RandomStream, underlineTyped: boolean): FieldWriter {
  const isBlank = (f: LeaseField) => (doc.blanks as string[]).includes(f);
  return {
    line(f, value, widthMm, anchored = true) {
      const a = anchored ? anchorName(f) : undefined;
      if (isBlank(f)) return blank(widthMm, null, pen, rng, a);
      if (doc.handFilled) return blank(widthMm, value, pen, rng, a);
      return underlineTyped ? `<span class="u">${esc(value)}</span>` : esc(value);
    },
    cell(f, value) {
      if (isBlank(f)) return `<span data-anchor="${anchorName(f).replace(/^blank-/, 'empty-')}">&nbsp;</span>`;
      if (doc.handFilled) return handText(value, pen, rng, anchorName(f));
      return esc(value);
    },
  };
}

export function brandOf(rng: RandomStream): { name: string; company: string; color: string } {
  // Invented agencies: a coloured logo box like the big chains use, no real brand.
  const name = rng.oneOf(['安居客家', '鑫家地产', '链居置业', '家和不动产', '优家房产']);
  return { name, company: `北京${name}房地产经纪有限公司`, color: rng.oneOf(['#e2561d', '#d9421f', '#e8731a', '#c8351f']) };
}

export function logoHtml(brand: { name: string; color: string }): string {
  return `<div class="logo"><svg width="13mm" height="13mm" viewBox="0 0 40 40"><rect x="1" y="1" width="38" height="38" rx="6" fill="${brand.color}"/><path d="M8 21 L20 10 L32 21 M12 19 V31 H28 V19" stroke="#fff" stroke-width="3.2" fill="none" stroke-linejoin="round"/><rect x="17.5" y="23" width="5" height="8" fill="#fff"/></svg><div><div class="bn" style="color:${brand.color}">${esc(brand.name)}</div><div class="bs">REAL ESTATE · 房屋租赁</div></div></div>`;
}

export function partiesTable(doc: LeaseDoc, w: FieldWriter): string {
  const row = (role: string, who: 'lessor' | 'lessee') => {
    const p = doc[who];
    return `<tr><th rowspan="2">${role}</th><td class="k">姓名</td><td class="w">${w.cell(`${who}Name`, p.name)}</td><td class="k">证件类型</td><td>居民身份证</td></tr>
<tr><td class="k">证件号码</td><td class="w">${w.cell(`${who}Id`, p.idNumber)}</td><td class="k">联系电话</td><td>${w.cell(`${who}Phone`, p.phone)}</td></tr>`;
  };
  return `<table class="pt">${row('出租人<br>（甲方）', 'lessor')}${row('承租人<br>（乙方）', 'lessee')}</table>`;
}

export function partiesLines(doc: LeaseDoc, w: FieldWriter): string {
  const who = (role: string, k: 'lessor' | 'lessee') => {
    const p = doc[k];
    return `<p>${role}：${w.line(`${k}Name`, p.name, 24)}\u3000身份证号：${w.line(`${k}Id`, p.idNumber, 48)}</p><p class="ind">联系电话：${w.line(`${k}Phone`, p.phone, 34)}</p>`;
  };
  return `<div class="pl">${who('甲方（出租方）', 'lessor')}${who('乙方（承租方）', 'lessee')}</div>`;
}

/** Both parties sign with their names in ink; the date is typed or written. */
export function leaseSignature(doc: LeaseDoc, w: FieldWriter, pen: Pen, rng: RandomStream, agency: string | null): string {
  const sign = (name: string, who: string) => handText(name, { ...pen, sizeMm: pen.sizeMm * 1.3 }, rng, `party-signature-${who}`);
  const date = w.line('signed', digitsDate(doc.signedOn), 36);
  const date2 = w.line('signed', digitsDate(doc.signedOn), 36, false);
  const third = agency ? `<div class="sc"><p>居间方（丙方）：</p><p>${esc(agency)}</p><p>经纪人：</p><p>日期：${date2}</p></div>` : '';
  return `<div class="sg"><div class="sc"><p>出租人（甲方）签字：</p><p class="nm">${sign(doc.lessor.name, 'lessor')}</p><p>日期：${date}</p></div>
<div class="sc"><p>承租人（乙方）签字：</p><p class="nm">${sign(doc.lessee.name, 'lessee')}</p><p>日期：${date2}</p></div>${third}</div>`;
}
