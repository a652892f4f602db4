import { describe, expect, it } from 'vitest';
import { contextKey } from '../../workers/jobs/context-key.ts';

describe('the context part of a stored page result key', () => {
  it('when the case gives no credit code, then the key is what it was before codes were keyed (stored results stay valid)', () => {
    expect(contextKey('t1', '北京甲公司')).toBe(contextKey('t1', '北京甲公司', null));
  });

  it.each([
    ['another tenant', ['t2', '北京甲公司', null]],
    ['another employer name', ['t1', '北京乙公司', null]],
    ['a credit code given', ['t1', '北京甲公司', '91110108MA01ABCD1X']],
  ] as const)('when %s, then the key differs (the seal is judged against something else)', (_what, [tenant, name, code]) => {
    expect(contextKey(tenant, name, code)).not.toBe(contextKey('t1', '北京甲公司', null));
  });

  it('when the key is stored or logged, then it shows no name: a sha256 in hex', () => {
    expect(contextKey('t1', '北京甲公司', '91110108MA01ABCD1X')).toMatch(/^[0-9a-f]{64}$/);
  });
});
