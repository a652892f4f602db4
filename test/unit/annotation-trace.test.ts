import { describe, expect, it } from 'vitest';
import { inOrder } from '../../workers/page/annotation/sweep-note.ts';
import { ATTESTATION, normalize } from '../../workers/page/annotation/match-attestation.ts';

const SENTENCE = normalize(ATTESTATION);

describe('inOrder (a trace of the note in a spoilt reading)', () => {
  it('when a red stamp across the red seal reads in pieces, then its characters are still found in the sentence order', () => {
    // tune notes n028: 乒原件 / 位确次实有效 — the alignment keeps only 实有效.
    expect(inOrder(normalize('乒原件位确次实有效'), SENTENCE)).toBe(7);
  });
  it('when the red ink is a company seal, then it shares too few characters to count as a trace', () => {
    expect(inOrder(normalize('北京众合数据服务有限公司'), SENTENCE)).toBeLessThan(5);
    expect(inOrder(normalize('国家税务总局北京市税务局业务专用章'), SENTENCE)).toBeLessThan(5);
  });
  it('when the text is the sentence, then every character is found', () => {
    expect(inOrder(SENTENCE, SENTENCE)).toBe(17);
  });
});
