import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerFonts } from '../../samples/generator/fonts.ts';
import { buildDemo } from '../../samples/generator/build-demo.ts';
import { SPLITS } from '../../samples/generator/main.ts';
import { planNotes } from '../../samples/generator/note-set.ts';
import { renderDocument } from '../../samples/generator/render-document.ts';
import { createRng } from '../../samples/generator/rng.ts';

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('sample generator determinism', () => {
  it('when the demo is regenerated from its seed, then every file is byte-identical to the committed one', async () => {
    registerFonts();
    const dir = mkdtempSync(join(tmpdir(), 'samples-'));
    await buildDemo(dir);
    const committed = join(import.meta.dirname, '../../samples/demo');
    for (const f of ['income-query.pdf', 'tax-record.pdf', 'labor-contract.pdf', 'case.json', 'expected.json', 'tax-record.truth.json']) expect(sha(join(dir, f)), f).toBe(sha(join(committed, f)));
  });

  it('when the first pages of the holdout note set are rendered again from the seed, then they are byte-identical to the committed ones', async () => {
    registerFonts();
    const cfg = SPLITS.holdout;
    const specs = planNotes(createRng(cfg.seed).fork('notes'), 2, cfg.date, [...cfg.pageDpi]);
    const committed = join(import.meta.dirname, '../../samples/corpus/holdout');
    for (const spec of specs) {
      const { pdf } = await renderDocument(spec);
      expect(createHash('sha256').update(pdf).digest('hex'), spec.file).toBe(sha(join(committed, spec.file)));
    }
  });
});
