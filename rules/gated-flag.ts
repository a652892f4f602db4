import type { Flag, FlagCode } from './contract/index.ts';
import { mayReject, type GatedCheck } from './data/reject-gate.ts';
import { makeFlag, type ClauseFreeCode, type FlagAt } from './flag.ts';

/**
 * A finding resting on one check's call: a reject (with what the employer must fix) where the
 * reject gate (data/reject-gate.ts) trusts the call at its confidence, else a review (with what
 * the employer should check while a reviewer confirms). Every rule that turns a page check or an
 * extracted fact into a reject goes through here.
 */
export function gatedFlag(code: Exclude<FlagCode, ClauseFreeCode>, check: GatedCheck, confidence: number | null | undefined, messages: { reject: string; review: string }, at: FlagAt = {}): Flag {
  return mayReject(check, confidence) ? makeFlag(code, 'reject', messages.reject, at) : makeFlag(code, 'review', messages.review, at);
}
