import { describe, expect, it } from 'vitest';
import { matchAttestation } from '../../workers/page/annotation/index.ts';
import { misreadEnd } from '../../workers/page/annotation/note-completeness.ts';

describe('matchAttestation', () => {
  it('when the whole sentence is read, then it is complete with full coverage', () => {
    const m = matchAttestation('与原件一致，本单位已核实确认真实有效');
    expect(m.complete).toBe(true);
    expect(m.coverage).toBe(1);
  });
  it('when PP-OCR drops two characters under a seal, then it is still complete', () => {
    const m = matchAttestation('与原件一致，本单位已核实确认实有');
    expect(m.complete).toBe(true);
    expect(m.coverage).toBeGreaterThan(0.85);
  });
  it('when a handwritten note is read with three wrong characters, then it is still recognised as complete', () => {
    const m = matchAttestation('与厚件一致，本单拉已核实确认真买有效');
    expect(m.complete).toBe(true);
    expect(m.fidelity).toBeLessThan(1);
  });
  it('when variant forms come back (眞, 己), then they count as the sentence characters', () => {
    expect(matchAttestation('与原件一致本单位己核实确认眞实有效').exact).toBe(17);
  });
  it('when only 与原件一致 is written, then it is present but incomplete', () => {
    const m = matchAttestation('与原件一致');
    expect(m.complete).toBe(false);
    expect(m.coverage).toBeCloseTo(5 / 17, 3);
  });
  it('when the sentence is cut short after 本单位已核实, then it is incomplete', () => {
    expect(matchAttestation('与原件一致，本单位已核实').complete).toBe(false);
  });
  it('when a different sentence is written, then there is no trace of the note', () => {
    expect(matchAttestation('仅供办理工作居住证使用').complete).toBeNull();
    expect(matchAttestation('与原件相符').complete).toBeNull();
  });
  it('when printed text shares a few words, then it is not taken for the note', () => {
    expect(matchAttestation('国家税务总局北京市税务局 本单位 确认 有效').complete).toBeNull();
  });
  it('when a name follows the note, then the matched span stops before it', () => {
    const m = matchAttestation('与原件一致，本单位已核实确认真实有效 张三');
    expect(m.complete).toBe(true);
    expect(m.end).toBe(17);
  });
  it('when the text is empty or punctuation only, then nothing matches', () => {
    expect(matchAttestation('').complete).toBeNull();
    expect(matchAttestation('，。 ,').coverage).toBe(0);
  });
});

describe('misreadEnd', () => {
  it('a reading that goes on where the last one or two characters should be is a misread end, not a cut note', () => {
    const misread = '与原件一致，本单位已核实确认真实仪';
    expect(misreadEnd(misread, matchAttestation(misread))).toBe(true);
    const cut = '与原件一致，本单位已核实确认真实';
    expect(misreadEnd(cut, matchAttestation(cut))).toBe(false);
    const early = '与原件一致 李明';
    expect(misreadEnd(early, matchAttestation(early))).toBe(false);
  });
});
