/**
 * `npm run bench:reverify`: re-verification from PostgreSQL over 10,000 stored cases seeded from
 * real shapes (seed-stored-cases.ts), through the same engine `precheck reverify` runs:
 *   - rules mode, first judgment (every case gets its report) and again (nothing to change);
 *   - `--provisional-only` after the year's wage figure is published;
 *   - full mode over the unchanged corpus: pages re-analysed must be 0 (any page asked for throws).
 * Target: rules mode >= 1,000 cases/s. Prints a table; writes out/reverify-speed.json. Uses a
 * schema of its own in DATABASE_URL (default: the local `test` database), dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { BEIJING_WAGE_TABLE } from '../../rules/index.ts';
import { createDb, createStore, migrate, type Store } from '../../services/store/index.ts';
import { buildReport, PAGE_PIPELINE_VERSION, PIPELINE_VERSION } from '../../workers/index.ts';
import { createRulesThreads, reverifyBatch, storedFactsDeps, type JobDeps, type RulesThreads } from '../../workers/jobs/index.ts';
import { startBackendCpu } from './postgres-cpu.ts';
import { seedStoredCases } from './seed-stored-cases.ts';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const TARGET = 1_000;
/** As `precheck reverify` runs them: one rules thread per core. */
const THREADS = availableParallelism();
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_${randomBytes(4).toString('hex')}`;
const APP = `bench-reverify/${schema}`;
const pool = createDb({ url, schema, max: 4, statementTimeoutMs: 120_000, applicationName: APP });

async function run(store: Store, label: string, mode: 'rules' | 'full', filter: object, build: JobDeps['buildReport'], threads: RulesThreads | null) {
  const batch = await store.batches.create(null, mode, filter, PIPELINE_VERSION);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const pgCpu = await startBackendCpu(pool, APP);
  await reverifyBatch(batch.id, mode, storedFactsDeps(store, build, PAGE_PIPELINE_VERSION), { refresh: 'inline', judge: threads ? (rows) => threads.judge(rows) : undefined, parallel: threads ? 2 : 1 });
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // This process's CPU (its threads included; PostgreSQL's own is not): the pace a quiet core would give it.
  const cpuS = (cpu.user + cpu.system) / 1e6;
  // PostgreSQL's own CPU on this run's connections, where it runs on this machine.
  const pgS = await pgCpu.stop();
  const b = (await store.batches.get(batch.id))!;
  const summary = await store.batches.summary(batch.id);
  return {
    run: label,
    threads: threads ? THREADS : 1,
    cases: b.total,
    seconds: Number(s.toFixed(2)),
    casesPerSecond: Math.round(b.total / s),
    cpuSeconds: Number(cpuS.toFixed(2)),
    casesPerCpuSecond: Math.round(b.total / cpuS),
    pgCpuSeconds: pgS === null ? null : Number(pgS.toFixed(2)),
    /** Cases per CPU second of this process and PostgreSQL together: what two quiet cores give, halved. */
    casesPerTotalCpuSecond: pgS === null ? null : Math.round(b.total / (cpuS + pgS)),
    pagesAnalysed: b.pagesAnalysed,
    casesChanged: summary.casesChanged,
    outcomeMoves: Object.values(summary.outcomeMoves).reduce((a, n) => a + n, 0),
  };
}

try {
  await migrate(pool, schema);
  const store = createStore(pool);
  const t0 = performance.now();
  // Every fifth case applies in 2026: judged on the 2024 figure, provisionally.
  await seedStoredCases(pool, CASES, {
    pageVersion: PAGE_PIPELINE_VERSION,
    fieldsOf: (s, i) => (i % 5 === 0 ? { ...s.fields, applicationDate: '2026-03-16' } : s.fields),
  });
  const seedS = (performance.now() - t0) / 1000;
  const current: JobDeps['buildReport'] = (f, d) => buildReport(f, d);
  const published = [...BEIJING_WAGE_TABLE, { year: 2025, monthly: 12_500, source: 'benchmark', confidence: 'guide' as const }];
  const threads = createRulesThreads(THREADS);
  const threadsPublished = createRulesThreads(THREADS, { wages: published });
  await Promise.all([threads.warm(), threadsPublished.warm()]);
  const withPublished: JobDeps['buildReport'] = (f, d) => buildReport(f, d, { wages: published });
  const rows = [
    await run(store, 'rules, first judgment', 'rules', {}, current, threads),
    await run(store, 'rules, unchanged', 'rules', {}, current, threads),
    await run(store, 'rules, unchanged, this thread only', 'rules', {}, current, null),
    await run(store, 'rules, --provisional-only after 2025 published', 'rules', { provisionalOnly: true }, withPublished, threadsPublished),
    await run(store, 'full, unchanged corpus', 'full', {}, withPublished, threadsPublished),
  ];
  await threads.close();
  await threadsPublished.close();
  const bytes = Number((await pool.query("SELECT sum(pg_column_size(report))::bigint AS n FROM document")).rows[0].n);
  console.log(`seeded ${CASES} cases (${(bytes / CASES / 1024).toFixed(1)} KiB of document reports a case) in ${seedS.toFixed(1)} s`);
  console.table(rows);
  const rules = rows.filter((r) => r.run.startsWith('rules') && r.threads === THREADS);
  const ok = rules.every((r) => r.casesPerSecond >= TARGET) && rows.at(-1)!.pagesAnalysed === 0;
  console.log(`rules mode >= ${TARGET} cases/s and 0 pages re-analysed on an unchanged corpus: ${ok ? 'yes' : 'NO'}`);
  mkdirSync('out', { recursive: true });
  writeFileSync(
    'out/reverify-speed.json',
    JSON.stringify({ date: new Date().toISOString(), pipelineVersion: PIPELINE_VERSION, cores: availableParallelism(), cpu: cpus()[0]?.model, cases: CASES, seedSeconds: seedS, runs: rows, ok }, null, 2) + '\n',
  );
  if (!ok) process.exitCode = 1;
} finally {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  await pool.end();
}
