import { describe, expect, it } from 'vitest';
import { byCreditCode } from '../../workers/page/seal/read-seal.ts';

const EMPLOYER = '9111010815QG05TFRF';
const OTHER = '91110000802100433B';

describe('a seal’s 统一社会信用代码 against the employer’s (GB 32100)', () => {
  it.each([
    // [name matched, code on the seal, matchesEmployer, why]
    [null, EMPLOYER, true, 'the employer’s code settles it whatever the name read as'],
    [false, EMPLOYER, true, 'the employer’s code over a name read as another unit'],
    [null, OTHER, false, 'another valid code: another unit’s seal'],
    [true, OTHER, null, 'another valid code under the employer’s name: undecided'],
    [true, '91110000802100433C', true, 'a code failing its check decides nothing'],
    [null, '1101080012345', null, 'the 13-digit seal code decides nothing'],
  ] as const)('when the name matched %s and the seal carries %s, then matchesEmployer is %s (%s)', (match, code, expected, _why) => {
    expect(byCreditCode(match, 0.9, code, EMPLOYER).matchesEmployer).toBe(expected);
  });

  it('when the case gives no employer code, then the seal’s code decides nothing', () => {
    expect(byCreditCode(null, 0.9, OTHER, null).matchesEmployer).toBeNull();
  });
});
