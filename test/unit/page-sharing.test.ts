import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS, PdfDocument } from '../../workers/page/index.ts';
import { typedImageToInput, useTypedModelInput } from '../../workers/page/region-reader/typed-model-input.ts';
import { createOpenDocuments } from '../../workers/pipeline/open-documents.ts';

function randomRgba(width: number, height: number, seed: number): { data: Uint8Array; width: number; height: number } {
  const data = new Uint8Array(width * height * 4);
  let x = seed;
  for (let i = 0; i < data.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  return { data, width, height };
}

describe('typedImageToInput', () => {
  it("when PP-OCR's wrapper is loaded, then its own model input and the typed one are the same float32 values", async () => {
    const original = await useTypedModelInput();
    expect(original).not.toBeNull();
    for (const [img, opts] of [
      [randomRgba(37, 29, 1), {}],
      [randomRgba(64, 48, 2), { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] }],
      [randomRgba(1, 1, 3), { mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] }],
    ] as const) {
      const theirs = original!(img, opts);
      const ours = typedImageToInput(img, opts);
      expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
      // the models take Float32Array.from(data): compare what they would be given
      expect(Buffer.from(Float32Array.from(ours.data).buffer).equals(Buffer.from(Float32Array.from(theirs.data).buffer))).toBe(true);
    }
  });
  it('when installed twice, then the first original is kept', async () => {
    const a = await useTypedModelInput();
    const b = await useTypedModelInput();
    expect(b).toBe(a);
    expect(b).not.toBe(typedImageToInput);
  });
});

describe('createOpenDocuments', () => {
  const a = new Uint8Array(readFileSync('samples/demo/income-query.pdf'));
  const b = new Uint8Array(readFileSync('samples/corpus/tune/docs/t1-base-tax.pdf'));
  const counting = () => {
    const opens: number[] = [];
    const docs = createOpenDocuments(INPUT_LIMITS, (bytes) => {
      opens.push(bytes.length);
      return PdfDocument.open(bytes, INPUT_LIMITS);
    });
    return { opens, docs };
  };

  it('when the same bytes come again (a copy, as over IPC), then the file is opened once and each page is what a fresh opening gives', async () => {
    const { opens, docs } = counting();
    const first = await docs.with(a, async (d) => (await d.raster(1)).data);
    const second = await docs.with(new Uint8Array(a), async (d) => ({ n: d.pageCount, data: (await d.raster(1)).data }));
    expect(opens).toEqual([a.length]);
    const fresh = await PdfDocument.open(a);
    const alone = (await fresh.raster(1)).data;
    await fresh.close();
    expect(Buffer.from(first).equals(Buffer.from(alone))).toBe(true);
    expect(Buffer.from(second.data).equals(Buffer.from(alone))).toBe(true);
    await docs.close();
  });
  it('when another file comes, then it is opened and the first one is opened again when it returns', async () => {
    const { opens, docs } = counting();
    await docs.with(a, async (d) => d.pageCount);
    await docs.with(b, async (d) => d.pageCount);
    await docs.with(a, async (d) => d.pageCount);
    expect(opens).toEqual([a.length, b.length, a.length]);
    await docs.close();
  });
  it('when two files are in use at once, then both calls finish on their own file', async () => {
    const { docs } = counting();
    const [na, nb] = await Promise.all([docs.with(a, async (d) => (await d.raster(1)).width), docs.with(b, async (d) => (await d.raster(1)).width)]);
    const fa = await PdfDocument.open(a), fb = await PdfDocument.open(b);
    expect([na, nb]).toEqual([(await fa.raster(1)).width, (await fb.raster(1)).width]);
    await Promise.all([fa.close(), fb.close(), docs.close()]);
  });
  it('when a file cannot be opened, then the error is thrown and the next call tries again', async () => {
    const { opens, docs } = counting();
    const junk = new TextEncoder().encode('not a pdf at all');
    await expect(docs.with(junk, async (d) => d.pageCount)).rejects.toThrow();
    await expect(docs.with(junk, async (d) => d.pageCount)).rejects.toThrow();
    expect(opens.length).toBe(2);
    await docs.close();
  });
});
