import type { SmallPage } from './downsample-page.ts';
import type { SealCandidate } from './detect-seals.ts';

/** Placeholder until the shape-only search lands: no grey candidates. */
export function findGreySeals(_small: SmallPage): SealCandidate[] {
  return [];
}
