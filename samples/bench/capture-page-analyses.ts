import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createPipeline, sha256 } from '../../workers/index.ts';
import { CORPUS_OPTIONS, cacheDirFor, corpusLabel, parseBenchArgs, pickCorpus, usageError } from './corpus-root.ts';

/**
 * `npx tsx samples/bench/capture-page-analyses.ts [--source a|b] --split tune [--root DIR]`: runs every
 * page of a sample source's corpus split through the pipeline once and keeps each page's analysis
 * (page checks + OCR lines) under `out/page-analyses/<source>/<split>/`, keyed by file and page (and
 * checked against the file's sha256). Lets the document parsers and the rules be iterated on real OCR output without re-running OCR (~3–5 s a page). Entries for unchanged files are kept.
 * `--out DIR` captures into another cache root, `--filter REGEX` only the matching files.
 */
const USAGE = 'capture-page-analyses.ts [--source a|b] [--split tune|holdout] [--root DIR] [--workers N] [--out DIR] [--filter REGEX]';
const { values } = parseBenchArgs(USAGE, {
  ...CORPUS_OPTIONS,
  workers: { type: 'string' },
  /** cache root (a variant of the pipeline can be captured beside the default one); pages go to DIR/<source>/<split>/ */
  out: { type: 'string', default: 'out/page-analyses' },
  /** only files whose path (e.g. `docs/t1-base-income.pdf`) matches this regular expression */
  filter: { type: 'string' },
});
const sel = pickCorpus(values, USAGE);
const splitDir = sel.dir;
if (!existsSync(splitDir)) usageError(USAGE, `no corpus at ${splitDir}`);
const outDir = cacheDirFor(values.out, sel);
const only = values.filter ? new RegExp(values.filter) : null;
mkdirSync(outDir, { recursive: true });

process.stderr.write(`capture — ${corpusLabel(sel)} → ${outDir}\n`);
const pdfs = ['pages', 'docs'].flatMap((sub) =>
  existsSync(path.join(splitDir, sub))
    ? readdirSync(path.join(splitDir, sub)).filter((f) => f.endsWith('.pdf')).map((f) => path.join(sub, f))
    : [],
).filter((rel) => !only || only.test(rel));
const pipeline = await createPipeline({ ocrWorkers: values.workers ? Number(values.workers) : undefined });
let done = 0;
const t0 = performance.now();
for (const rel of pdfs) {
  const bytes = readFileSync(path.join(splitDir, rel));
  const info = await pipeline.inspectDocument(bytes);
  if ('invalid' in info) continue;
  const key = rel.replace(/[/\\]/g, '__');
  const hash = sha256(bytes);
  await Promise.all(
    Array.from({ length: info.pageCount }, async (_, i) => {
      const file = path.join(outDir, `${key}.p${i + 1}.json`);
      // Kept only while it still describes this exact file (the corpus can be regenerated).
      if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).sha256 === hash) return;
      const analysis = await pipeline.analysePage(bytes, i + 1, { employerName: null });
      writeFileSync(file, JSON.stringify({ file: rel, sha256: hash, ...analysis }));
    }),
  );
  done++;
  process.stderr.write(`\r${done}/${pdfs.length} files, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
await pipeline.close();
process.stderr.write('\n');
