import { createHash } from 'node:crypto';

/**
 * The digest stored beside a case's report: sha256 of its JSON text as written. A re-run whose
 * report has the same digest writes nothing, so an unchanged case costs PostgreSQL no JSON.
 */
export function reportDigest(json: string): string {
  return createHash('sha256').update(json).digest('base64');
}
