/**
 * A contract's term as printed or written (content.ts `TermWriting`): the fragment after 本合同期限
 * / 租赁期, in one piece, or in two for `split` (the caller puts `head` at the end of a line or page
 * and `tail` at the start of the next). `text` is what a reader sees, for the truth.
 */
import type { RandomStream } from '../rng.ts';
import type { TermWriting } from '../content.ts';
import { cnDate, cnDateParts } from './cn-numerals.ts';
import { dateParts, digitsDate, esc } from './contract-page.ts';
import { blank, type Pen } from './hand-fill.ts';

export interface TermPieces {
  head: string;
  /** Non-empty for `split` only. */
  tail: string;
  text: string;
}

/** 自____年__月__日: a date into three blanks, written by `pen` (or left empty when `iso` is null). */
function blankDate(iso: string | null, numerals: boolean, pen: Pen, rng: RandomStream, anchor: string): { html: string; text: string } {
  const p = iso ? (numerals ? cnDateParts(iso) : dateParts(iso)) : null;
  const widths = numerals ? [22, 10, 14] : [16, 9, 9];
  const html =
    `<span${iso ? ` data-anchor="${anchor}"` : ''}>` +
    blank(widths[0]!, p?.[0] ?? null, pen, rng) +
    '年' +
    blank(widths[1]!, p?.[1] ?? null, pen, rng) +
    '月' +
    blank(widths[2]!, p?.[2] ?? null, pen, rng) +
    '日</span>';
  const text = p ? `${p[0]}年${p[1]}月${p[2]}日` : '____年__月__日';
  return { html, text };
}

/**
 * `form` = a printed form whose dates go into blanks (fill-in contract, hand-filled lease): then
 * digits / numerals / split are all written by hand. Otherwise the dates are typed, except for
 * `handwritten` and `blank`, which are blanks on any template.
 */
export function termPieces(start: string, end: string | null, writing: TermWriting, pen: Pen, rng: RandomStream, form: boolean): TermPieces {
  const byHand = writing === 'handwritten' || (form && writing !== 'blank' && writing !== 'iso');
  if (writing === 'blank') {
    const a = blankDate(null, false, pen, rng, 'blank-start');
    const b = blankDate(null, false, pen, rng, 'blank-end');
    return { head: `自${a.html}起至${b.html}止`, tail: '', text: `自${a.text}起至${b.text}止` };
  }
  if (writing === 'open-ended') {
    const s = byHand ? blankDate(start, false, pen, rng, 'blank-start') : { html: esc(digitsDate(start)), text: digitsDate(start) };
    return { head: `为无固定期限，自${s.html}起`, tail: '', text: `无固定期限，自${s.text}起` };
  }
  const endIso = end ?? start;
  if (writing === 'iso') {
    const t = `${start} 至 ${endIso}`;
    return { head: form ? blank(60, t, pen, rng, 'blank-term') : esc(t), tail: '', text: t };
  }
  if (writing === 'chinese-numerals' && !byHand) {
    const t = `自${cnDate(start)}起至${cnDate(endIso)}止`;
    return { head: esc(t), tail: '', text: t };
  }
  if (byHand) {
    const numerals = writing === 'chinese-numerals';
    const a = blankDate(start, numerals, pen, rng, 'blank-start');
    const b = blankDate(endIso, numerals, pen, rng, 'blank-end');
    const head = `自${a.html}起`;
    const tail = `至${b.html}止`;
    const text = `自${a.text}起至${b.text}止`;
    return writing === 'split' ? { head, tail, text } : { head: head + tail, tail: '', text };
  }
  const head = `自${digitsDate(start)}起`;
  const tail = `至${digitsDate(endIso)}止`;
  if (writing === 'split') return { head: esc(head), tail: esc(tail), text: head + tail };
  return { head: esc(head + tail), tail: '', text: head + tail };
}

/** The term's text as a reader sees it (what `termPieces` returns as `text`), for the truth writer. */
export function termText(start: string, end: string | null, writing: TermWriting): string {
  if (writing === 'blank') return '自____年__月__日起至____年__月__日止';
  if (writing === 'open-ended') return `无固定期限，自${digitsDate(start)}起`;
  if (writing === 'iso') return `${start} 至 ${end ?? start}`;
  if (writing === 'chinese-numerals') return `自${cnDate(start)}起至${cnDate(end ?? start)}止`;
  return `自${digitsDate(start)}起至${digitsDate(end ?? start)}止`;
}
