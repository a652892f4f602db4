import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerFonts } from '../../samples/generator/fonts.ts';
import { buildDemo } from '../../samples/generator/build-demo.ts';

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('sample generator determinism', () => {
  it('when the demo is regenerated from its seed, then every file is byte-identical to the committed one', async () => {
    registerFonts();
    const dir = mkdtempSync(join(tmpdir(), 'samples-'));
    await buildDemo(dir);
    const committed = join(import.meta.dirname, '../../samples/demo');
    for (const f of ['income-query.pdf', 'tax-record.pdf', 'labor-contract.pdf', 'case.json', 'expected.json', 'tax-record.truth.json']) expect(sha(join(dir, f)), f).toBe(sha(join(committed, f)));
  });
});
