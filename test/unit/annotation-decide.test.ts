import { describe, expect, it } from 'vitest';
import type { Box } from '../../rules/contract/index.ts';
import { BLUE, DARK, type InkMap } from '../../workers/page/annotation/classify-ink.ts';
import { decideNote, type InkFacts } from '../../workers/page/annotation/decide-note.ts';
import { matchAttestation } from '../../workers/page/annotation/match-attestation.ts';
import type { Reading, ReadingOrigin } from '../../workers/page/annotation/readings.ts';
import { otherWriting } from '../../workers/page/annotation/note-geometry.ts';

/**
 * The note decision from readings and ink alone (decide-note.ts): rows describe the case, with a
 * blank page of paper, the note's characters painted as blocks of ink where the reading says they are.
 */
const PX_MM = 8; // 200 dpi
const W = 1600, H = 1200;
const PITCH = 40; // 5 mm characters
const LINE: Box = { x: 200, y: 400, w: 0, h: 48 };

function blankMap(): InkMap {
  const gw = Math.ceil(W / 8), gh = Math.ceil(H / 8);
  return { width: W, height: H, classes: new Uint8Array(W * H), pxPerMm: PX_MM, cell: 8, gw, gh, counts: [new Uint16Array(gw * gh), new Uint16Array(gw * gh), new Uint16Array(gw * gh)] };
}
/** `n` characters of ink from x on the note's line: a 30 × 36 px block each, 10 px apart. */
function paintChars(map: InkMap, x: number, n: number, cls: number): void {
  for (let k = 0; k < n; k++) {
    for (let y = LINE.y + 6; y < LINE.y + 42; y++) for (let dx = 0; dx < 30; dx++) map.classes[y * W + x + k * PITCH + dx] = cls;
  }
}
function reading(text: string, origin: ReadingOrigin, over: Partial<Reading> = {}): Reading {
  const n = [...text].length;
  const box = { ...LINE, w: n * PITCH };
  return {
    box, ink: 'blue', framed: false, handwriting: 0.9, text, confidence: 95, lines: [{ text, confidence: 95, box }],
    match: matchAttestation(text), unsure: false, origin, ...over,
  };
}
const facts = (map: InkMap, over: Partial<InkFacts> = {}): InkFacts => ({ map, printed: [], seals: [], regions: [], reader: true, writing: [], ...over });

const WHOLE = '与原件一致本单位已核实确认真实有效';
const TWELVE = WHOLE.slice(0, 12);
/** Where the 13th character would stand. */
const NEXT: Box = { x: LINE.x + 12 * PITCH + 5, y: LINE.y, w: 60, h: LINE.h };

describe('decideNote: completeness needs the reading and the ink to stop together', () => {
  it.each([
    { case: 'a whole reading', text: WHOLE, inkChars: 17, expected: true },
    { case: 'a reading that stops after 12 characters, the ink stopping there too, on clear paper', text: TWELVE, inkChars: 12, expected: false },
    { case: 'a reading that stops after 15 characters while the ink goes on for the other 2 (read short)', text: WHOLE.slice(0, 15), inkChars: 17, expected: true },
    { case: 'a reading that stops after 12 while the ink goes on for 5 more (too many to take as written from the ink alone)', text: TWELVE, inkChars: 17, expected: null },
    { case: 'a reading that stops after 12 while the ink goes on for 2 more only, too short for the 5 missing', text: TWELVE, inkChars: 14, expected: false },
    { case: 'a reading that stops after 12 with the place of the 13th inside a seal', text: TWELVE, inkChars: 12, seals: [{ x: NEXT.x - 40, y: NEXT.y - 150, w: 300, h: 300 }], expected: null },
    { case: 'a reading that stops after 12 with print where the 13th would stand', text: TWELVE, inkChars: 12, printed: [NEXT], expected: null },
    { case: 'a reading that starts late (no 与原件一致): the ink before it is not measured', text: WHOLE.slice(5), inkChars: 12, expected: null },
  ])('when $case, then complete is $expected', ({ text, inkChars, seals, printed, expected }) => {
    const map = blankMap();
    paintChars(map, LINE.x, inkChars, BLUE);
    const d = decideNote([reading(text, 'first')], facts(map, { seals: seals ?? [], printed: printed ?? [] }));
    expect(d.annotation.present).toBe(true);
    expect(d.annotation.complete).toBe(expected);
  });
});

