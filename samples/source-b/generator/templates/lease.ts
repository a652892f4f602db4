/**
 * 房屋租赁合同 in three layouts (content.ts `LeaseTemplate`):
 * - `housing-bureau`: 北京市房屋租赁合同（自行成交版）, a parties table and 第X条 clauses;
 * - `agency`: an agency's 居间 contract with its coloured logo, a field table and a third party;
 * - `plain`: a typed 房屋租赁协议, parties on lines, short numbered clauses.
 * `blanks` print empty, `handFilled` writes the fields by hand (`data-anchor="blank-<field>"`).
 */
import type { LeaseDoc, Template, TemplatePage } from '../content.ts';
import type { RandomStream } from '../rng.ts';
import { daysBetween } from '../../../generator/dates.ts';
import { moneyCapital } from '../../../generator/dates.ts';
import { cnCount } from './cn-numerals.ts';
import { estimateMm, fitPages, leadFillingLine, type Block } from './contract-flow.ts';
import { a4Page, esc, HEI, MICRO_HEI, SONG, yuan, type PageLook as Look } from './contract-page.ts';
import { termPieces } from './contract-term.ts';
import { pickPen } from './hand-fill.ts';
import { LEASE_FILLERS, LEASE_SPLIT_LEADS } from './lease-clauses.ts';
import { brandOf, fieldWriter, leaseSignature, logoHtml, partiesLines, partiesTable } from './lease-parts.ts';


function look(t: LeaseDoc['template'], rng: RandomStream, onePage: boolean): Look {
  if (t === 'housing-bureau')
    return { top: rng.between(16, 22), side: rng.between(18, 23), bottom: rng.between(14, 20), fontMm: rng.between(onePage ? 3.4 : 3.7, onePage ? 3.7 : 4.0), lh: onePage ? rng.between(1.55, 1.7) : rng.between(1.8, 2.0), gap: rng.between(0.5, 1.5), body: SONG, head: HEI };
  if (t === 'agency')
    return { top: rng.between(10, 15), side: rng.between(12, 16), bottom: rng.between(10, 14), fontMm: rng.between(3.3, 3.6), lh: rng.between(1.55, 1.75), gap: rng.between(0.5, 1.2), body: MICRO_HEI, head: HEI };
  return { top: rng.between(18, 25), side: rng.between(18, 25), bottom: rng.between(15, 22), fontMm: rng.between(3.6, 4.1), lh: rng.between(1.6, 1.9), gap: rng.between(1, 2.5), body: rng.yes(0.5) ? SONG : HEI, head: HEI };
}

function css(l: Look, agencyColor: string): string {
  return `.ls .box{position:absolute;left:${l.side.toFixed(1)}mm;right:${l.side.toFixed(1)}mm;top:${l.top.toFixed(1)}mm;bottom:${l.bottom.toFixed(1)}mm;font-size:${l.fontMm.toFixed(2)}mm;line-height:${l.lh.toFixed(2)}}
.ls .para{text-indent:2em;text-align:justify;margin-bottom:${l.gap.toFixed(1)}mm}
.ls .para b{font-family:${l.head}}
.ls .cut{text-align-last:justify;margin-bottom:0}
.ls .cont{text-indent:0}
.ls .title{font-family:${l.head};font-weight:bold;font-size:1.9em;text-align:center;letter-spacing:0.15em;line-height:1.4}
.ls .sub{text-align:center;font-size:0.95em}
.ls .no{text-align:right;font-size:0.85em;margin-bottom:1mm}
.ls .maker{text-align:center;font-size:0.8em;margin-bottom:3mm}
.ls .u{text-decoration:underline;text-underline-offset:0.8mm;padding:0 0.6mm}
.ls table.pt{width:100%;border-collapse:collapse;margin:2mm 0 3mm}
.ls .pt th,.ls .pt td{border:0.3mm solid #222;padding:1.2mm 1.5mm;height:9mm;font-weight:normal;vertical-align:middle;line-height:1.3}
.ls .pt th{width:20mm;text-align:center}
.ls .pt .k{width:20mm;text-align:center}
.ls .pt .w{width:48mm}
.ls .pl p{margin:0.6mm 0}
.ls .pl .ind{padding-left:7em;margin-bottom:1.5mm}
.ls .sg{display:flex;gap:6mm;margin-top:6mm;line-height:2.1}
.ls .sc{flex:1}
.ls .nm{height:12mm;padding-left:6mm}
.ls .logo{display:flex;align-items:center;gap:2.5mm;margin-bottom:2mm}
.ls .bn{font-family:${HEI};font-weight:bold;font-size:5.5mm;line-height:1.1}
.ls .bs{font-size:2.4mm;color:#555;letter-spacing:0.3mm}
.ls .bar{border-top:0.8mm solid ${agencyColor};margin:1mm 0 3mm}
.ls .foot{position:absolute;bottom:0;left:0;right:0;text-align:center;font-size:0.8em}`;
}

