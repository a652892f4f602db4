import { describe, expect, it } from 'vitest';
import { assembleReading } from '../../workers/page/annotation/assemble-reading.ts';
import { fillMisreadEnds, matchAttestation } from '../../workers/page/annotation/match-attestation.ts';
import type { OcrLine } from '../../workers/page/types.ts';

const line = (text: string, x: number, y: number, w: number, h = 40): OcrLine => ({ text, confidence: 90, box: { x, y, w, h } });

describe('assembleReading', () => {
  it('when a rotated stamp comes back with its second line first, then the note still reads complete', () => {
    // The longer second line rises above the first line's top, as on a stamp turned a few degrees.
    const r = assembleReading([line('本单位已核实确认真实有效', 100, 60, 500, 60), line('与原件一致，', 200, 80, 220, 40)]);
    expect(r.match.complete).toBe(true);
    expect(r.text.startsWith('与原件一致')).toBe(true);
  });

  it('when the last characters are read as other characters in their place, then the note is complete', () => {
    const r = assembleReading([line('与原件一致，本单位已核实确认具头月双', 100, 100, 900)]);
    expect(r.match.complete).toBe(true);
    expect(r.match.exact).toBe(13);
  });

  it('when the note stops after 本单位已核实 and nothing follows, then it is partial and decided', () => {
    const r = assembleReading([line('与原件一致，本单位已核实', 100, 100, 600)]);
    expect(r.match.complete).toBe(false);
    expect(r.unsure).toBe(false);
  });

  it('when other characters stand where the missing start would be, then completeness is not decidable', () => {
    const r = assembleReading([line('本凭证不体位账已核实确认真实有效', 100, 100, 800)]);
    expect(r.match.complete).toBe(false);
    expect(r.unsure).toBe(true);
  });
});

describe('fillMisreadEnds', () => {
  it('when fewer characters follow than the sentence lacks, then nothing is filled', () => {
    const m = matchAttestation('与原件一致，本单位已核实确认真');
    expect(fillMisreadEnds(m, 0, 2).complete).toBe(m.complete);
    expect(fillMisreadEnds(m, 0, 2).coverage).toBe(m.coverage);
  });

  it('when more characters are missing than could be misread, then the note stays partial', () => {
    const m = matchAttestation('与原件一致');
    expect(fillMisreadEnds(m, 0, 20).complete).toBe(false);
  });
});
