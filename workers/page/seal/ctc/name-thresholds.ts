/**
 * Every cut-off of the seal-name decision (whose seal: the employer's, another unit's, or open → review),
 * with the figure behind it on both sample sources' tune splits. Scores are the recogniser's CTC log
 * probabilities (nats) of the employer's name on a strip of the seal's name band against the strip's best
 * path (score-employer-name.ts); "another name" figures score every other company name of the split on
 * every strip of every employer-side seal (the null distribution). A: source A tune (77 seals read),
 * B: source B tune (98 seals read, most at 150 dpi). Measured with samples/bench/seal-accuracy.ts.
 */
export const SEAL_NAME = {
  /** Accept: the name explains the strip almost as well as the best path (per character ≥ this)… A: 59
   * of 74 own strips; closest other names (−1.09, 8.8) and (−0.77, 11.0). */
  acceptPerChar: -1.0,
  /** …and no two neighbouring characters of it cost more than this together. */
  acceptWorstPair: 8,
  /** Or a near-clean read (per character ≥ this) with one smudged or lost character (pair ≤
   * acceptCleanWorstPair): B's closest other names (−0.63, 13.2) and (−0.99, 14.0), A's above; takes
   * own seals under a signature, on a cut page, heavy JPEG (B: 3). */
  acceptCleanPerChar: -0.6,
  acceptCleanWorstPair: 11,
  /** The name must beat its best near miss (a word inserted, its branch) by this (nats): a likelihood
   * ratio of e² ≈ 7, not fitted. A: accepted own strips beat …分公司 by 3–40 nats, an inserted word by ≥ 15. */
  nearMargin: 2,
  /** The seal's full name spreads over about 240°: a fit on less of the ring leaves room for more name
   * (drawn branch seals put the company's part on 157–181°; A: own names on 225–303°). A turn read exactly
   * and clearly as the name is exempt (B: 10-character names on 187–192°). */
  minNameArcDeg: 200,
  /** A character next to the name read at ≥ this continues it (A: junk around the code < 0.6)… */
  neighbourProb: 0.8,
  /** …within this many of the name's own steps per character (the text gap is ≥ 3 characters wide). */
  neighbourPitch: 1.5,
  /** Characters read at ≥ this count as seen clearly (garbled ones sit well below). */
  clearProb: 0.9,
  /** Another unit: no strip of the four explains the employer's name better than this per character.
   * Other units' seals ≤ −5.1 (B), ≤ −5.9 (A); own seals ≥ −2.5 (B), ≥ −2.9 (A, motion blur), apart
   * from one B seal overlapped by the tax bureau's (−4.8), which carries the bureau's words. */
  rejectBestPerChar: -3.5,
  /** …or, for a near namesake read clearly throughout, every red strip contradicts a pair of the name
   * by at least this: …科技发展有限公司 against …科技有限公司 costs only −0.64 per character but 14 on its
   * worst pair; A's own strips left open had pairs 5.6–15.4, none with a clearly read other unit's name. */
  foreignWordPair: 12,
  /** Confidence of an open name (the reliability tables count decided calls only). */
  openConfidence: 0.5,
} as const;

/**
 * The other unit's name itself (other-unit-name.ts), read on a red strip. Other units' names were read at
 * mean character probability 0.86–0.99 (B 0.89 the worst, 200 dpi), no character below 0.2 (worst 0.30);
 * own seals misread at 150 dpi < 0.75, or dropping a word (晨曦 lost) rather than adding one. No own seal
 * on either source showed two clearly seen characters foreign to the employer's name at mean ≥ 0.8 in a
 * read without an issuing body's words; every other unit's seal showed ≥ 4.
 */
export const OTHER_UNIT = {
  minMeanProb: 0.8,
  minProb: 0.2,
  /** a name with its legal form: 6 characters at least (北京某某公司) */
  minChars: 6,
  /** characters below this before a name are marks read as text (drawn seals: a stray 關 at 0.17) */
  strayProb: 0.5,
  /** a character of the read counts as seen, not guessed */
  sureProb: 0.9,
  /** clearly seen characters the employer's name lacks altogether: one may be a misread, two are a word */
  minForeign: 2,
} as const;
