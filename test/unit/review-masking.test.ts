import { describe, expect, it } from 'vitest';
import { maskIdNumbers } from '../../services/api/review/index.ts';
import { failureReason } from '../../services/queue/index.ts';

describe('ID numbers a reviewer reads are masked to their last 4 characters', () => {
  it.each([
    ['110105199001011234', '**************1234'],
    ['11010519900101123X', '**************123X'],
    ['身份证号码：610113198911195222。', '身份证号码：**************5222。'],
    ['旧证 110105900101123', '旧证 ***********1123'],
    // Longer runs of digits (record numbers, accounts) and credit codes with letters are not ID numbers.
    ['凭证号 3311010519900101123456', '凭证号 3311010519900101123456'],
    ['91110108MA01ABCD1X', '91110108MA01ABCD1X'],
    ['¥15,234.50', '¥15,234.50'],
  ])('when a string holds %j, then it reads %j', (input, expected) => {
    expect(maskIdNumbers(input)).toBe(expected);
  });

  it('when a report nests them in parties, evidence values and texts, then every one is masked and the rest is kept', () => {
    const report = { parties: { lesseeIdNumber: '110105199001011234', lessee: '王小明' }, flags: [{ evidence: { value: ['110105199001011234'], text: null, box: { x: 1 } } }] };
    expect(maskIdNumbers(report)).toEqual({ parties: { lesseeIdNumber: '**************1234', lessee: '王小明' }, flags: [{ evidence: { value: ['**************1234'], text: null, box: { x: 1 } } }] });
  });
});

describe('failed job attempts are counted by reason code', () => {
  it.each([
    ['bad_input: resource_limit', 'resource_limit'],
    ['bad_input: document_missing', 'document_missing'],
    ['bad_payload: analyse-page', 'bad_payload'],
    ['transient: TypeError', 'transient'],
    ['job stalled more than allowable limit', 'stalled'],
    [undefined, 'other'],
  ])('when failedReason is %j, then the reason is %s', (failed, reason) => {
    expect(failureReason(failed)).toBe(reason);
  });
});
