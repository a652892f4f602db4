import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createDb, createStore, migrate, type Role } from '../../store/index.ts';
import { UsageError } from '../usage-error.ts';

const Env = z.object({
  DATABASE_URL: z.string().url(),
  PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('public'),
});

/**
 * `precheck tokens add --role R [--tenant NAME]` prints a new token once (only its hash is kept);
 * `precheck tokens list`; `precheck tokens revoke <id>`.
 */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { role: { type: 'string' }, tenant: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (sub === 'add') {
    const role = z.enum(['employer', 'reviewer', 'admin']).safeParse(values.role);
    if (!role.success) throw new UsageError('tokens add needs --role employer|reviewer|admin');
    const tenant = values.tenant?.trim() || null;
    if (role.data === 'employer' && !tenant) throw new UsageError('an employer token needs --tenant NAME');
    // Reviewers and admins see across tenants: a tenant given with them would be silently meaningless.
    if (role.data !== 'employer' && values.tenant !== undefined) throw new UsageError(`--tenant applies to employer tokens only, not ${role.data}`);
    if (tenant && tenant.length > 200) throw new UsageError('--tenant is at most 200 characters');
    return withStore(async (store) => {
      const { id, token } = await store.tokens.add(role.data as Role, tenant);
      process.stderr.write(
        `token ${id} (${role.data}${tenant ? `, tenant ${tenant}` : ''}) — shown once, store it now:\n`,
      );
      process.stdout.write(`${token}\n`);
      return 0;
    });
  }
  if (sub === 'list') {
    return withStore(async (store) => {
      for (const t of await store.tokens.list()) {
        process.stdout.write(
          `${t.id}\t${t.role}\t${t.tenant ?? '-'}\t${t.createdAt}\t${t.revoked ? 'revoked' : 'active'}\n`,
        );
      }
      return 0;
    });
  }
  if (sub === 'revoke' && positionals.length === 1) {
    return withStore(async (store) => ((await store.tokens.revoke(positionals[0])) ? 0 : 1));
  }
  throw new UsageError('tokens add --role employer --tenant NAME | tokens add --role reviewer|admin | tokens list | tokens revoke <id>');
}

async function withStore(fn: (store: ReturnType<typeof createStore>) => Promise<number>): Promise<number> {
  const env = Env.safeParse(process.env);
  if (!env.success) {
    process.stderr.write(
      `precheck tokens: invalid configuration: ${env.error.issues.map((i) => String(i.path[0])).join(', ')}\n`,
    );
    return 1;
  }
  const pool = createDb({ url: env.data.DATABASE_URL, schema: env.data.PG_SCHEMA, max: 1 });
  try {
    await migrate(pool, env.data.PG_SCHEMA);
    return await fn(createStore(pool));
  } finally {
    await pool.end();
  }
}
