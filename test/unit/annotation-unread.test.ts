import { describe, expect, it } from 'vitest';
import { BLUE, DARK, type InkMap } from '../../workers/page/annotation/classify-ink.ts';
import { matchAttestation } from '../../workers/page/annotation/match-attestation.ts';
import { decideCompleteness, notePitch, unreadWriting, type UnreadWriting } from '../../workers/page/annotation/unread-writing.ts';
import type { OcrLine } from '../../workers/page/types.ts';

/** A blank ink map with blocks of ink standing in for written characters (40 px pitch, 32 px glyphs). */
function inkMap(w = 1200, h = 400): InkMap & { write(x: number, y: number, chars: number, cls?: number, pitch?: number): void } {
  const classes = new Uint8Array(w * h);
  const map = {
    width: w, height: h, classes, pxPerMm: 8, cell: 8, gw: Math.ceil(w / 8), gh: Math.ceil(h / 8),
    counts: [new Uint16Array(1), new Uint16Array(1), new Uint16Array(1)] as [Uint16Array, Uint16Array, Uint16Array],
    write(x: number, y: number, chars: number, cls = BLUE, pitch = 40) {
      // Each character: a few strokes (a cross inside a box outline), not a filled square.
      for (let c = 0; c < chars; c++) {
        const x0 = x + c * pitch;
        for (let yy = y; yy < y + 32; yy++)
          for (let xx = x0; xx < x0 + 32; xx++) {
            const edge = yy - y < 3 || y + 32 - yy <= 3 || xx - x0 < 3 || x0 + 32 - xx <= 3 || Math.abs(xx - x0 - 16) < 2 || Math.abs(yy - y - 16) < 2;
            if (edge) classes[yy * w + xx] = cls;
          }
      }
    },
  };
  return map;
}

/** More of the note's ink than its reading: the partial reading cannot stand as incomplete. */
const moreWrittenThanRead = (u: UnreadWriting): boolean => Math.max(u.after, u.below) >= 0.5;
const line = (text: string, x: number, y: number, chars: number): OcrLine => ({ text, confidence: 90, box: { x: x - 4, y: y - 8, w: chars * 40 + 8, h: 48 } });

