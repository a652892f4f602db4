import { createHash } from 'node:crypto';
import type { CaseFields } from '../../rules/contract/index.ts';

/**
 * The part of a page result's key that is not the file: the tenant (a result never crosses
 * tenants, so no timing oracle on another employer's files) and the employer name the seal is
 * matched against, with its 统一社会信用代码 when the case gives one (no code keeps the earlier key). Hashed:
 * the key is stored and may be logged.
 */
export function contextKey(tenant: string, employerName: string | null, employerCreditCode: string | null = null): string {
  return createHash('sha256')
    .update(`${tenant}\u0000${employerName ?? ''}${employerCreditCode ? `\u0000${employerCreditCode}` : ''}`, 'utf8')
    .digest('hex');
}

/** The context key of a case's pages: what the page job stores under and the document job reads. */
export function caseContextKey(tenant: string, fields: CaseFields): string {
  return contextKey(tenant, fields.employer?.name ?? null, fields.employer?.creditCode ?? null);
}