describe('decideNote: which reading and what presence', () => {
  it.each([
    { case: 'the best of a first-pass and a sweep reading', rs: [reading(TWELVE, 'first'), reading(WHOLE, 'sweep')], present: true, text: WHOLE, form: 'handwritten' },
    { case: 'a printed line reading more than the written one', rs: [reading(TWELVE, 'first'), reading(WHOLE, 'printed', { ink: 'dark' })], present: true, text: WHOLE, form: 'printed' },
    { case: 'only a sweep trace that does not align', rs: [reading('原件一致本位核确', 'trace', { match: { ...matchAttestation(''), complete: null } })], present: null, text: '原件一致本位核确', form: 'unknown' },
    { case: 'the first clause read twice apart', rs: [reading('与原致', 'first', { match: { ...matchAttestation(''), complete: null } }), reading('与原件致', 'trace', { match: { ...matchAttestation(''), complete: null } })], present: true, text: null, form: 'handwritten' },
    { case: 'no reading at all', rs: [], present: false, text: null, form: undefined },
    { case: 'a printed line that only shares the sentence’s tail (…个人资料真实有效)', rs: [reading('明身份证明工作经历等个人资料真实有效', 'printed', { ink: 'dark' })], present: false, text: null, form: undefined },
  ])('when $case, then present is $present', ({ rs, present, text, form }) => {
    const map = blankMap();
    paintChars(map, LINE.x, 17, BLUE);
    const d = decideNote(rs, facts(map));
    expect(d.annotation.present).toBe(present);
    if (text) expect(d.annotation.text).toBe(text);
    expect(d.annotation.form).toBe(form);
  });

  it('when the reader is off and likely writing is there, then the note and the signature are left to review', () => {
    const d = decideNote([], facts(blankMap(), { reader: false, writing: [{ x: 100, y: 100, w: 400, h: 50 }] }));
    expect(d.annotation.present).toBeNull();
    expect(d.signatureUnknown).toBe(true);
  });

  it('when a name was split off after the note, then the note’s own lines stop before it', () => {
    const map = blankMap();
    paintChars(map, LINE.x, 17, DARK);
    const name: Box = { x: LINE.x + 17 * PITCH + 60, y: LINE.y, w: 120, h: LINE.h };
    const d = decideNote([reading(WHOLE, 'first', { ink: 'dark', name })], facts(map));
    expect(d.place?.own?.every((b) => b.x + b.w <= name.x)).toBe(true);
    expect(d.clear.some((b) => b.x + b.w > name.x)).toBe(false);
  });
});

describe('otherWriting: writing cleared before the signature is looked for', () => {
  const line = (text: string) => ({ text, confidence: 90, box: { x: 0, y: 0, w: 20 * [...text].length, h: 40 } });
  it.each([
    { shows: 'a phrase of other writing', text: '仅供办理工作居住证使用', cleared: 1, from: 0 },
    { shows: 'a date with a name after it: only the date', text: '2021.9.13 张三', cleared: 1, from: 0 },
    { shows: 'a name beside the seal’s text read along', text: '晓 专用章型', cleared: 0, from: 0 },
    { shows: 'the label 经办人签字 with the name after it', text: '经办人签字 邓予思', cleared: 0, from: 0 },
  ])('when a reader line reads $shows, then $cleared stretch(es) are cleared', ({ text, cleared, from }) => {
    const boxes = otherWriting([line(text)]);
    expect(boxes.length).toBe(cleared);
    if (cleared) expect(boxes[0]!.x).toBe(from);
    if (text.includes('张三')) expect(boxes[0]!.x + boxes[0]!.w).toBeLessThan(20 * 10);
  });
});
