import type { SKRSContext2D } from '@napi-rs/canvas';
import type { MmPage } from './page-canvas.ts';
import type { Rng } from './rng.ts';
import type { DocContent, MarkSpots } from './docs/content.ts';
import { drawTaxRecordPage, taxRecordPages } from './docs/draw-tax-record.ts';
import { drawIncomeQueryPage, incomeQueryPages } from './docs/draw-income-query.ts';
import { drawLaborContractPage } from './docs/draw-labor-contract.ts';
import { drawLeasePage } from './docs/draw-lease.ts';
import { drawIdCardPage } from './docs/draw-id-card.ts';
import { drawDegreePage, drawHukouPage, drawResignationPage } from './docs/draw-others.ts';
import { drawBorrowingStatementPage } from './docs/draw-borrowing-statement.ts';
import { drawSeal, type SealStyle } from './marks/seal.ts';
import { drawEmblem } from './marks/lookalikes.ts';
import { stampOnto } from './marks/place-marks.ts';
import { INK } from './marks/ink.ts';
import type { Box } from '../../rules/contract/index.ts';

export function pageCountOf(c: DocContent): number {
  switch (c.kind) {
    case 'tax_record':
      return taxRecordPages(c);
    case 'income_query':
      return incomeQueryPages(c);
    case 'labor_contract':
    case 'lease_contract':
      return c.pages;
    default:
      return 1;
  }
}

export interface DrawnPage {
  spots: MarkSpots;
  termOnPage: boolean;
  /** Seals and emblems that are part of the document itself (not the employer's stamp). */
  printed: { type: 'issuer_seal' | 'emblem' | 'red_rules'; box: Box; text?: string }[];
}

const DEFAULT_SPOTS: MarkSpots = { seal: { x: 140, y: 240 }, note: { x: 20, y: 250 }, sign: { x: 120, y: 265 } };

function issuerSeal(ctx: SKRSContext2D, pxPerMm: number, at: { x: number; y: number }, style: Omit<SealStyle, 'color' | 'unevenness'>, rng: Rng): Box {
  const mark = drawSeal({ ...style, color: INK.sealRed(rng), unevenness: rng.range(0.1, 0.3) }, pxPerMm, rng);
  return stampOnto(ctx, mark, at.x * pxPerMm, at.y * pxPerMm, rng.range(-8, 8), 0.92);
}

/** Draws the printed content of one page (before any employer marks) and says where marks go. */
export function drawPage(p: MmPage, c: DocContent, pageIndex: number, rng: Rng, opts: { redRules?: boolean; colourCopy?: boolean }): DrawnPage {
  const printed: DrawnPage['printed'] = [];
  const serif = rng.pick(['"AR PL UMing CN"', '"Noto Serif CJK JP"']);
  switch (c.kind) {
    case 'tax_record': {
      const r = drawTaxRecordPage(p, c, pageIndex);
      if (r.issuerSealAt) {
        const authority = c.rows[0]?.authority ?? '国家税务总局北京市税务局';
        const box = issuerSeal(p.ctx, p.pxPerMm, r.issuerSealAt, { arcText: authority, bottomText: '业务专用章', code: null, diameterMm: 42, star: false, font: '"Noto Serif CJK JP"' }, rng);
        printed.push({ type: 'issuer_seal', box, text: authority });
      }
      return { spots: r.spots, termOnPage: false, printed };
    }
    case 'income_query': {
      const r = drawIncomeQueryPage(p, c, pageIndex, opts.redRules ?? false);
      return { spots: r.spots, termOnPage: false, printed };
    }
    case 'labor_contract': {
      const r = drawLaborContractPage(p, c, pageIndex, rng, serif);
      return { spots: r.spots, termOnPage: r.termOnPage, printed };
    }
    case 'lease_contract': {
      const r = drawLeasePage(p, c, pageIndex, rng);
      return { spots: r.spots, termOnPage: r.termOnPage, printed };
    }
    case 'id_card': {
      const r = drawIdCardPage(p, c, opts.colourCopy ?? true);
      if (opts.colourCopy ?? true) {
        const mark = drawEmblem(p.pxPerMm, rng);
        const box = stampOnto(p.ctx, mark, (r.emblem.x + 7) * p.pxPerMm, (r.emblem.y + 7) * p.pxPerMm, 0, 1);
        printed.push({ type: 'emblem', box });
      }
      return { spots: DEFAULT_SPOTS, termOnPage: true, printed };
    }
    case 'hukou': {
      const r = drawHukouPage(p, c);
      const text = `北京市公安局${rng.pick(['回龙观', '中关村', '望京', '天通苑'])}派出所`;
      const box = issuerSeal(p.ctx, p.pxPerMm, r.issuerSealAt, { arcText: text, bottomText: '户口专用章', code: null, diameterMm: 40, star: true, font: '"Noto Serif CJK JP"' }, rng);
      printed.push({ type: 'issuer_seal', box, text });
      return { spots: DEFAULT_SPOTS, termOnPage: false, printed };
    }
    case 'degree_certificate': {
      const r = drawDegreePage(p, c);
      const box = issuerSeal(p.ctx, p.pxPerMm, r.issuerSealAt, { arcText: c.university, bottomText: null, code: null, diameterMm: 42, star: true, font: '"Noto Serif CJK JP"' }, rng);
      printed.push({ type: 'issuer_seal', box, text: c.university });
      return { spots: DEFAULT_SPOTS, termOnPage: false, printed };
    }
    case 'borrowing_statement':
      return { spots: drawBorrowingStatementPage(p, c, rng), termOnPage: false, printed };
    case 'resignation_certificate': {
      const r = drawResignationPage(p, c);
      return { spots: { ...DEFAULT_SPOTS, seal: r.spots.seal }, termOnPage: false, printed };
    }
  }
}
