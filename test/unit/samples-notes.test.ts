import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentTruth, ExpectedFlag, PageTruth } from '../../samples/generator/truth.ts';

/**
 * The note set (samples/corpus/<split>/notes/): enough partial notes of every kind in both splits to
 * choose the completeness decision on tune and measure it on holdout, and expected flags that follow
 * from what was written.
 */
const NOTE = '与原件一致，本单位已核实确认真实有效';
const corpus = join(import.meta.dirname, '../../samples/corpus');
type Entry = { file: string; kind: string; employer: string; expected: ExpectedFlag[]; page: PageTruth };

describe.each(['tune', 'holdout'])('note set of %s', (split) => {
  const index = JSON.parse(readFileSync(join(corpus, split, 'notes.json'), 'utf8')) as { split: string; set: string; pages: Entry[] };
  const pages = index.pages;
  const notes = pages.filter((p) => p.page.annotation.present);
  const partial = notes.filter((p) => !p.page.annotation.complete);

  it('when the set is listed, then every page has its PDF and its truth, and the truth is the index entry', () => {
    expect(pages.length).toBeGreaterThanOrEqual(36);
    for (const p of pages) {
      expect(existsSync(join(corpus, split, p.file)), p.file).toBe(true);
      const truth = JSON.parse(readFileSync(join(corpus, split, p.file.replace(/\.pdf$/, '.truth.json')), 'utf8')) as DocumentTruth;
      expect(truth.pages[0]).toEqual(p.page);
      expect(['tax_record', 'income_query']).toContain(p.kind);
    }
  });

  it('when a note was written, then its text is a prefix of the sentence and it is complete exactly when it is the whole sentence', () => {
    for (const p of notes) {
      const a = p.page.annotation;
      expect(NOTE.startsWith(a.text!), p.file).toBe(true);
      expect(a.complete, p.file).toBe(a.text === NOTE);
    }
  });

  it('when the set is generated, then it holds partial notes cut early and one or two characters short, in hand and stamp forms, and several hands', () => {
    expect(partial.length).toBeGreaterThanOrEqual(12);
    const cuts = new Set(partial.map((p) => [...p.page.annotation.text!].length));
    expect(cuts.has(5)).toBe(true);
    expect([16, 17].some((c) => cuts.has(c))).toBe(true);
    expect(new Set(partial.map((p) => p.page.annotation.form))).toEqual(new Set(['handwritten', 'stamp']));
    expect(new Set(notes.map((p) => p.page.annotation.hand).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
    expect(pages.some((p) => !p.page.annotation.present && p.page.signature.present)).toBe(true);
    expect(pages.some((p) => (p.page.otherWriting ?? []).some((w) => w.text === '仅供办理工作居住证使用'))).toBe(true);
  });

  it('when a page is expected to be flagged, then the flag follows from its note and signature', () => {
    for (const p of pages) {
      const codes = p.expected.map((f) => f.code);
      const a = p.page.annotation;
      expect(codes.includes('ANNOTATION_MISSING'), p.file).toBe(!a.present);
      expect(codes.includes('ANNOTATION_INCOMPLETE'), p.file).toBe(a.present && !a.complete);
      expect(codes.includes('SIGNATURE_MISSING'), p.file).toBe(!p.page.signature.present);
    }
  });
});
