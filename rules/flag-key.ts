import { createHash } from 'node:crypto';
import type { Flag } from './contract/index.ts';

/**
 * A flag's stable key, the handle a reviewer's decision is stored under: a hash of its code, file,
 * page and subject (what it is about: the value read and the value expected), never of its wording
 * or severity, so re-running the rules on the same facts gives the same keys, and a decision
 * survives a message change or a reject that became a review. Flags alike in all of these are told
 * apart by their order among themselves.
 */
export function withFlagKeys(flags: readonly Flag[]): Flag[] {
  const seen = new Map<string, number>();
  return flags.map((f) => {
    const subject = JSON.stringify([f.code, f.file, f.page, f.evidence.value ?? null, f.evidence.expected ?? null]);
    const n = seen.get(subject) ?? 0;
    seen.set(subject, n + 1);
    const key = createHash('sha256').update(`${subject}#${n}`, 'utf8').digest('hex').slice(0, 20);
    return { ...f, key };
  });
}
