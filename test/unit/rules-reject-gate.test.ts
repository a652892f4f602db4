import { describe, expect, it } from 'vitest';
import { MIN_CALLS, REJECT_GATE, REQUIRED_ACCURACY, mayReject, type GatedCheck } from '../../rules/data/reject-gate.ts';

describe('the reject gate (one table, rules/data/reject-gate.ts)', () => {
  it.each<[GatedCheck, number | undefined, boolean]>([
    // Page checks whose defect-side calls were not right often enough on source B never reject alone.
    ['signature', 0.99, false],
    ['seal_employer_match', 1, false],
    ['note_complete', 0.99, false],
    ['seal_present', 1, false],
    // Cut, skewed or unclear pages reject (no confidence reported yet; every call right on both sources).
    ['edges', undefined, true],
    ['unclear', undefined, true],
    // Rows and dates reject only at or above the gate.
    ['income_rows', 0.95, true],
    ['income_rows', 0.7, true],
    ['income_rows', 0.65, false],
    ['payer_name', 1, false],
    ['tax_rows', 0.55, false],
    ['issued_date', 0.85, false],
    ['issued_date', undefined, true],
    ['term', 0.8, true],
  ])('when %s is called at %s, then reject is %s', (check, confidence, expected) => {
    expect(mayReject(check, confidence)).toBe(expected);
  });

  it('when a gate is set, then it quotes the figure behind it on both sources', () => {
    for (const gate of Object.values(REJECT_GATE)) {
      expect(gate.measured.a.length).toBeGreaterThan(0);
      expect(gate.measured.b.length).toBeGreaterThan(0);
    }
    expect(REQUIRED_ACCURACY).toBeGreaterThanOrEqual(0.95);
    expect(MIN_CALLS).toBeGreaterThanOrEqual(10);
  });
});
