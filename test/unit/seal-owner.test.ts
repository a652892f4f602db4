import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegionReader, type ClosableRegionReader } from '../../workers/page/region-reader/index.ts';
import { detectSeals, judgeSeals, sealOwner } from '../../workers/page/seal/index.ts';
import { drawPage } from './seal-fixtures.ts';

const EMP = '北京星河数据科技有限公司';

describe('sealOwner', () => {
  it('when the arc names a tax bureau, even with a dropped or garbled character, then it is an issuer', () => {
    expect(sealOwner('国家税务总局北京市海淀区税务局')).toBe('issuer');
    expect(sealOwner('CK国家税务总局北京市海淀区税务属装')).toBe('issuer');
    expect(sealOwner('：家税务总局北京市昌平区税务出')).toBe('issuer');
    expect(sealOwner('·N国家权务总精北京市明用区税务目幼机')).toBe('issuer');
  });
  it('when the arc names a police station or a university, then it is an issuer', () => {
    expect(sealOwner('北京市公安局望京派出所')).toBe('issuer');
    expect(sealOwner('西安交通大学')).toBe('issuer');
    expect(sealOwner(null, '户口专用章')).toBe('issuer');
    expect(sealOwner('大北京市公发局网龙观派用所儿')).toBe('issuer');
  });
  it('when the arc carries a company form, then it is a company even with an issuer word in it', () => {
    expect(sealOwner('北京众合数据服务有限公司')).toBe('company');
    expect(sealOwner('北京华税税务师事务所有限公司')).toBe('company');
    expect(sealOwner('北京大学出版社有限公司')).toBe('company');
  });
  it('when nothing could be read, then the owner is unknown (never an issuer by default)', () => {
    expect(sealOwner(null)).toBe('unknown');
    expect(sealOwner('北东健颜')).toBe('unknown');
  });
});

describe('judgeSeals (the page seal block)', () => {
  let reader: ClosableRegionReader | null = null;
  beforeAll(async () => { reader = await createRegionReader(); }, 30_000);
  afterAll(async () => { await reader?.close(); });

  it("when the only seal on the page is the tax bureau's, then no employer seal is present and the issuer's is kept apart", async () => {
    const page = drawPage({ dpi: 200, seals: [{ x: 150, y: 200, rotationDeg: 20, name: '国家税务总局北京市海淀区税务局', bottom: '业务专用章' }] });
    const det = detectSeals(page);
    expect(det.present).toBe(true);
    const s = await judgeSeals(page, det, EMP, { ocr: null, reader });
    expect(s.present).toBe(false);
    expect(s.boxes).toEqual([]);
    expect(s.issuerSeals?.length).toBe(1);
    expect(s.issuerSeals?.[0]?.text).toContain('税务');
  }, 20_000);

  it("when the employer's seal and the tax bureau's are both stamped, then the employer's counts and matches", async () => {
    const page = drawPage({ dpi: 200, seals: [{ x: 60, y: 200, rotationDeg: -15 }, { x: 150, y: 240, rotationDeg: 5, name: '国家税务总局北京市朝阳区税务局', bottom: '业务专用章' }] });
    const s = await judgeSeals(page, detectSeals(page), EMP, { ocr: null, reader });
    expect(s.present).toBe(true);
    expect(s.matchesEmployer).toBe(true);
    expect(s.boxes.length).toBe(1);
    expect(s.issuerSeals?.length).toBe(1);
  }, 20_000);

  it('when no engine can read the seal, then it stays present with the employer match open (review, not a pass)', async () => {
    const page = drawPage({ dpi: 200, seals: [{ x: 150, y: 200, name: '国家税务总局北京市海淀区税务局' }] });
    const s = await judgeSeals(page, detectSeals(page), EMP, { ocr: null, reader: null });
    expect(s.present).toBe(true);
    expect(s.matchesEmployer).toBeNull();
  });
});
