import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type pg from 'pg';
import { openBlobStore } from '../../../services/store/index.ts';
import { sha256 } from '../../../workers/index.ts';
import { realCaseShapes } from '../../../samples/bench/seed-stored-cases.ts';
import { makeScanPdf } from '../../integration/support/make-pdfs.ts';
import type { TestEnv } from '../../integration/support/test-env.ts';

/**
 * Stored one-page documents from an earlier pipeline (their page results gone with its version),
 * their files in PostgreSQL: a full re-verification must analyse every page again.
 */
export async function seedOldDocuments(pool: pg.Pool, env: TestEnv, n: number): Promise<string[]> {
  const blobs = openBlobStore(env.config, pool);
  const old = realCaseShapes()[0]!.documents.find((d) => d.kind === 'income_query')!;
  const shas: string[] = [];
  for (let i = 0; i < n; i++) {
    const pdf = await makeScanPdf(1, 100 + i);
    const temp = await blobs.tempPath();
    await writeFile(temp, pdf);
    const sha = sha256(pdf);
    await blobs.adopt(temp, sha, pdf);
    const caseId = randomUUID();
    await pool.query("INSERT INTO case_file (id, tenant, fields, status) VALUES ($1, 'archive', $2, 'ready')", [caseId, { id: `old-${i}` }]);
    await pool.query(
      `INSERT INTO document (id, case_id, file, sha256, byte_size, page_count, status, report)
       VALUES ($1, $2, $3, $4, $5, 1, 'done', $6)`,
      [randomUUID(), caseId, `old-${i}.pdf`, sha, pdf.length, { ...old, file: `old-${i}.pdf`, sha256: sha, pageCount: 1 }],
    );
    shas.push(sha);
  }
  return shas;
}

