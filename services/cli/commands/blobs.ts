import { parseBlobKeys } from '../../store/blob-cipher.ts';
import { createDb, migrate, openBlobStore } from '../../store/index.ts';
import { commandConfig } from '../command-config.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `precheck blobs rekey`: after a new key was put first in BLOB_KEYS, rewrites every blob not yet
 * under it (and every unencrypted one), in the store BLOB_STORE names. Safe to run while the
 * service runs: each blob is replaced atomically (a rename, or one transaction in PostgreSQL), and
 * every key still listed opens what it wrote. Then the old key can be dropped.
 */
export async function run(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0] !== 'rekey') throw new UsageError('blobs rekey');
  const config = commandConfig('blobs');
  if (!config) return 1;
  const keys = parseBlobKeys(config.BLOB_KEYS);
  if (keys.length === 0) {
    process.stderr.write('precheck blobs: BLOB_KEYS is not set; nothing to encrypt with\n');
    return 1;
  }
  const pool = createDb({ url: config.DATABASE_URL, schema: config.PG_SCHEMA, max: 2, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS });
  try {
    if (config.BLOB_STORE === 'pg') await migrate(pool, config.PG_SCHEMA);
    const rewritten = await openBlobStore(config, pool).rekey();
    process.stdout.write(`${rewritten} blobs rewritten under key ${keys[0]!.id}\n`);
    return 0;
  } finally {
    await pool.end();
  }
}
