/**
 * Seal accuracy on a corpus split (default tune): single pages (`pages/`) and every page of the case
 * documents (`docs/`). Scores the page's final seal block (judgeSeals: detection, then every ring
 * read and issuers' seals set aside), as the pipeline reports it.
 *   presence   employer-side seal: F1 (a null is not a hit), misses (clean scans listed apart),
 *              false positives and reviews on seal-free pages (by look-alike)
 *   match      over pages with a seal found: accuracy of decided reads, abstention rate (matchesEmployer null),
 *              wrong mismatches (the employer's seal called another unit's: SEAL_MISMATCH on a clean application);
 *              abstentionsAmongSealed also counts the sealed pages whose seal was not found
 *   code       the 13-digit seal code (a soft feature): pages whose seal has one, read exactly / wrong / not
 *              read, by scan resolution
 * Usage: tsx samples/bench/seal-accuracy.ts [--source a|b] [--split tune|holdout] [--root DIR] [tune|holdout]
 *          [--no-read] [--no-ctc] [--only=pages|docs] [--filter=SUBSTR] [--sealed]
 * `--sealed`: only the pages whose truth has a seal (the match figures; presence F1 then has no seal-free pages).
 * (the positional split is the older form; `--corpus=DIR` is the older name of `--root`)
 * `--no-ctc`: the name is read by OCR and compared as text (the method before CTC scoring).
 * Writes bench-results/seal-accuracy-<source>-<split>.json (with --sealed: seal-accuracy-sealed-…).
 * `--red-suppression`: instead, tesseract (the pipeline's OcrPool) on the clean stamped table pages
 * with and without suppressRedInk: truth amounts read and lines read, to bench-results/seal-red-suppression-<split>.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PdfDocument } from '../../workers/page/render/index.ts';
import { createRegionReader } from '../../workers/page/region-reader/index.ts';
import { detectSeals, judgeSeals } from '../../workers/page/seal/index.ts';
import { measureRedSuppression } from './seal-red-suppression.ts';
import { CORPUS_OPTIONS, corpusLabel, parseBenchArgs, pickCorpus, resultPath, sourceDir, usageError } from './corpus-root.ts';

const USAGE = 'seal-accuracy.ts [--source a|b] [--split tune|holdout] [--root DIR] [tune|holdout] [--no-read] [--no-ctc] [--only=pages|docs] [--filter=SUBSTR] [--sealed] [--red-suppression]';
const { values, positionals } = parseBenchArgs(
  USAGE,
  {
    ...CORPUS_OPTIONS,
    'no-read': { type: 'boolean', default: false },
    'no-ctc': { type: 'boolean', default: false },
    only: { type: 'string' },
    filter: { type: 'string' },
    sealed: { type: 'boolean', default: false },
    /** the older name of --root: a checked-out copy of the corpus (e.g. of a given commit) */
    corpus: { type: 'string' },
    'red-suppression': { type: 'boolean', default: false },
  },
  1,
);
const sel = pickCorpus({ ...values, root: values.root ?? values.corpus }, USAGE, positionals[0] ?? values.split);
const split = sel.split;
const doRead = !values['no-read'];
const ctc = !values['no-ctc'];
const only = values.only;
if (only !== undefined && only !== 'pages' && only !== 'docs') usageError(USAGE, `unknown --only "${only}"`);
const filter = values.filter;
if (!existsSync(sel.dir)) usageError(USAGE, `no corpus at ${sel.dir}`);
if (values['red-suppression']) {
  await measureRedSuppression(sourceDir(sel.source, sel.root ?? undefined), split, sel.source);
  process.exit(0);
}
console.log(`seal accuracy — ${corpusLabel(sel)}`);
const reader = doRead ? await createRegionReader() : null;

