import type { Facts, Flag } from './contract/index.ts';

/** A rule's outcome: its flags, and the facts it measured on the way (reported to reviewers). */
export interface RuleResult {
  flags: Flag[];
  facts?: Partial<Facts>;
}