export const leasePages: Template<LeaseDoc> = (doc, rng) => {
  const pageCount = Math.max(1, Math.min(3, doc.pages));
  const l = look(doc.template, rng.child('look'), pageCount === 1);
  const pen = pickPen(rng.child('pen'));
  const hr = rng.child('hand');
  const brand = brandOf(rng.child('brand'));
  const w = fieldWriter(doc, pen, hr, doc.template !== 'agency');
  const widthMm = 210 - 2 * l.side;
  const est = (html: string, indent = 2) => 1.06 * estimateMm(html, widthMm, l.fontMm, l.lh, l.gap, indent);
  const months = Math.max(1, Math.round((daysBetween(doc.start, doc.end) + 1) / 30.44));
  const termBlank = doc.blanks.includes('term');
  const writing = termBlank ? 'blank' : doc.termWriting;
  const term = termPieces(doc.start, doc.end, writing, pen, hr, doc.handFilled);
  const splitPages = writing === 'split' && pageCount > 1;
  const no = `${doc.signedOn.slice(0, 4)}-${String(rng.integer(100000, 999999))}`;
  const arts = doc.template === 'plain' ? (n: number) => `${cnCount(n)}、` : (n: number) => `第${cnCount(n)}条`;
  const dropOrder = [...rng.child('drop').shuffle(LEASE_FILLERS.map((c) => c.key))];

  const build = (dropped: ReadonlySet<string>): Block[] => {
    const blocks: Block[] = [];
    if (doc.template === 'housing-bureau') {
      const h = `<div class="no">合同编号：${esc(no)}</div><div class="title">北京市房屋租赁合同</div><div class="sub">（自行成交版）</div><div class="maker">北京市住房和城乡建设委员会\u3000北京市工商行政管理局\u3000制定</div>`;
      blocks.push({ id: 'title', html: h, h: 34 });
      blocks.push({ id: 'parties', html: partiesTable(doc, w), h: 4 * 9.2 + 6 });
    } else if (doc.template === 'agency') {
      const h = `${logoHtml(brand)}<div class="bar"></div><div class="no">合同编号：${esc(brand.name.slice(0, 2))}ZL${esc(no)}</div><div class="title">房屋租赁合同（居间）</div>`;
      blocks.push({ id: 'title', html: h, h: 38 });
      blocks.push({ id: 'parties', html: partiesTable(doc, w) + `<p class="para">居间方（丙方）：${esc(brand.company)}</p>`, h: 4 * 9.2 + 6 + l.fontMm * l.lh + 2 });
    } else {
      blocks.push({ id: 'title', html: `<div class="title">房屋租赁协议</div>`, h: 14 });
      blocks.push({ id: 'parties', html: partiesLines(doc, w), h: 4 * l.fontMm * l.lh + 8 });
    }
    const intro = '甲乙双方在平等、自愿、公平和诚实信用的基础上，经协商一致，就乙方承租甲方可依法出租的房屋事宜，订立本合同。';
    blocks.push({ id: 'intro', html: `<p class="para">${esc(intro)}</p>`, h: est(intro) });
    let n = 0;
    const art = (title: string, body: string) => `<p class="para"><b>${arts(++n)}\u3000${esc(title)}</b>\u3000${body}</p>`;
    const addr = art('房屋基本情况', `甲方房屋坐落于${w.line('address', doc.address, 70)}，房屋用途为居住，甲方对该房屋享有所有权或依法可以出租。`);
    blocks.push({ id: 'house', html: addr, h: est(addr) });
    // When page 1 must end inside the term, the boilerplate comes first so that page 1 is full.
    const fillers = (): Block[] =>
      LEASE_FILLERS.filter((c) => !dropped.has(c.key)).map((c) => {
        const html = art(c.title, esc(c.text));
        return { id: c.key, html, h: est(html), filler: true };
      });
    if (splitPages) blocks.push(...fillers());
    const monthsText = termBlank ? w.line('term', '', 10, false) : doc.handFilled ? w.line('term', String(months), 10, false) : esc(String(months));
    if (term.tail) {
      const label = `<b>${arts(++n)}\u3000租赁期限</b>\u3000`;
      const lead = leadFillingLine(LEASE_SPLIT_LEADS.map((x) => label + x + `租赁期共${monthsText}个月，`), term.head, widthMm, l.fontMm, 2);
      const head = `<p class="para cut">${lead}<span data-anchor="term">${term.head}</span></p>`;
      const tail = `<p class="para cont"><span data-anchor="term">${term.tail}</span>。</p>`;
      blocks.push({ id: 'term-head', html: head, h: est(head) - l.gap, breakAfter: splitPages, onPage: splitPages ? 0 : undefined });
      blocks.push({ id: 'term-tail', html: tail, h: est(tail, 0) });
    } else {
      const t = art('租赁期限', `租赁期共${monthsText}个月，<span data-anchor="term">${term.head}</span>。`);
      blocks.push({ id: 'term', html: t, h: est(t) });
    }
    const rent = art(
      '租金及支付方式',
      `月租金为人民币${w.line('rent', yuan(doc.monthlyRent, false), 24)}元（大写：${esc(moneyCapital(doc.monthlyRent))}），租金按${rng.child('pay').oneOf(['季', '月', '半年'])}支付，乙方应于每期开始前七日内支付下一期租金。`,
    );
    blocks.push({ id: 'rent', html: rent, h: est(rent) });
    if (!splitPages) blocks.push(...fillers());
    const sig = leaseSignature(doc, w, pen, hr, doc.template === 'agency' ? brand.company : null);
    blocks.push({ id: 'sig', html: sig, h: 6 + 4 * 2.1 * l.fontMm + 14 });
    return blocks;
  };
  const capacity = () => 297 - l.top - l.bottom - 8;
  const pages = fitPages(build, dropOrder, pageCount, capacity);
  return pages.map((blocks, i): TemplatePage => {
    const foot = pages.length > 1 ? `<div class="foot">第${i + 1}页 / 共${pages.length}页</div>` : '';
    return a4Page('ls', css(l, brand.color), `<div class="box" data-anchor="content">${blocks.map((b) => b.html).join('\n')}${foot}</div>`, l.body);
  });
};