interface PageTruth { clarityOk?: boolean; dpi?: number; seal: { present: boolean; matchesEmployer: boolean | null; company: string | null; code?: string | null } | null; lookalikes?: { type: string }[]; degradations: string[] }
interface Row {
  file: string; truth: boolean; pred: boolean | null; detected: boolean | null; conf: number; grey: boolean;
  lookalikes: string[]; degradations: string[]; clarityOk: boolean; ms: number; readMs: number; sealsRead: number;
  match?: boolean | null; truthMatch?: boolean | null; text?: string | null; company?: string | null; issuers?: (string | null)[];
  dpi?: number; code?: string | null; truthCode?: string | null;
}

const inputs: { file: string; pdf: string; employer: string | null; pages: PageTruth[] }[] = [];
for (const sub of ['pages', 'docs']) {
  if (only && only !== sub) continue;
  const dir = join(sel.dir, sub);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.truth.json')).sort()) {
    const t = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const name = `${sub}/${f.replace('.truth.json', '')}`;
    if (filter && !name.includes(filter)) continue;
    inputs.push({ file: name, pdf: join(dir, f.replace('.truth.json', '.pdf')), employer: t.employer ?? null, pages: t.pages });
  }
}

const rows: Row[] = [];
for (const inp of inputs) {
  const pdf = await PdfDocument.open(new Uint8Array(readFileSync(inp.pdf)));
  for (let p = 1; p <= inp.pages.length; p++) {
    const pt = inp.pages[p - 1]!;
    if (values.sealed && !pt.seal?.present) continue;
    const raster = await pdf.raster(p);
    const t = performance.now();
    const det = detectSeals(raster);
    const ms = performance.now() - t;
    const t1 = performance.now();
    const block = await judgeSeals(raster, det, inp.employer, { ocr: null, reader, ...(ctc ? {} : { names: null }) });
    const readMs = performance.now() - t1;
    const sealsRead = det.present === false ? 0 : Math.min(3, det.boxes.length);
    const truth = !!pt.seal?.present;
    const row: Row = {
      file: `${inp.file}.p${p}`, truth, pred: block.present, detected: det.present, conf: block.confidence, grey: block.grey ?? false,
      lookalikes: (pt.lookalikes ?? []).map((l) => l.type), degradations: pt.degradations, clarityOk: pt.clarityOk !== false, ms: +ms.toFixed(1), readMs: +readMs.toFixed(0), sealsRead,
      issuers: block.issuerSeals?.map((s) => s.text),
    };
    if (truth && block.present === true && reader) {
      Object.assign(row, { match: block.matchesEmployer, truthMatch: pt.seal!.matchesEmployer, text: block.text, company: pt.seal!.company });
      if (pt.seal!.code !== undefined) Object.assign(row, { dpi: pt.dpi, code: block.code, truthCode: pt.seal!.code });
    } else if (block.text) row.text = block.text;
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  await pdf.close();
}
await reader?.close();

const isClean = (r: Row) => r.degradations.every((d) => d === 'clean' || d === 'skew' || d === 'edge_cut' || d === 'dark_border');
const tp = rows.filter((r) => r.truth && r.pred === true).length;
const fn = rows.filter((r) => r.truth && r.pred !== true).length;
const fp = rows.filter((r) => !r.truth && r.pred === true).length;
const sealFree = rows.filter((r) => !r.truth);
const f1 = (2 * tp) / Math.max(1, 2 * tp + fn + fp);
const reads = rows.filter((r) => r.match !== undefined);
const decided = reads.filter((r) => r.match !== null);
const correct = decided.filter((r) => r.match === r.truthMatch).length;
const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
const summary = {
  source: sel.source, split, pages: rows.length, withSeal: rows.filter((r) => r.truth).length, sealFree: sealFree.length,
  presence: {
    f1: +f1.toFixed(3), tp, fn, fp,
    missedClean: rows.filter((r) => r.truth && r.pred !== true && isClean(r)).map((r) => `${r.file}:${r.pred}`),
    missedDegraded: rows.filter((r) => r.truth && r.pred !== true && !isClean(r)).map((r) => `${r.file}[${r.degradations}]:${r.pred}`),
    falsePositives: rows.filter((r) => !r.truth && r.pred === true).map((r) => `${r.file}[${r.lookalikes.join(',')}]`),
    fpRateSealFree: +(fp / Math.max(1, sealFree.length)).toFixed(3),
    reviewOnSealFree: sealFree.filter((r) => r.pred === null).map((r) => `${r.file}[${r.lookalikes.join(',')}]`),
    issuerOnlyPages: sealFree.filter((r) => r.lookalikes.includes('issuer_seal')).length,
    issuerOnlyCalledPresent: sealFree.filter((r) => r.lookalikes.includes('issuer_seal') && r.pred === true).length,
  },
  match: {
    read: reads.length, decided: decided.length, correct,
    accuracy: +(correct / Math.max(1, decided.length)).toFixed(3),
    abstentions: +((reads.length - decided.length) / Math.max(1, reads.length)).toFixed(3),
    // over the pages whose scan the truth calls clear (blurred / 100 dpi pages are flagged SCAN_UNCLEAR anyway)
    abstentionsClarityOk: +(reads.filter((r) => r.clarityOk && r.match === null).length / Math.max(1, reads.filter((r) => r.clarityOk).length)).toFixed(3),
    // a seal of the employer's called another unit's (SEAL_MISMATCH on a clean application)
    wrongMismatches: decided.filter((r) => r.match === false && r.truthMatch === true).length,
    // over every page whose truth has a seal, found or not: the seal-name check left open
    abstentionsAmongSealed: +(rows.filter((r) => r.truth && r.match !== true && r.match !== false).length / Math.max(1, rows.filter((r) => r.truth).length)).toFixed(3),
    wrong: decided.filter((r) => r.match !== r.truthMatch).map((r) => `${r.file}: read ${r.text} vs ${r.company} → ${r.match}`),
    open: reads.filter((r) => r.match === null).map((r) => `${r.file}: read ${r.text} vs ${r.company}`),
  },
  code: codeScore(rows),
  detectMs: { median: ms[ms.length >> 1], max: ms[ms.length - 1] },
  // detection + reading per page (the first page also loads the models)
  detectReadMsPerPage: +(rows.slice(1).reduce((a, r) => a + r.ms + r.readMs, 0) / Math.max(1, rows.length - 1)).toFixed(0),
  // reading time over the seals read (the first read also loads the models)
  readSecondsPerSeal: +(rows.slice(1).reduce((a, r) => a + r.readMs, 0) / 1000 / Math.max(1, rows.slice(1).reduce((a, r) => a + r.sealsRead, 0))).toFixed(3),
};
console.log(JSON.stringify(summary, null, 2));

/** Seal codes over the pages whose seal was found and read: exact, wrong (a code reported that is not the seal's), not read. */
function codeScore(all: Row[]) {
  const scored = all.filter((r) => r.truthCode !== undefined);
  const tally = (rs: Row[]) => {
    const withCode = rs.filter((r) => r.truthCode);
    return {
      withCode: withCode.length,
      exact: withCode.filter((r) => r.code === r.truthCode).length,
      wrong: rs.filter((r) => r.code && r.code !== r.truthCode).map((r) => `${r.file}: ${r.code} vs ${r.truthCode ?? 'none'}`),
      recall: +(withCode.filter((r) => r.code === r.truthCode).length / Math.max(1, withCode.length)).toFixed(3),
    };
  };
  const byDpi = Object.fromEntries([...new Set(scored.map((r) => r.dpi ?? 0))].sort().map((d) => [`${d}dpi`, tally(scored.filter((r) => (r.dpi ?? 0) === d))]));
  return { all: tally(scored), clean: tally(scored.filter((r) => isClean(r) && r.clarityOk)), byDpi };
}
writeFileSync(resultPath(values.sealed ? 'seal-accuracy-sealed' : 'seal-accuracy', sel), JSON.stringify({ summary, rows }, null, 2));
