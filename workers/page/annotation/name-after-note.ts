import type { Box } from '../../../rules/contract/index.ts';
import type { InkMap } from './classify-ink.ts';
import type { ReadBlock } from './read-candidates.ts';
import { cutAtGap } from './line-gaps.ts';
import { matchAttestation, normalize } from './match-attestation.ts';
import { nameLike } from './signing-places.ts';

/** The first word after the note: Han characters or Latin letters after blanks or a pause mark (邹文、 / 曹雯蓉 / elee). */
const FIRST_WORD = /^[\s，,、。.：:]*(\p{Script=Han}+|[A-Za-z]+)/u;
/** A scribbled signature read as Latin letters (elee, NS): the sentence has none. */
const LATIN_SCRIBBLE = /^[A-Za-z]{2,}$/;
const signed = (word: string) => nameLike(word) || LATIN_SCRIBBLE.test(word);

/**
 * A reading whose line goes on after the note with a name (…确认真 曹雯蓉, …真实有效邹文、, or a
 * scribble read as letters: …确人真 elee): the reader read the handler's name written after the
 * note on the same line. Aligned whole, the
 * name's characters passed for the sentence's missing end (曹雯蓉 for 实有效: a note cut after 真
 * read as whole), and the name was cleared with the note, so the page came out unsigned. When the
 * line's ink has a wide gap (line-gaps.ts) in its second half before the name, the reading is
 * split there: the note without the rest of the line, and the rest's box for the signature search.
 * Otherwise the reading is returned as it was.
 */
export function splitTrailingName(b: ReadBlock, map: InkMap): ReadBlock {
  if (b.framed || b.match.complete === null) return b;
  let offset = 0;
  for (let k = 0; k < b.lines.length; k++) {
    const line = b.lines[k]!;
    const len = [...normalize(line.text)].length;
    if (b.match.end > offset && b.match.end <= offset + len) {
      let own = b.match.end - offset;
      let cut = rawAfter(line.text, own);
      const word = FIRST_WORD.exec(line.text.slice(cut))?.[1];
      if (!word || !signed(word)) {
        // The name aligned as the sentence's end (曹雯蓉 for 实有效): the line's last word, after a blank.
        const tail = /\s(\S+)\s*$/u.exec(line.text);
        if (!tail || !signed(tail[1]!)) return b;
        cut = tail.index;
        own = [...normalize(line.text.slice(0, cut))].length;
      }
      // Looked for past half the note's own characters, at a pitch of at most 0.85 line heights
      // (characters are about as wide as the line is tall; print read along shrinks the share).
      const pitch = Math.min(0.85 * line.box.h, line.box.w / Math.max(1, len));
      const noteBox = cutAtGap(map, line.box, line.box.x + (own * pitch) / 2);
      if (!noteBox) return b;
      const head = line.text.slice(0, cut);
      const lines = [...b.lines.slice(0, k), { ...line, text: head, box: noteBox }, ...b.lines.slice(k + 1)];
      const text = lines.map((l) => l.text).join('');
      const match = matchAttestation(text);
      if (match.complete === null) return b;
      // The name alone: the rest of the line up to its next wide gap (print read along after it stays out).
      const rest: Box = { x: noteBox.x + noteBox.w, y: line.box.y, w: line.box.x + line.box.w - (noteBox.x + noteBox.w), h: line.box.h };
      const name = cutAtGap(map, rest, rest.x) ?? rest;
      return { ...b, text, match, lines, name, unsure: false };
    }
    offset += len;
  }
  return b;
}

/** Index in `raw` just after its `n`-th character that counts in the normalised text. */
function rawAfter(raw: string, n: number): number {
  let seen = 0, i = 0;
  for (const ch of raw) {
    if (seen >= n) break;
    i += ch.length;
    if (normalize(ch).length > 0) seen++;
  }
  return i;
}
