/**
 * Stored cases for re-verification tests and `npm run bench:reverify`, seeded straight into
 * PostgreSQL from real shapes: the 49 cases of source B's tune split (their case fields, and the
 * document reports the pipeline made of them in a committed accuracy run), cycled to any count.
 * No OCR: the document reports are stored as a worker would have stored them.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import type { CaseFields, DocumentReport } from '../../rules/contract/index.ts';
import { caseContextKey } from '../../workers/jobs/index.ts';
import { REPO_ROOT } from './corpus-root.ts';

const REPORTS = join(REPO_ROOT, 'samples/bench/results/after-first-fixes/accuracy-b-tune-reports.json');
const CASES = join(REPO_ROOT, 'samples/source-b/corpus/tune');

export interface CaseShape {
  fields: CaseFields;
  documents: DocumentReport[];
}

/** Source B's tune cases: fields from `<id>.case.json`, documents from the committed run's reports. */
export function realCaseShapes(): CaseShape[] {
  const runs = JSON.parse(readFileSync(REPORTS, 'utf8')) as { id: string; report: { documents: DocumentReport[] } }[];
  return runs
    .filter((r) => !r.id.includes('/'))
    .map((r) => {
      const { documents: _files, ...fields } = JSON.parse(readFileSync(join(CASES, `${r.id}.case.json`), 'utf8')) as CaseFields & { documents: unknown };
      return { fields: fields as CaseFields, documents: r.report.documents };
    });
}

export interface SeedOptions {
  tenant?: string;
  /** The i-th case's fields (e.g. another application date). @default the shape's own */
  fieldsOf?: (shape: CaseShape, i: number) => CaseFields;
  /** Stored as each document's page version, with a page result for every page under it (an up-to-date corpus). */
  pageVersion?: string;
  /** The day each case was created. @default 2026-01-01 plus i mod 60 days */
  createdOn?: (i: number) => string;
}

/** Inserts `n` cases (case rows without a report, their documents done) in batches of 1,000; returns their ids in order. */
export async function seedStoredCases(pool: pg.Pool, n: number, opts: SeedOptions = {}): Promise<string[]> {
  const shapes = realCaseShapes();
  const tenant = opts.tenant ?? 'bench';
  const ids: string[] = [];
  for (let start = 0; start < n; start += 1000) {
    const c = { id: [] as string[], fields: [] as string[], created: [] as string[] };
    const d = { id: [] as string[], caseId: [] as string[], file: [] as string[], sha: [] as string[], kind: [] as (string | null)[], pages: [] as (number | null)[], status: [] as string[], report: [] as string[] };
    const p = { sha: [] as string[], page: [] as number[], ctx: [] as string[] };
    for (let i = start; i < Math.min(n, start + 1000); i++) {
      const shape = shapes[i % shapes.length]!;
      const fields = { ...(opts.fieldsOf?.(shape, i) ?? shape.fields), id: `${shape.fields.id}-${i}` };
      const caseId = randomUUID();
      ids.push(caseId);
      c.id.push(caseId);
      c.fields.push(JSON.stringify(fields));
      c.created.push(opts.createdOn?.(i) ?? new Date(Date.UTC(2026, 0, 1 + (i % 60))).toISOString().slice(0, 10));
      const ctx = caseContextKey(tenant, fields);
      shape.documents.forEach((doc, k) => {
        const sha = doc.sha256 ?? `${String(k).padStart(2, '0')}${'0'.repeat(62)}`;
        d.id.push(randomUUID());
        d.caseId.push(caseId);
        d.file.push(doc.file);
        d.sha.push(sha);
        d.kind.push(doc.declaredKind);
        d.pages.push(doc.invalid ? null : doc.pageCount);
        d.status.push(doc.invalid ? 'invalid' : 'done');
        d.report.push(JSON.stringify(doc));
        if (opts.pageVersion && !doc.invalid)
          for (let page = 1; page <= (doc.pageCount ?? 0); page++) {
            p.sha.push(sha);
            p.page.push(page);
            p.ctx.push(ctx);
          }
      });
    }
    await pool.query(
      `INSERT INTO case_file (id, tenant, fields, status, created_at)
       SELECT u.id, $1, u.f, 'ready', u.d::date FROM unnest($2::uuid[], $3::jsonb[], $4::text[]) AS u(id, f, d)`,
      [tenant, c.id, c.fields, c.created],
    );
    await pool.query(
      `INSERT INTO document (id, case_id, file, sha256, byte_size, declared_kind, page_count, status, report, page_version)
       SELECT u.id, u.c, u.f, u.s, 1000, u.k, u.p, u.st, u.r, $9
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::jsonb[]) AS u(id, c, f, s, k, p, st, r)`,
      [d.id, d.caseId, d.file, d.sha, d.kind, d.pages, d.status, d.report, opts.pageVersion ?? null],
    );
    if (opts.pageVersion)
      await pool.query(
        `INSERT INTO page_result (sha256, page, pipeline_version, context_key, analysis)
         SELECT u.s, u.p, $4, u.c, '{}'::jsonb FROM unnest($1::text[], $2::int[], $3::text[]) AS u(s, p, c) ON CONFLICT DO NOTHING`,
        [p.sha, p.page, p.ctx, opts.pageVersion],
      );
  }
  return ids;
}
