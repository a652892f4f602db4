/**
 * 劳动合同 in three layouts (content.ts `ContractTemplate`):
 * - `formal`: 劳动合同书 with a cover-like title block, chapters and numbered 第X条 clauses, typed values underlined;
 * - `fill-in`: the printed Beijing form, its blanks filled in by hand;
 * - `compact`: a company's own dense contract, small type, narrow margins.
 * The parties are on page 1, the term (`data-anchor="term"`) in chapter one, the seal zone on the last page.
 */
import type { LaborContractDoc, Template, TemplatePage } from '../content.ts';
import type { RandomStream } from '../rng.ts';
import { cnCount } from './cn-numerals.ts';
import { CHAPTERS, CLAUSES, PREAMBLE, type ClauseCtx } from './contract-clauses.ts';
import { estimateMm, fitPages, leadFillingLine, type Block } from './contract-flow.ts';
import { a4Page, esc, HEI, MICRO_HEI, SONG, type PageLook as Look } from './contract-page.ts';
import { contractNo, partiesHtml, signatureHtml, titleHtml, type FieldFn } from './contract-parts.ts';
import { termPieces } from './contract-term.ts';
import { blank, pickPen } from './hand-fill.ts';

/** Openings for the split term's paragraph; one is chosen so the start date ends its line. */
const SPLIT_LEADS = [
  '',
  '甲乙双方同意，',
  '经甲乙双方协商一致，',
  '本合同为固定期限劳动合同，',
  '甲乙双方同意按固定期限确定本合同期限，',
  '本合同自甲乙双方签字盖章之日起生效，',
  '甲乙双方经平等协商，同意以下列方式确定本合同期限，',
  '根据甲方工作需要并经乙方同意，甲乙双方签订固定期限劳动合同，',
  '甲乙双方同意按照《中华人民共和国劳动合同法》的规定，订立固定期限劳动合同，',
  '本合同为固定期限劳动合同，双方同意，',
];


function look(template: LaborContractDoc['template'], rng: RandomStream, onePage: boolean): Look {
  // A one-page contract is set tighter: the same clauses have to fit with the signatures.
  if (template === 'formal')
    return { top: rng.between(onePage ? 15 : 20, 25), side: rng.between(onePage ? 17 : 21, 25), bottom: rng.between(14, 20), fontMm: rng.between(onePage ? 3.6 : 3.9, onePage ? 3.9 : 4.25), lh: onePage ? rng.between(1.5, 1.65) : rng.between(1.7, 1.95), gap: rng.between(0.8, 1.8), body: SONG, head: HEI };
  if (template === 'fill-in')
    return { top: rng.between(onePage ? 10 : 15, onePage ? 14 : 20), side: rng.between(15, 21), bottom: rng.between(10, 16), fontMm: rng.between(onePage ? 3.5 : 3.7, onePage ? 3.7 : 3.95), lh: onePage ? rng.between(1.75, 1.85) : rng.between(2.0, 2.25), gap: rng.between(0.3, 1), body: SONG, head: SONG };
  return { top: rng.between(9, 14), side: rng.between(9, 14), bottom: rng.between(9, 13), fontMm: rng.between(3.1, 3.4), lh: rng.between(1.42, 1.58), gap: rng.between(0.3, 0.7), body: rng.yes(0.5) ? SONG : MICRO_HEI, head: HEI };
}

