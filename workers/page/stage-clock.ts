/** The stages a page's analysis is timed by (opening the file and rendering included). */
export type PageStage =
  | 'open'
  | 'render'
  | 'textLayer'
  | 'quick'
  | 'ocrImage'
  | 'tesseract'
  | 'weakLines'
  | 'weakLinesSecondEngine'
  | 'motionBlur'
  | 'secondReading'
  | 'seal'
  | 'annotation';

/**
 * Times the stages of a page (a profile: `samples/bench/page-identity.ts` adds up CPU per stage).
 * A clock only watches: it hands back what `fn` returns, so a page's analysis never depends on it.
 */
export interface StageClock {
  time<T>(stage: PageStage, fn: () => Promise<T> | T): Promise<T>;
}

/** The clock of a page nobody profiles. */
export const NO_CLOCK: StageClock = { time: async (_stage, fn) => fn() };
