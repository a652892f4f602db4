import { describe, expect, it } from 'vitest';
import { estimateHandwritingPresence } from '../../workers/page/annotation/index.ts';
import { drawPage, NOTE } from './annotation-fixtures.ts';

describe('estimateHandwritingPresence', () => {
  it('when a blue note is on the page, then writing is likely and a candidate covers the note', () => {
    const d = drawPage({ note: NOTE, signature: true });
    const est = estimateHandwritingPresence(d.page, d.sealBoxes);
    expect(est.likely).toBe(true);
    const c = est.candidates.find((x) => x.ink === 'blue')!;
    expect(c.box.y).toBeLessThan(d.noteBox!.y + d.noteBox!.h);
    expect(c.box.y + c.box.h).toBeGreaterThan(d.noteBox!.y);
  });
  it('when a red stamped note is on the page, then a framed red candidate is reported and the seal is not', () => {
    const d = drawPage({ note: NOTE, form: 'stamp' });
    const est = estimateHandwritingPresence(d.page, d.sealBoxes);
    expect(est.likely).toBe(true);
    expect(est.candidates.some((c) => c.ink === 'red' && c.framed)).toBe(true);
  });
  it('when the page holds only print and a seal, then writing is not reported as likely', () => {
    const d = drawPage({});
    expect(estimateHandwritingPresence(d.page, d.sealBoxes).likely).not.toBe(true);
  });
});
