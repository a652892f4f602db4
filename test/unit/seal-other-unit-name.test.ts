import { describe, expect, it } from 'vitest';
import { creditCodeRun } from '../../workers/page/seal/read-seal-code.ts';
import type { CharProbs, NameRecogniser } from '../../workers/page/seal/ctc/name-recogniser.ts';
import { otherUnitName, unitNamesOnStrip, type ReadUnitName } from '../../workers/page/seal/ctc/other-unit-name.ts';
import { shortFormVariants } from '../../workers/page/seal/ctc/name-variants.ts';

/** A read of `name`, every character at `p` except those listed in `at` (index → probability). */
const read = (name: string, p = 0.99, at: Record<number, number> = {}): ReadUnitName => ({ name, probs: [...name].map((_, i) => at[i] ?? p) });

describe('otherUnitName: a plausible, confidently read name of another unit, never a slip of the employer\'s', () => {
  // [what the seal shows (reads of the tune splits, both sources), read, employer, another unit?]
  const rows: Array<[string, ReadUnitName, string, boolean]> = [
    ['another unit sharing the employer\'s trade name (200 dpi, one character at 0.56)',
      read('北京京城数技服务有限公司', 0.97, { 2: 0.79, 5: 0.82, 6: 0.56 }), '北京京城天工网络科技股份有限公司', true],
    ['another unit read cleanly', read('北京星河生物技术有限公司'), '北京明德软件股份有限公司', true],
    ['another unit\'s branch (a dispatch agency)', read('北京天工人力资源股分有限公司通州分公司', 0.95, { 8: 0.56 }), '北京华创飞鸿数据服务发展有限责任公司', true],
    ['the employer\'s branch, not the employer', read('北京领航信息技术有限公司海淀分公司'), '北京领航信息技术有限公司', true],
    ['a 150 dpi read of the employer\'s seal with a word dropped and two characters garbled',
      read('北京明德物流有限交上公司', 0.95, { 8: 0.35, 9: 0.41 }), '北京明德晨曦物流有限责任公司', false],
    ['the employer\'s name with its two-character word lost, read cleanly', read('北京明德物流有限责任公司'), '北京明德晨曦物流有限责任公司', false],
    ['the employer\'s name with one character misread (旺 for 晨曦拓)', read('北京旺维软件技术股份有限公司', 0.98), '北京晨曦拓维软件技术股份有限公司', false],
    ['the employer\'s seal overlapped by the tax bureau\'s (two seals read as one)', read('北京市税务局责任公司', 0.95, { 6: 0.26 }), '北京明德网络科技有限责任公司', false],
    ['another unit\'s name too garbled to be sure of', read('北京寶私究服务发展育限公司', 0.6, { 0: 0.99, 1: 0.94, 7: 1 }), '北京明德晨曦物流有限责任公司', false],
    ['the employer\'s short form without 北京 and 有限公司', read('北京鼎盛咨询公司'), '北京鼎盛咨询有限公司', false],
  ];
  it.each(rows)('%s', (_what, r, employer, other) => {
    expect(otherUnitName([r], employer) !== null).toBe(other);
  });
});

describe('unitNamesOnStrip (names cut out of the strip\'s best path)', () => {
  const chars = ['', ...'關北京恒通信息技术有限公司海淀分i'];
  const rec: NameRecogniser = { probs: async () => { throw new Error('unused'); }, classOf: (ch) => chars.indexOf(ch), charOf: (c) => chars[c] ?? ' ' };
  /** A CTC output spelling `text` with a blank between characters, each at its probability. */
  const strip = (text: string, p: (i: number) => number): CharProbs => {
    const C = chars.length, seq = [...text];
    const logp = new Float32Array(seq.length * 2 * C).fill(Math.log(1e-6));
    seq.forEach((ch, i) => {
      const t = 2 * i, q = p(i), c = chars.indexOf(ch);
      for (let k = 0; k < C; k++) logp[t * C + k] = Math.log(k === c ? q : (1 - q) / (C - 1));
      logp[(t + 1) * C] = 0;
    });
    return { steps: seq.length * 2, classes: C, logp };
  };
  it('when a stray mark precedes the name and the ring wraps round, then each whole name is cut out without it', () => {
    const names = unitNamesOnStrip(strip('信息技术有限公司關北京恒通信息技术有限公司i北京', (i) => (i === 8 ? 0.17 : 0.99)), rec);
    expect(names.map((n) => n.name)).toEqual(['信息技术有限公司', '北京恒通信息技术有限公司']);
  });
  it('when a branch\'s 分公司 follows the company\'s name, then it is part of the name', () => {
    const names = unitNamesOnStrip(strip('北京恒通信息技术有限公司海淀分公司', () => 0.99), rec);
    expect(names.map((n) => n.name)).toEqual(['北京恒通信息技术有限公司海淀分公司']);
  });
});

describe('creditCodeRun (a 统一社会信用代码 on a seal)', () => {
  const line = (text: string, x: number, confidence = 98) => ({ text, confidence, box: { x } });
  it('when the strip reads a code whose GB 32100 check character holds, then it is the code', () => {
    expect(creditCodeRun([line('9111010232636674X3', 10)])?.code).toBe('9111010232636674X3');
  });
  it('when one character is misread (the check fails), then there is no code', () => {
    expect(creditCodeRun([line('9111010232636674X4', 10)])).toBeNull();
  });
  it('when the strip holds the 13-digit seal code, then there is no credit code', () => {
    expect(creditCodeRun([line('1101080123456', 10)])).toBeNull();
  });
});

describe('shortFormVariants (the employer\'s common short forms, scored as substrings of the strip)', () => {
  it.each([
    ['北京明德晨曦物流有限责任公司', ['明德晨曦物流有限责任公司', '明德晨曦物流有限公司']],
    ['北京市鼎盛咨询有限公司', ['鼎盛咨询有限公司', '鼎盛咨询有限责任公司']],
    ['明德（北京）环保科技有限公司', ['明德环保科技有限公司', '明德环保科技有限责任公司']],
    ['北京亿联公司', []],
  ])('%s', (name, want) => {
    expect(shortFormVariants(name).sort()).toEqual([...want].sort());
  });
});
