import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';

export type Role = 'employer' | 'reviewer' | 'admin';
export interface Actor {
  tokenId: string;
  role: Role;
  tenant: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function createTokensRepo(pool: pg.Pool) {
  return {
    /** Creates a token and returns its plaintext; only the hash is stored. */
    async add(role: Role, tenant: string | null): Promise<{ id: string; token: string }> {
      if (role === 'employer' && !tenant) throw new Error('an employer token needs a tenant');
      const id = randomUUID();
      const token = `ppk_${randomBytes(32).toString('base64url')}`;
      await pool.query('INSERT INTO api_token (id, token_hash, role, tenant) VALUES ($1, $2, $3, $4)', [
        id,
        hashToken(token),
        role,
        tenant,
      ]);
      return { id, token };
    },
    async findActor(token: string): Promise<Actor | null> {
      const { rows } = await pool.query<{ id: string; role: Role; tenant: string | null }>(
        'SELECT id, role, tenant FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL',
        [hashToken(token)],
      );
      const row = rows[0];
      return row ? { tokenId: row.id, role: row.role, tenant: row.tenant } : null;
    },
    async revoke(id: string): Promise<boolean> {
      const r = await pool.query(
        'UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
        [id],
      );
      return (r.rowCount ?? 0) > 0;
    },
    async list(): Promise<
      { id: string; role: Role; tenant: string | null; createdAt: string; revoked: boolean }[]
    > {
      const { rows } = await pool.query(
        'SELECT id, role, tenant, created_at, revoked_at FROM api_token ORDER BY created_at',
      );
      return rows.map((r) => ({
        id: r.id,
        role: r.role,
        tenant: r.tenant,
        createdAt: r.created_at.toISOString(),
        revoked: r.revoked_at !== null,
      }));
    },
  };
}
export type TokensRepo = ReturnType<typeof createTokensRepo>;
