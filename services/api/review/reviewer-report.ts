import type { Report } from '../../../rules/contract/index.ts';
import type { CaseRow, Store } from '../../store/index.ts';
import { maskIdNumbers } from './mask-id-numbers.ts';

/**
 * The report as a reviewer reads it: every flag with its decision (a dismissed flag stays, marked
 * dismissed) and every ID number masked to its last 4 characters (revealing one is a separate,
 * audited request).
 */
export async function reviewerReport(store: Store, c: CaseRow & { report: Report }): Promise<Report> {
  const decisions = await store.decisions.forCase(c.id);
  const flags = c.report.flags.map((f) => {
    const decision = f.key ? decisions.get(f.key) : undefined;
    return decision ? { ...f, decision } : f;
  });
  return maskIdNumbers({ ...c.report, flags });
}