function css(l: Look): string {
  return `.lc .box{position:absolute;left:${l.side.toFixed(1)}mm;right:${l.side.toFixed(1)}mm;top:${l.top.toFixed(1)}mm;bottom:${l.bottom.toFixed(1)}mm;font-size:${l.fontMm.toFixed(2)}mm;line-height:${l.lh.toFixed(2)}}
.lc .para{text-indent:2em;text-align:justify;margin-bottom:${l.gap.toFixed(1)}mm}
.lc .para b{font-family:${l.head};font-weight:bold}
.lc .cut{text-align-last:justify;margin-bottom:0}
.lc .cont{text-indent:0}
.lc .ch{font-family:${l.head};font-weight:bold;text-align:center;margin:${(l.gap + 1).toFixed(1)}mm 0 ${l.gap.toFixed(1)}mm}
.lc .title{font-family:${l.head};font-weight:bold;font-size:2.1em;text-align:center;letter-spacing:0.3em;line-height:1.5}
.lc .sub{text-align:center;font-size:1.1em;margin-bottom:2mm}
.lc .no{text-align:right;font-size:0.9em}
.lc .cover{height:118mm;position:relative}
.lc .cover .big{font-family:${l.head};font-weight:bold;font-size:13mm;letter-spacing:6mm;text-align:center;margin-top:28mm}
.lc .coverlines{position:absolute;left:18%;bottom:8mm;font-size:1.15em;line-height:2.4}
.lc .cl{display:inline-block;min-width:70mm;border-bottom:0.25mm solid #222;padding-left:2mm}
.lc .parties{margin:3mm 0 2mm}
.lc .parties p{line-height:${(l.lh + 0.1).toFixed(2)}}
.lc .parties .gap{margin-top:2mm}
.lc .parties.compact p{line-height:${l.lh.toFixed(2)}}
.lc .u{text-decoration:underline;text-underline-offset:0.8mm;padding:0 0.8mm}
.lc .none{text-align:center;margin:2mm 0}
.lc .sigrow{display:flex;gap:8mm;margin-top:3mm}
.lc .sigcol{flex:1;line-height:2.2}
.lc .sigcol .sp{height:14mm}
.lc .foot{position:absolute;bottom:0;left:0;right:0;text-align:center;font-size:0.8em}`;
}

