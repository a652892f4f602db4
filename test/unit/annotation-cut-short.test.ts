import { describe, expect, it } from 'vitest';
import { BLUE, DARK, type InkMap } from '../../workers/page/annotation/classify-ink.ts';
import { clauseCompleteness, cleanCut } from '../../workers/page/annotation/note-completeness.ts';
import { matchAttestation } from '../../workers/page/annotation/match-attestation.ts';
import { unreadWriting } from '../../workers/page/annotation/unread-writing.ts';
import type { OcrLine } from '../../workers/page/types.ts';

/** A blank ink map with blocks of ink standing in for written characters (40 px pitch, 32 px glyphs). */
function inkMap(w = 1200, h = 400) {
  const classes = new Uint8Array(w * h);
  const map: InkMap = {
    width: w, height: h, classes, pxPerMm: 8, cell: 8, gw: Math.ceil(w / 8), gh: Math.ceil(h / 8),
    counts: [new Uint16Array(1), new Uint16Array(1), new Uint16Array(1)],
  } as InkMap;
  const write = (x: number, y: number, chars: number, cls = BLUE) => {
    for (let c = 0; c < chars; c++) {
      const x0 = x + c * 40;
      for (let yy = y; yy < y + 32; yy++)
        for (let xx = x0; xx < x0 + 32; xx++) {
          const edge = yy - y < 3 || y + 32 - yy <= 3 || xx - x0 < 3 || x0 + 32 - xx <= 3 || Math.abs(xx - x0 - 16) < 2 || Math.abs(yy - y - 16) < 2;
          if (edge) classes[yy * w + xx] = cls;
        }
    }
  };
  return { map, write };
}
const line = (text: string, x: number, y: number, chars: number): OcrLine => ({ text, confidence: 80, box: { x: x - 4, y: y - 8, w: chars * 40 + 8, h: 48 } });
const block = (text: string, lines: OcrLine[], ink: 'blue' | 'dark' | 'red' = 'blue') => ({ text, lines, ink, framed: false, box: lines[0]!.box });

describe('clauseCompleteness (a note read only as a spoilt first clause)', () => {
  it('when 与原件一致 alone is written and read as 与原致, then nothing follows it and the note is cut short', () => {
    const { map, write } = inkMap();
    write(100, 100, 5);
    const c = block('与原致，', [line('与原致，', 100, 100, 5)]);
    expect(clauseCompleteness(c, map, [])).toBe(false);
  });
  it('when the whole sentence is written on and only its start was read as 与原致, then the note is not called cut short', () => {
    const { map, write } = inkMap();
    write(100, 100, 17);
    const c = block('与原致', [line('与原致', 100, 100, 5)]);
    expect(clauseCompleteness(c, map, [])).not.toBe(false);
  });
  it('when the rest goes on on the line under it, then the note is not called cut short', () => {
    const { map, write } = inkMap();
    write(100, 100, 5);
    write(100, 150, 12);
    const c = block('与原致', [line('与原致', 100, 100, 5)]);
    expect(clauseCompleteness(c, map, [])).not.toBe(false);
  });
  it('when black ink would go on over a printed line, then the ink cannot tell and it is left to review', () => {
    const { map, write } = inkMap();
    write(100, 100, 5, DARK);
    const c = block('与原致', [line('与原致', 100, 100, 5)], 'dark');
    expect(clauseCompleteness(c, map, [{ x: 320, y: 95, w: 600, h: 40 }])).toBeNull();
  });
  it('when other characters are read on the clause line, then its geometry is not the clause and it is left to review', () => {
    const { map, write } = inkMap();
    write(100, 100, 5);
    const c = block('与原致核实单位', [line('与原致核实单位', 100, 100, 7)]);
    expect(clauseCompleteness(c, map, [])).toBeNull();
  });
});

describe('cleanCut (a partial reading over print that the print cannot have spoilt)', () => {
  // 与原件一致，本单位已核实 written and read cleanly; printed text runs above it, not where the rest would go.
  const setup = (text = '与原件一致，本单位已核实', chars = 11) => {
    const { map, write } = inkMap();
    write(100, 100, chars);
    const l = line(text, 100, 100, chars);
    const match = matchAttestation(text);
    return { map, l, match, unread: unreadWriting(map, 'dark', [l], match, []) };
  };
  const printAbove = { x: 80, y: 40, w: 700, h: 30 };
  it('when the reading is clean from the first character and the room after it is clear of print, then the cut stands', () => {
    const { match, unread } = setup();
    expect(cleanCut({ match, unsure: false }, unread, [printAbove])).toBe(true);
  });
  it('when print runs where the rest would stand, then the rest may have been cleared with it: no', () => {
    const { match, unread } = setup();
    expect(cleanCut({ match, unsure: false }, unread, [printAbove, { x: 560, y: 95, w: 400, h: 40 }])).toBe(false);
  });
  it('when print runs on the line under it, then the rest may be written there: no', () => {
    const { match, unread } = setup();
    expect(cleanCut({ match, unsure: false }, unread, [{ x: 60, y: 160, w: 700, h: 30 }])).toBe(false);
  });
  it('when the reading lost the sentence start (print spoilt it), then no', () => {
    const { match, unread } = setup('本单位已核实确认', 8);
    expect(cleanCut({ match, unsure: false }, unread, [])).toBe(false);
  });
  it('when characters were misread along the way, then no', () => {
    const { match, unread } = setup('与原仵一效本单仁已核实', 11);
    expect(cleanCut({ match, unsure: false }, unread, [])).toBe(false);
  });
  it('when other characters were read where the rest would be (unsure), then no', () => {
    const { match, unread } = setup();
    expect(cleanCut({ match, unsure: true }, unread, [])).toBe(false);
  });
});