describe('unreadWriting', () => {
  it('when only 与原件一致 is written and read, then no unread writing follows it', () => {
    const map = inkMap();
    map.write(100, 100, 5);
    const l = line('与原件一致', 100, 100, 5);
    const u = unreadWriting(map, 'blue', [l], matchAttestation(l.text));
    expect(u.after).toBeLessThan(0.5);
    expect(u.below).toBe(0);
    expect(moreWrittenThanRead(u)).toBe(false);
  });

  it('when the whole sentence is written on one line but the reader returned only its first five characters, then the rest is counted as unread', () => {
    const map = inkMap();
    map.write(100, 100, 17);
    // The reader's box covers the five characters it read.
    const l = line('与原件一致', 100, 100, 5);
    const u = unreadWriting(map, 'blue', [l], matchAttestation(l.text));
    expect(u.after).toBeGreaterThan(10);
    expect(moreWrittenThanRead(u)).toBe(true);
  });

  it('when the second line of a two-line note went unread, then the line under the reading is counted', () => {
    const map = inkMap();
    map.write(100, 100, 6);
    map.write(110, 160, 12);
    const l = line('与原件一致，', 100, 100, 6);
    const u = unreadWriting(map, 'blue', [l], matchAttestation(l.text));
    expect(u.below).toBeGreaterThan(8);
    expect(moreWrittenThanRead(u)).toBe(true);
  });

  it('when a signature stands a character’s room after a partial note, then it is not taken for more of the note', () => {
    const map = inkMap();
    map.write(100, 100, 5);
    map.write(100 + 5 * 40 + 45, 100, 2);
    const l = line('与原件一致', 100, 100, 5);
    expect(moreWrittenThanRead(unreadWriting(map, 'blue', [l], matchAttestation(l.text)))).toBe(false);
  });

  it('when a signature sits under the note far to its right, then it is not a second line of the note', () => {
    const map = inkMap();
    map.write(100, 100, 5);
    map.write(500, 160, 3);
    const l = line('与原件一致', 100, 100, 5);
    expect(unreadWriting(map, 'blue', [l], matchAttestation(l.text)).below).toBe(0);
  });

  it('when the ink after the reading is of another colour, then it does not count', () => {
    const map = inkMap();
    map.write(100, 100, 5);
    map.write(300, 100, 12, DARK);
    const l = line('与原件一致', 100, 100, 5);
    expect(moreWrittenThanRead(unreadWriting(map, 'blue', [l], matchAttestation(l.text)))).toBe(false);
  });

  it('when dark ink after a black note lies inside printed lines, then that print is not counted', () => {
    const map = inkMap();
    map.write(100, 100, 5, DARK);
    map.write(300, 100, 12, DARK);
    const l = line('与原件一致', 100, 100, 5);
    const printed = [{ x: 290, y: 90, w: 520, h: 60 }];
    expect(moreWrittenThanRead(unreadWriting(map, 'dark', [l], matchAttestation(l.text), printed))).toBe(false);
    expect(moreWrittenThanRead(unreadWriting(map, 'dark', [l], matchAttestation(l.text)))).toBe(true);
  });

  it('when a stamp that says only 与原件一致 has its frame close around the text, then the frame is not taken for more writing', () => {
    const map = inkMap();
    map.write(100, 100, 5, 3);
    // Frame 12 px outside the text: top and bottom lines, left and right edges.
    for (let x = 88; x < 100 + 5 * 40 + 4; x++) for (const y of [86, 87, 146, 147]) map.classes[y * map.width + x] = 3;
    for (let y = 86; y < 148; y++) for (const x of [88, 89, 302, 303]) map.classes[y * map.width + x] = 3;
    const l = line('与原件一致', 100, 100, 5);
    const frame = { x: 88, y: 86, w: 216, h: 62 };
    const m = matchAttestation(l.text);
    expect(decideCompleteness(m, unreadWriting(map, 'red', [l], m, [], frame))).toBe(false);
    // Without the frame known, its lines are still told from writing: straighter and longer than any stroke.
    expect(decideCompleteness(m, unreadWriting(map, 'red', [l], m))).toBe(false);
  });

  it('when the sentence stops one character short and the line ends there, then the note is incomplete', () => {
    const map = inkMap();
    map.write(100, 100, 6);
    map.write(100, 160, 10);
    const l1 = line('与原件一致，', 100, 100, 6);
    const l2 = line('本单位已核实确认真实有', 100, 160, 10);
    const m = matchAttestation(l1.text + l2.text);
    const u = unreadWriting(map, 'blue', [l1, l2], m);
    expect(m.targetEnd).toBe(16);
    expect(moreWrittenThanRead(u)).toBe(false);
    expect(decideCompleteness(m, u)).toBe(false);
  });

  it('when the whole sentence is written but the reader dropped its last two characters, then the ink after the reading holds them and the note is complete', () => {
    const map = inkMap();
    map.write(100, 100, 6);
    map.write(100, 160, 11);
    const l1 = line('与原件一致，', 100, 100, 6);
    const l2 = line('本单位已核实确认真实', 100, 160, 9);
    const m = matchAttestation(l1.text + l2.text);
    const u = unreadWriting(map, 'blue', [l1, l2], m);
    expect(u.after).toBeGreaterThan(1.2);
    expect(decideCompleteness(m, u)).toBe(true);
  });

  it('when much more ink follows a short reading than the sentence lacks, then completeness is left to review', () => {
    const map = inkMap();
    map.write(100, 100, 17);
    const l = line('与原件一致', 100, 100, 5);
    const m = matchAttestation(l.text);
    expect(decideCompleteness(m, unreadWriting(map, 'blue', [l], m))).toBeNull();
  });

  it('when a note cut after 确认 is read up to 确 with its last character misread, then the one character of ink after it cannot hold the five missing ones: incomplete', () => {
    const map = inkMap();
    map.write(100, 100, 14);
    const l = line('与原件一致本单位已核实确达', 100, 100, 13);
    const m = matchAttestation(l.text);
    const u = unreadWriting(map, 'blue', [l], m);
    expect(m.targetEnd).toBe(12);
    expect(decideCompleteness(m, u)).toBe(false);
  });

  it('when a date is written under a partial note and read as a date, then it is not taken for the rest of the note', () => {
    const map = inkMap();
    map.write(100, 100, 9);
    map.write(110, 160, 6, BLUE, 28);
    const l1 = line('与原件一致，本单位', 100, 100, 9);
    const date: OcrLine = { text: '2021.8.20', confidence: 90, box: { x: 104, y: 152, w: 180, h: 48 } };
    const m = matchAttestation(l1.text + date.text);
    expect(decideCompleteness(m, unreadWriting(map, 'blue', [l1, date], m))).toBe(false);
  });

  it('when a whole two-line note has its second line unread, then the line under it is left to review, not called incomplete', () => {
    const map = inkMap();
    map.write(100, 100, 6);
    map.write(110, 160, 11, BLUE, 44);
    const l = line('与原件一致，', 100, 100, 6);
    const m = matchAttestation(l.text);
    expect(decideCompleteness(m, unreadWriting(map, 'blue', [l], m))).toBeNull();
  });

  it('when the last read line is mostly print read along with the note, then the ink is not used: a short reading that would pass as whole goes to review', () => {
    const map = inkMap();
    const l = line('本记录涉及纳税人敏感信息请妥善保存不标件起致本单位已核实确认真实有', 100, 100, 30);
    const m = matchAttestation(l.text);
    const u = unreadWriting(map, 'blue', [l], m);
    expect(u.reliable).toBe(false);
    expect(m.complete).toBe(true);
    expect(decideCompleteness(m, u)).toBeNull();
    // A reading that says partial stands.
    const part = matchAttestation('本记录涉及纳税人敏感信息请妥善保存与原件一致本单位已核');
    expect(decideCompleteness(part, { ...u, reliable: false })).toBe(false);
  });

  it('when the rest of a red stamp would stand inside the red seal, then its ink cannot be told: a reading one short of the end is left to review, not passed', () => {
    const map = inkMap();
    map.write(100, 100, 16, 3);
    const l = line('与原件一致本单位已核实确认真实有', 100, 100, 16);
    const m = matchAttestation(l.text);
    const seal = { x: 600, y: 40, w: 300, h: 300 };
    const u = unreadWriting(map, 'red', [l], m, [seal]);
    expect(u.reliable).toBe(false);
    expect(decideCompleteness(m, u)).toBeNull();
    expect(unreadWriting(map, 'red', [l], m, []).reliable).toBe(true);
  });

  it('when the reading reaches the last character, then the reading decides', () => {
    expect(decideCompleteness(matchAttestation('与原件一致，本单位已核实确认真实有效'), null)).toBe(true);
    expect(decideCompleteness(matchAttestation('与原件一致，本单位已核实'), { pitch: 40, after: 0, below: 0, reliable: true, room: [] })).toBe(false);
    expect(decideCompleteness(matchAttestation('今天天气很好'), null)).toBeNull();
  });

  it('when a line is read with fewer characters than its box holds, then the pitch is bounded by the line height', () => {
    const wide: OcrLine = { text: '与原件', confidence: 80, box: { x: 0, y: 0, w: 600, h: 48 } };
    expect(notePitch([wide])).toBeCloseTo(0.85 * 48);
    const tall: OcrLine = { text: '与原件一致', confidence: 80, box: { x: 0, y: 0, w: 200, h: 60 } };
    expect(notePitch([tall])).toBeCloseTo(40);
  });
});
