import { readFileSync } from 'node:fs';
import type pg from 'pg';

/** Linux's clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on every common build). */
const TICKS = 100;

function cpuOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command's closing parenthesis: state is field 3; utime and stime are 14 and 15.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / TICKS;
  } catch {
    return null;
  }
}

/**
 * The CPU seconds PostgreSQL spends on one pool's connections (found by the pool's
 * application_name in pg_stat_activity, read from /proc): the database's share of a run, which a
 * loaded machine's wall clock hides. `stop()` gives the seconds since `start`, null where the
 * server is not on this machine.
 */
export async function startBackendCpu(pool: pg.Pool, applicationName: string): Promise<{ stop(): Promise<number | null> }> {
  const pids = async () =>
    (await pool.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName])).rows.map((r) => r.pid as number);
  const before = new Map<number, number>();
  for (const pid of await pids()) {
    const s = cpuOf(pid);
    if (s !== null) before.set(pid, s);
  }
  return {
    async stop() {
      let total = 0;
      let seen = false;
      for (const pid of await pids()) {
        const s = cpuOf(pid);
        if (s === null) continue;
        total += s - (before.get(pid) ?? 0);
        seen = true;
      }
      return seen ? total : null;
    },
  };
}
