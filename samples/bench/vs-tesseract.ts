import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { findEmbeddedJpeg } from '../../workers/page/render/find-embedded-jpeg.ts';
import { corpusRoot, parseBenchArgs, REPO_ROOT, usageError, type Source } from './corpus-root.ts';

/**
 * `npm run bench:vs-tesseract [-- --runs 3 --baseline DIR --only ours|native]`: our pipeline against
 * plain OCR on the same pages. Six scanned PDFs of both sample sources' tune splits (a tax record,
 * an income printout and a labour contract at 150 dpi and the same three kinds at 300 dpi, FILES); native
 * tesseract (Debian `tesseract-ocr tesseract-ocr-chi-sim`, `OMP_THREAD_LIMIT=1`, `-l chi_sim+eng
 * --psm 4`) reads their embedded page JPEGs two processes at a time, and `precheck verify` reads the
 * six PDFs in one process. Each side is measured by GNU time: CPU seconds (user + system) per page,
 * wall seconds, peak RSS (ours: the one process; native: the largest process, two run at once).
 * Medians of N runs; prints a table and writes out/vs-tesseract.json. `--baseline DIR` also runs the
 * pipeline of another checkout of this repository (with its node_modules), e.g. an earlier commit,
 * in turn with this one, so that both see the same load on a shared machine.
 */
const USAGE = 'vs-tesseract.ts [--runs N] [--baseline DIR] [--only ours|native] [--json FILE]';
const { values } = parseBenchArgs(USAGE, {
  runs: { type: 'string', default: '3' },
  baseline: { type: 'string' },
  only: { type: 'string' },
  json: { type: 'string', default: 'out/vs-tesseract.json' },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) usageError(USAGE, '--runs must be a positive integer');
if (values.only && values.only !== 'ours' && values.only !== 'native') usageError(USAGE, '--only is ours or native');

/**
 * At 150 dpi, the case documents (every case scan of both tune splits is 150–170 dpi); at 300 dpi,
 * single pages of the same kinds (the only 300 dpi scans of the tune splits; a contract's one page).
 */
const FILES: { source: Source; file: string }[] = [
  { source: 'a', file: 'docs/t1-base-tax.pdf' },
  { source: 'b', file: 'docs/bt1-base-income.pdf' },
  { source: 'a', file: 'docs/t1-contract.pdf' },
  { source: 'a', file: 'pages/p001-full-hand.pdf' },
  { source: 'b', file: 'pages/bt008-whole-black-three-lines.pdf' },
  { source: 'b', file: 'pages/bt060-contract-other-seal.pdf' },
];

interface Timed {
  wallS: number;
  cpuS: number;
  peakRssMb: number;
}

/** One command under GNU time: its CPU, wall and peak RSS. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIMED %e %U %S %M', cmd, ...args], { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /TIMED ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`${cmd} exited ${code}: ${err.slice(-400)}`));
      resolve({ wallS: Number(m[1]), cpuS: Number(m[2]) + Number(m[3]), peakRssMb: Number(m[4]) / 1024 });
    });
  });
}

const outDir = path.join(REPO_ROOT, 'out', 'vs-tesseract');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const pdfs = FILES.map((f) => path.join(corpusRoot(f.source, 'tune'), f.file));
const images: { file: string; page: number; dpi: number; jpg: string }[] = [];
for (const pdf of pdfs) {
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  for (let i = 0; i < doc.getPageCount(); i++) {
    const jpeg = findEmbeddedJpeg(doc, i);
    if (!jpeg) usageError(USAGE, `${pdf} page ${i + 1} is not one embedded JPEG`);
    const jpg = path.join(outDir, `${path.basename(pdf, '.pdf')}.p${i + 1}.jpg`);
    writeFileSync(jpg, jpeg.jpeg);
    images.push({ file: path.basename(pdf), page: i + 1, dpi: Math.round(jpeg.pixelWidth / (doc.getPage(i).getWidth() / 72)), jpg });
  }
}
const byFile = new Map<string, number[]>();
for (const im of images) byFile.set(im.file, [...(byFile.get(im.file) ?? []), im.dpi]);
process.stderr.write(`${images.length} pages: ${[...byFile].map(([f, d]) => `${f} ${d.join('/')} dpi`).join(', ')}\n`);

/** Native tesseract over every page image, two processes at a time. */
async function native(): Promise<Timed> {
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const queue = [...images];
  const results: Timed[] = [];
  const t0 = performance.now();
  await Promise.all(
    [0, 1].map(async () => {
      for (let im = queue.shift(); im; im = queue.shift()) {
        results.push(await timed('tesseract', [im.jpg, im.jpg.replace(/\.jpg$/, ''), '-l', 'chi_sim+eng', '--psm', '4'], env));
      }
    }),
  );
  return { wallS: (performance.now() - t0) / 1000, cpuS: results.reduce((s, r) => s + r.cpuS, 0), peakRssMb: Math.max(...results.map((r) => r.peakRssMb)) };
}

/** `precheck verify` of a checkout over the six PDFs in one process. */
function verify(checkout: string): Promise<Timed> {
  const root = path.resolve(checkout);
  return timed(process.execPath, [path.join(root, 'bin', 'precheck.js'), 'verify', '--quiet', ...pdfs], process.env, root);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Side = 'native' | 'baseline' | 'ours';
const sides: Record<Side, Timed[]> = { native: [], baseline: [], ours: [] };
for (let run = 1; run <= runs; run++) {
  // taken in turn, so both sides see the same load on a shared machine
  if (values.only !== 'ours') sides.native.push(await native());
  if (values.only !== 'native' && values.baseline) sides.baseline.push(await verify(values.baseline));
  if (values.only !== 'native') sides.ours.push(await verify(REPO_ROOT));
  process.stderr.write(`run ${run}/${runs}: ${JSON.stringify({ native: sides.native.at(-1), baseline: sides.baseline.at(-1), ours: sides.ours.at(-1) })}\n`);
}
const summary = Object.fromEntries(
  Object.entries(sides)
    .filter(([, r]) => r.length)
    .map(([side, r]) => [side, { cpuSPerPage: median(r.map((x) => x.cpuS)) / images.length, wallS: median(r.map((x) => x.wallS)), peakRssMb: median(r.map((x) => x.peakRssMb)) }]),
) as Partial<Record<Side, { cpuSPerPage: number; wallS: number; peakRssMb: number }>>;

console.log(`vs native tesseract — ${images.length} pages, ${runs} run(s), medians${values.baseline ? `, baseline: the pipeline of ${values.baseline}` : ''}`);
console.log('side     CPU s/page  wall s  peak RSS MB');
for (const [side, s] of Object.entries(summary)) console.log(`${side.padEnd(9)}${s.cpuSPerPage.toFixed(2).padStart(10)}  ${s.wallS.toFixed(1).padStart(6)}  ${s.peakRssMb.toFixed(0).padStart(11)}`);
for (const side of ['baseline', 'ours'] as const) {
  const n = summary.native, o = summary[side];
  if (n && o) console.log(`${side} / native: CPU ${(o.cpuSPerPage / n.cpuSPerPage).toFixed(2)}×, wall ${(o.wallS / n.wallS).toFixed(2)}×, peak RSS ${(o.peakRssMb / n.peakRssMb).toFixed(1)}×`);
}
mkdirSync(path.dirname(values.json!), { recursive: true });
writeFileSync(values.json!, JSON.stringify({ pages: images.map(({ jpg: _jpg, ...p }) => p), runs: sides, summary, baseline: values.baseline ?? null }, null, 2));
