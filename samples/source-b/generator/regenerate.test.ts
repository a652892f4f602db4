import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRenderer, type SheetRenderer } from './browser.ts';
import { planCases, SPLITS } from './cases.ts';
import { planPages } from './page-set.ts';
import { renderDoc, type BDocSpec } from './render-doc.ts';
import { randomStream } from './rng.ts';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

/**
 * The committed corpus is what `npm run samples:b` writes: regenerating a few of its documents
 * (pages of both captures, a multi-page case document) gives byte-identical truth files, and the
 * same spec rendered twice gives byte-identical PDFs. The pixels are Chromium's, so the committed
 * PDFs themselves are not compared (another Chromium build may differ by a grey level).
 */
describe('source B regenerates deterministically', () => {
  let renderer: SheetRenderer;
  beforeAll(async () => {
    renderer = await openRenderer();
  }, 60_000);
  afterAll(async () => renderer?.close());

  const holdout = SPLITS.holdout;
  const pages = planPages(randomStream(holdout.seed).child('pages'), 'bh', holdout.pageDate, holdout.pageDpi);
  const docs = planCases('holdout').flatMap((c) => c.docs);
  const picks: BDocSpec[] = [pages[0]!, pages.find((p) => p.file.includes('phone'))!, docs.find((d) => d.content.kind === 'tax_record')!].filter(Boolean);

  it.each(picks.map((s) => [s.file, s] as const))('when %s is rendered again, then its truth is byte-identical to the committed one', async (_f, spec) => {
    const committed = join(CORPUS, 'holdout', spec.file.replace(/\.pdf$/, '.truth.json'));
    expect(existsSync(committed), `${committed} is committed (npm run samples:b)`).toBe(true);
    const a = await renderDoc(spec, renderer);
    expect(json(a.truth)).toBe(readFileSync(committed, 'utf8'));
    const b = await renderDoc(spec, renderer);
    expect(Buffer.from(b.pdf).equals(Buffer.from(a.pdf))).toBe(true);
  }, 120_000);
});
