import { createNameRecogniser, type NameRecogniser } from './name-recogniser.ts';

let shared: Promise<NameRecogniser | null> | null = null;
/** One recogniser session per process (≈ 11 MB model), loaded on first use. */
export function sharedNameRecogniser(): Promise<NameRecogniser | null> {
  shared ??= createNameRecogniser();
  return shared;
}
