import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../rules/contract/index.ts';
import { fullFeedback, materialsChecklist, quickFeedback, uploadSlots } from '../../services/api/case-view/index.ts';
import type { QuickPageFeedback } from '../../workers/page/index.ts';
import { mayReject } from '../../rules/data/reject-gate.ts';
import { page } from './rules-fixtures.ts';

const NOTE = '与原件一致，本单位已核实确认真实有效';

function report(n: number, marks: { seal: boolean | null; note: boolean | null; signature: boolean | null; complete?: boolean | null }): PageReport {
  const p = page(n);
  return {
    ...p,
    seal: { ...p.seal, present: marks.seal, confidence: 0.9 },
    annotation: { ...p.annotation, present: marks.note, complete: marks.complete ?? (marks.note ? true : null) },
    signature: { present: marks.signature, box: null, confidence: 0.9 },
  };
}

describe('what an employer reads about a page', () => {
  it('names every missing mark in one sentence, page number first', () => {
    const f = fullFeedback('d', 'income_query', report(2, { seal: false, note: false, signature: false }));
    expect(f.badges).toEqual({ clear: 'ok', whole: 'ok', seal: 'bad', note: 'bad', signature: 'bad' });
    expect(f.advice.map((a) => a.text)).toEqual([`请在第2页加盖公章，并由经办人手写“${NOTE}”后签字`]);
    expect(fullFeedback('d', 'tax_record', report(3, { seal: false, note: true, signature: true })).advice.map((a) => a.text)).toEqual(['请在第3页加盖用人单位公章']);
    expect(fullFeedback('d', 'tax_record', report(1, { seal: true, note: true, signature: false })).advice[0]!.text).toBe('请经办人在第1页的标注后签字');
  });

  it('asks as firmly as the report would: reject only where the reject gate trusts every check behind the sentence', () => {
    const firm = (check: Parameters<typeof mayReject>[0]) => (mayReject(check, 0.9) ? 'reject' : 'review');
    expect(fullFeedback('d', 'income_query', report(1, { seal: false, note: true, signature: true })).advice[0]!.severity).toBe(firm('seal_present'));
    const both = fullFeedback('d', 'income_query', report(1, { seal: false, note: false, signature: true })).advice[0]!.severity;
    expect(both).toBe(mayReject('seal_present', 0.9) && mayReject('note_present', 0.9) ? 'reject' : 'review');
  });

  it('says 不需要 for materials that need no seal, note or signature, and asks nothing of them', () => {
    for (const kind of ['id_card', 'labor_contract', 'lease_contract'] as const) {
      const f = fullFeedback('d', kind, report(1, { seal: false, note: false, signature: false }));
      expect(f.badges).toMatchObject({ seal: 'not_needed', note: 'not_needed', signature: 'not_needed' });
      expect(f.advice).toEqual([]);
    }
  });

  it('asks for review where a check was not sure, and never shows a flag code', () => {
    const f = fullFeedback('d', 'income_query', report(4, { seal: null, note: true, signature: true, complete: false }));
    expect(f.badges.seal).toBe('unsure');
    expect(f.badges.note).toBe('bad');
    expect(f.advice.map((a) => a.severity)).toContain('review');
    for (const a of f.advice) expect(a.text).not.toMatch(/[A-Z]{2,}_[A-Z]{2,}/);
  });

  it('turns the quick checks into the same badges; the pen-writing estimate never decides note or signature', () => {
    const q = {
      page: 1,
      widthPx: 1240,
      heightPx: 1754,
      dpi: 150,
      clarity: { ok: false, sharpness: 1, contrast: 1, reasons: ['blurred'] },
      edges: { ok: true, skewDeg: 0, cropped: false },
      seal: { present: false, confidence: 0.9, boxes: [], grey: false },
      handwriting: { likely: false },
    } as unknown as QuickPageFeedback;
    const f = quickFeedback('d', 'income_query', q);
    expect(f.stage).toBe('quick');
    expect(f.badges).toEqual({ clear: 'bad', whole: 'ok', seal: 'bad', note: 'pending', signature: 'pending' });
    expect(f.advice.map((a) => a.text)).toEqual([`请重新扫描第1页（图像模糊），应为四边完整、字迹清晰的原件扫描件`, '请在第1页加盖用人单位公章']);
    expect(quickFeedback('d', 'income_query', { ...q, handwriting: { likely: true } }).badges).toMatchObject({ note: 'likely', signature: 'likely' });
    expect(quickFeedback('d', 'hukou', q).badges).toMatchObject({ seal: 'not_needed', note: 'not_needed', signature: 'not_needed' });
  });
});

describe('the materials checklist and the upload slots', () => {
  const fields = { id: 'c', applicationType: 'new' as const, condition: 'degree' as const, employer: { name: 'x' } };
  it('lists what the application type and condition require, and ticks what was uploaded', () => {
    const before = materialsChecklist(fields, []);
    expect(before.map((i) => i.name)).toContain('学位证书');
    expect(before.every((i) => !i.present)).toBe(true);
    const after = materialsChecklist(fields, ['income_query', 'degree_certificate']);
    expect(after.filter((i) => i.present).map((i) => i.name)).toEqual(['《申报收入查询》', '学位证书']);
  });
  it('puts the required slots first, then the either-or ones, and 其他材料 last', () => {
    const forNew = uploadSlots(fields);
    expect(forNew.filter((s) => s.required === 'one_of').map((s) => s.kind).sort()).toEqual(['borrowing_statement', 'lease_contract', 'residence_permit']);
    expect(forNew.find((s) => s.kind === 'degree_certificate')!.required).toBe('yes');
    const slots = uploadSlots({ ...fields, applicationType: 'renewal', condition: undefined });
    expect(slots.slice(0, 3).map((s) => s.kind).sort()).toEqual(['income_query', 'labor_contract', 'tax_record']);
    expect(slots.at(-1)!.kind).toBe('other');
    expect(slots.find((s) => s.kind === 'tax_record')!.marks).toBe(true);
    expect(slots.find((s) => s.kind === 'id_card')!.marks).toBe(false);
  });
});
