import { describe, expect, it } from 'vitest';
import { matchCompanyName } from '../../workers/page/seal/index.ts';

const EMP = '北京星河数据科技有限公司';

describe('matchCompanyName', () => {
  it.each([
    ['the same name', EMP],
    ['full-width brackets and spaces', '北京 星河数据科技有限公司 '],
    ['有限责任公司 for 有限公司', '北京星河数据科技有限责任公司'],
    ['北京市 for 北京', '北京市星河数据科技有限公司'],
    ['one character misread', '北京星河数据科枝有限公司'],
    ['two characters misread', '北京星河教据科技有限公司'.replace('限', '艰')],
    ['one character dropped by OCR', '北京星河数据科技有公司'],
    ['the seal word and code read along', '北京星河数据科技有限公司合同专用章1101080012345'],
  ])('when the seal reads %s, then it matches', (_, read) => {
    const m = matchCompanyName(read, EMP);
    expect(m.match).toBe(true);
    expect(m.score).toBeGreaterThan(0.8);
  });

  it.each([
    ['an extra 发展', '北京星河数据科技发展有限公司', EMP],
    ['a branch', '北京星河数据科技有限公司上海分公司', EMP],
    ['the group instead', '北京星河数据科技集团有限公司', EMP],
    ['another city', '上海星河数据科技有限公司', EMP],
    ['another district', '北京星河数据科技有限公司海淀分公司', EMP],
    ['the parent without the employer\'s 发展', '北京星河数据科技有限公司', '北京星河数据科技发展有限公司'],
    ['an unrelated company', '北京华夏建筑工程有限公司', EMP],
    ['two extra characters', '北京星河天宇数据科技有限公司', EMP],
  ])('when the seal reads %s, then it does not match', (_, read, emp) => {
    expect(matchCompanyName(read, emp).match).toBe(false);
  });

  it.each([
    ['half the name', '星河数据'],
    ['nothing', ''],
    ['the first half only', '北京星河数据科'],
    ['the name with its first characters cut off', '数据科技有限公司'],
  ])('when the read is %s, then it cannot decide (null)', (_, read) => {
    expect(matchCompanyName(read, EMP).match).toBeNull();
  });
});

describe('matchCompanyName on garbled legal forms and cut ends', () => {
  it('when OCR garbles both characters of 责任, then the name still matches', () => {
    expect(matchCompanyName('北京明德生物技术有限贸化公司', '北京明德生物技术有限责任公司').match).toBe(true);
  });
  it('when only the last character is lost at the strip end, then one more slip is tolerated', () => {
    expect(matchCompanyName('北民领航信象技术有限责任公', '北京领航信息技术有限责任公司').match).toBe(true);
  });
});
