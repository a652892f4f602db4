import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../workers/page/render/open-pdf.ts';
import { builtinsAreNative } from '../../workers/page/render/native-builtins.ts';

describe('pdf.js leaves JavaScript builtins as the engine made them', () => {
  it('when pdf.js is loaded and a document opened and read, then JSON.stringify, JSON.parse and Array.prototype.push are still native', async () => {
    expect(builtinsAreNative()).toBe(true);
    const doc = await openPdf(readFileSync(new URL('../../samples/demo/income-query.pdf', import.meta.url)));
    const page = await doc.getPage(1);
    const ops = await page.getOperatorList();
    expect(ops.fnArray.length).toBeGreaterThan(0);
    await doc.destroy();
    expect(builtinsAreNative()).toBe(true);
    // and they still do their work (the polyfills' extras are not needed by pdf.js)
    expect(JSON.parse(JSON.stringify({ a: [1, '二'] }))).toEqual({ a: [1, '二'] });
  });
});
