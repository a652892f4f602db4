import { describe, expect, it } from 'vitest';
import { matchAttestation } from '../../workers/page/annotation/match-attestation.ts';
import { partialConfirmed } from '../../workers/page/annotation/partial-agreement.ts';

const reading = (text: string, unsure = false) => ({ match: matchAttestation(text), unsure });

describe('partialConfirmed', () => {
  it('when two readings both stop after 与原件一致, then the note is confirmed partial', () => {
    expect(partialConfirmed(reading('与原件一致'), [reading('与原件一致'), reading('与原件一致，')])).toBe(true);
  });
  it('when two readings both stop after 本单位已核实, then the note is confirmed partial', () => {
    expect(partialConfirmed(reading('与原件一致本单位已核实'), [reading('与原件一致，本单位已核实')])).toBe(true);
  });
  it('when the only reading is the note itself, then nothing confirms it', () => {
    const note = reading('与原件一致');
    expect(partialConfirmed(note, [note])).toBe(false);
  });
  it('when the second reading goes further, then the note is not confirmed partial', () => {
    expect(partialConfirmed(reading('与原件一致'), [reading('与原件一致，本单位已核实')])).toBe(false);
  });
  it('when both readings stop mid-clause at the same character, then the note is confirmed partial', () => {
    expect(partialConfirmed(reading('与原件一致，本单位已'), [reading('与原件一致本单位已')])).toBe(true);
  });
  it('when the readings lost the start of the sentence, then print spoiling them is not ruled out', () => {
    expect(partialConfirmed(reading('本单位已核实确认真实有效'), [reading('本单位已核实确认真实有效')])).toBe(false);
  });
  it('when both readings were unsure, then they do not confirm each other', () => {
    expect(partialConfirmed(reading('与原件一致', true), [reading('与原件一致', true)])).toBe(false);
  });
  it('when the note is read whole, then it is not a partial note', () => {
    const whole = reading('与原件一致，本单位已核实确认真实有效');
    expect(partialConfirmed(whole, [reading('与原件一致，本单位已核实确认真实有效')])).toBe(false);
  });
});
