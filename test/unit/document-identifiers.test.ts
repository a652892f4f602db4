import { describe, expect, it } from 'vitest';
import { isValidCreditCode, isValidIdNumber } from '../../workers/document/index.ts';

describe('isValidIdNumber (GB 11643)', () => {
  it.each(['11010519491231002X', '11010519491231002x', '110108198803151231', '110223199207044564'])('when %s is checked, then it passes', (id) => {
    expect(isValidIdNumber(id)).toBe(true);
  });
  it.each([
    ['110105199001011234', 'wrong check digit'],
    ['110108198803151232', 'one digit off'],
    ['110108198802301231', 'no such birth date'],
    ['11010819880315123', 'too short'],
    ['11010819880315I231', 'letter inside'],
  ])('when %s is checked (%s), then it fails', (id) => {
    expect(isValidIdNumber(id)).toBe(false);
  });
});

describe('isValidCreditCode (GB 32100)', () => {
  it.each(['91350100M000100Y43', '91110108MA01ABCD1E'])('when %s is checked, then it passes', (c) => {
    expect(isValidCreditCode(c)).toBe(true);
  });
  it.each([
    ['91110108MA01ABCD1X', 'wrong check character'],
    ['91110108MA01ABCD1', 'too short'],
    ['91110108MO01ABCD1E', 'O is not in the character set'],
  ])('when %s is checked (%s), then it fails', (c) => {
    expect(isValidCreditCode(c)).toBe(false);
  });
});
