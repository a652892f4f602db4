import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Case, DocumentKind, isoDate, type Report } from '../../../rules/contract/index.ts';
import { createPipeline, type ProgressEvent } from '../../../workers/index.ts';
import { ConfigError, loadInputLimits } from '../../config/index.ts';
import { formatSummary } from '../format-summary.ts';
import { UsageError } from '../usage-error.ts';

/** `precheck verify <case.json | file.pdf ...>`: exit 0 whenever a report was produced. */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        kind: { type: 'string' },
        employer: { type: 'string' },
        date: { type: 'string' },
        workers: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('verify needs a case.json or at least one PDF');
  const { caseObj, baseDir } = await loadInput(positionals, values);
  const workers = values.workers ? Number(values.workers) : undefined;
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UsageError('--workers must be a positive integer');

  let limits;
  try {
    limits = loadInputLimits();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    throw new UsageError(err.message);
  }
  const progress = values.quiet ? undefined : printProgress;
  const pipeline = await createPipeline({ ocrWorkers: workers, limits });
  let report: Report;
  try {
    report = await pipeline.verify(caseObj, baseDir, { onProgress: progress });
  } finally {
    await pipeline.close();
  }
  if (values.json) await writeFile(values.json, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(formatSummary(report));
  return 0;
}

async function loadInput(
  positionals: string[],
  values: { kind?: string; employer?: string; date?: string },
): Promise<{ caseObj: Case; baseDir: string }> {
  const [first] = positionals;
  if (positionals.length === 1 && first!.toLowerCase().endsWith('.json')) {
    if (values.kind || values.employer || values.date) throw new UsageError('--kind/--employer/--date apply to bare PDFs only');
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(first!, 'utf8'));
    } catch (err) {
      throw new UsageError(`cannot read case file ${first}: ${(err as Error).message}`);
    }
    const parsed = Case.safeParse(raw);
    if (!parsed.success) {
      throw new UsageError(`case file is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return { caseObj: parsed.data, baseDir: path.dirname(path.resolve(first!)) };
  }
  if (positionals.some((p) => p.toLowerCase().endsWith('.json'))) throw new UsageError('give either one case.json or PDF files');
  const kind = values.kind === undefined ? undefined : DocumentKind.safeParse(values.kind);
  if (kind && !kind.success) throw new UsageError(`--kind must be one of ${DocumentKind.options.join(', ')}`);
  if (values.date !== undefined && !isoDate.safeParse(values.date).success) throw new UsageError('--date must be YYYY-MM-DD');
  const caseObj: Case = {
    id: 'adhoc',
    ...(values.employer ? { employer: { name: values.employer } } : {}),
    ...(values.date ? { applicationDate: values.date } : {}),
    documents: positionals.map((file) => ({ file, ...(kind?.data ? { kind: kind.data } : {}) })),
  };
  return { caseObj, baseDir: process.cwd() };
}

function printProgress(e: ProgressEvent): void {
  const name = path.basename(e.file);
  if (e.type === 'document') process.stderr.write(`… ${name}: ${e.pageCount} 页\n`);
  else if (e.type === 'page') process.stderr.write(`  ${name} 第${e.page}/${e.pageCount}页 完成 (${(e.ms / 1000).toFixed(1)} s)\n`);
  else process.stderr.write(`  ${name}: 无法读取 (${e.reason})\n`);
}