export const laborContractPages: Template<LaborContractDoc> = (doc, rng) => {
  const pageCount = Math.max(1, Math.min(3, doc.pages));
  const l = look(doc.template, rng.child('look'), pageCount === 1);
  const pen = pickPen(rng.child('pen'));
  const hr = rng.child('hand');
  const form = doc.template === 'fill-in';
  const f: FieldFn = (value, widthMm, anchor) =>
    form ? blank(widthMm, value, pen, hr, anchor) : doc.template === 'formal' ? `<span class="u">${esc(value)}</span>` : esc(value);
  const c: ClauseCtx = {
    doc,
    v: f,
    probationMonths: doc.end ? rng.oneOf([1, 2, 3, 6]) : 6,
    payday: rng.oneOf([5, 10, 15, 20, 25]),
    workplace: rng.oneOf(['北京市', doc.employer.address, '甲方住所地', '北京市海淀区']),
  };
  const term = termPieces(doc.start, doc.end, doc.termWriting, pen, hr, form);
  const widthMm = 210 - 2 * l.side;
  const est = (html: string, indent = 2) => 1.06 * estimateMm(html, widthMm, l.fontMm, l.lh, l.gap, indent);
  const splitPages = doc.termWriting === 'split' && pageCount > 1;
  const no = contractNo(doc, rng.child('no'));
  const cover = doc.template === 'formal' && pageCount > 1;
  const chapters = doc.template !== 'compact';
  const sealMm = rng.between(38, 52);
  const arabic = doc.template === 'compact' && rng.yes(0.5);

  // Boilerplate goes in a shuffled order so two contracts do not lose the same clauses.
  // The split term's page 1 keeps its type clause so the page stays full; the preamble goes last.
  const shuffled = rng.child('drop').shuffle(CLAUSES.filter((x) => !x.required).map((x) => x.key));
  // A compact contract has too little before its term to fill page 1; when the term must cross the
  // page, its boilerplate comes first (company contracts often open with general provisions).
  const order = doc.template === 'compact' && splitPages ? [...CLAUSES.filter((x) => !x.required), ...CLAUSES.filter((x) => x.required)] : CLAUSES;
  const isPre = (k: string) =>
    CLAUSES.find((x) => x.key === k)?.pre === true || (splitPages && k === 'type') || (doc.template === 'compact' && splitPages);
  const dropOrder = [...shuffled.filter((k) => !isPre(k)), ...shuffled.filter(isPre), 'preamble'];

  const build = (dropped: ReadonlySet<string>): Block[] => {
    const blocks: Block[] = [];
    const title = titleHtml(doc, doc.template, cover, f, no);
    blocks.push({ id: 'title', html: title, h: cover ? 120 : doc.template === 'fill-in' ? 26 : 18 });
    const parties = partiesHtml(doc, f, doc.template === 'compact');
    const partyLines = doc.template === 'compact' ? 4 : 8;
    blocks.push({ id: 'parties', html: parties, h: partyLines * l.fontMm * (l.lh + 0.1) + 7 });
    if (!dropped.has('preamble')) blocks.push({ id: 'preamble', html: `<p class="para">${esc(PREAMBLE)}</p>`, h: est(PREAMBLE), filler: true });
    let n = 0;
    let chapter = -1;
    for (const cl of order) {
      if (dropped.has(cl.key) || (cl.pre && !splitPages)) continue;
      if (chapters && cl.chapter !== chapter) {
        chapter = cl.chapter;
        const h = chapter === 0 ? CHAPTERS[0] : `${cnCount(chapter)}、${CHAPTERS[chapter]}`;
        blocks.push({ id: `ch${chapter}`, html: `<p class="ch">${esc(h)}</p>`, h: l.fontMm * l.lh + 2 * l.gap + 1 });
      }
      n++;
      const label = arabic ? `${n}.` : `第${cnCount(n)}条`;
      if (cl.key === 'term') {
        if (term.tail) {
          const labelHtml = `<b>${label}</b>\u3000`;
          const leads = SPLIT_LEADS.map((x) => labelHtml + x + '本合同期限');
          const lead = leadFillingLine(leads, term.head, widthMm, l.fontMm, 2);
          const head = `<p class="para cut"><span>${lead}</span><span data-anchor="term">${term.head}</span></p>`;
          const tail = `<p class="para cont"><span data-anchor="term">${term.tail}</span>。</p>`;
          blocks.push({ id: 'term-head', html: head, h: est(head) - l.gap, breakAfter: splitPages, onPage: splitPages ? 0 : undefined });
          blocks.push({ id: 'term-tail', html: tail, h: est(tail, 0) });
        } else {
          const lead = `<b>${label}</b>\u3000本合同期限`;
          const html = `<p class="para">${lead}<span data-anchor="term">${term.head}</span>。</p>`;
          blocks.push({ id: 'term', html, h: est(html) });
        }
        continue;
      }
      const html = `<p class="para"><b>${label}</b>\u3000${cl.html(c)}</p>`;
      blocks.push({ id: cl.key, html, h: est(html), filler: !cl.required });
    }
    const sig = signatureHtml(doc, c, pen, hr, form || rng.child('sigdate').yes(0.3), sealMm);
    const sigCol = 4 * l.fontMm * 2.2 + 14;
    const sigH = Math.max(sealMm, sigCol) + 3 + l.fontMm * l.lh + 5 + (doc.placedAt ? est(`<p>${'字'.repeat(90)}</p>`) : 0);
    blocks.push({ id: 'sig', html: sig, h: sigH });
    return blocks;
  };

  const capacity = () => 297 - l.top - l.bottom - 8;
  const pages = fitPages(build, dropOrder, pageCount, capacity);
  const footStyle = rng.oneOf(['of', 'dash', 'none'] as const);
  return pages.map((blocks, i): TemplatePage => {
    const foot =
      footStyle === 'none' ? '' : `<div class="foot">${footStyle === 'of' ? `第 ${i + 1} 页 共 ${pages.length} 页` : `- ${i + 1} -`}</div>`;
    const body = `<div class="box" data-anchor="content">${blocks.map((b) => b.html).join('\n')}${foot}</div>`;
    return a4Page('lc', css(l), body, l.body);
  });
};
