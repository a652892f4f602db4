/**
 * `npm run samples:b [-- --split tune|holdout|all] [--out DIR] [--only pages|cases] [--limit N]`
 * Writes `samples/source-b/corpus/<split>/`: `pages/` + `pages.json`, `docs/`, and per case
 * `<caseId>.case.json` and `<caseId>.expected.json`. The truth is deterministic from the split's
 * seed label; `--limit N` renders only the first N pages (and N cases) for a quick look.
 */
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { pageFlags } from '../../generator/expected-flags.ts';
import type { DocumentTruth } from '../../generator/truth.ts';
import { openRenderer, type SheetRenderer } from './browser.ts';
import { renderDoc, type BDocSpec } from './render-doc.ts';
import { planPages, PAGE_VARIANTS } from './page-set.ts';
import { caseExpected, planCases, SPLITS, type BCasePlan } from './cases.ts';
import type { InvalidFile } from './cases-kit.ts';
import { randomStream } from './rng.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
type Split = keyof typeof SPLITS;

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';
function write(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}
const log = (s: string): boolean => process.stderr.write(s);

async function renderAll(root: string, specs: BDocSpec[], renderer: SheetRenderer): Promise<Map<string, DocumentTruth>> {
  const done = new Map<string, DocumentTruth>();
  for (const s of specs) {
    if (done.has(s.file)) continue;
    const t0 = performance.now();
    const { pdf, truth } = await renderDoc(s, renderer);
    write(join(root, s.file), pdf);
    write(join(root, s.file.replace(/\.pdf$/, '.truth.json')), json(truth));
    done.set(s.file, truth);
    log(`  ${s.file} ${truth.pageCount}p ${((performance.now() - t0) / 1000).toFixed(1)}s\n`);
  }
  return done;
}

/** Files that must give FILE_INVALID: a scan saved as PNG with a .pdf name, an empty upload, a PDF cut short. */
async function invalidBytes(root: string, f: InvalidFile): Promise<Uint8Array> {
  if (f.make === 'empty') return new Uint8Array(0);
  if (f.make === 'png-as-pdf') {
    // A small grey "scan" with lines of dark bars for text: the bytes are a PNG, whatever the name says.
    const w = 620;
    const h = 877;
    const px = Buffer.alloc(w * h, 246);
    const r = randomStream(f.file);
    for (let y = 80; y < h - 80; y += 18) {
      let x = 60;
      while (x < w - 60) {
        const len = r.integer(8, 40);
        for (let yy = y; yy < y + 9; yy++) px.fill(70, yy * w + x, yy * w + Math.min(w - 60, x + len));
        x += len + r.integer(4, 12);
      }
    }
    return sharp(px, { raw: { width: w, height: h, channels: 1 } }).png().toBuffer();
  }
  // Cut at 55 %: the cross-reference table and %%EOF are lost.
  const whole = readFileSync(join(root, f.from!));
  return whole.subarray(0, Math.floor(whole.length * 0.55));
}

async function writePages(split: Split, root: string, renderer: SheetRenderer, limit?: number): Promise<void> {
  const cfg = SPLITS[split];
  const specs = planPages(randomStream(cfg.seed).child('pages'), `b${split[0]}`, cfg.pageDate, cfg.pageDpi, Math.min(limit ?? Infinity, PAGE_VARIANTS.length));
  log(`${split}: ${specs.length} pages\n`);
  const truths = await renderAll(root, specs, renderer);
  const pages = [...truths.values()].map((t) => ({ file: t.file, kind: t.kind, employer: t.employer, expected: pageFlags(t, t.employer), page: t.pages[0] }));
  write(join(root, 'pages.json'), json({ split, seed: cfg.seed, source: 'b', pages }));
}

async function writeCases(split: Split, root: string, renderer: SheetRenderer, limit?: number): Promise<void> {
  const every = planCases(split);
  const plans: BCasePlan[] = every.slice(0, limit ?? Infinity);
  log(`${split}: ${plans.length} cases\n`);
  // A truncated upload is cut from a rendered document that its own case may not list.
  const sources = plans.flatMap((p) => p.invalid.map((f) => f.from)).filter((f): f is string => !!f);
  const extra = every.flatMap((p) => p.docs).filter((d) => sources.includes(d.file));
  const truths = await renderAll(root, [...plans.flatMap((p) => p.docs), ...extra], renderer);
  for (const plan of plans) {
    for (const f of plan.invalid) write(join(root, f.file), await invalidBytes(root, f));
    const docs = plan.docs.map((d) => truths.get(d.file)!);
    write(join(root, `${plan.manifest.id}.case.json`), json(plan.manifest));
    write(join(root, `${plan.manifest.id}.expected.json`), json(caseExpected(plan, docs)));
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (k: string): string | undefined => {
    const i = args.indexOf(`--${k}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const split = arg('split') ?? 'all';
  if (!['tune', 'holdout', 'all'].includes(split)) throw new Error(`--split tune|holdout|all, not ${split}`);
  const out = arg('out') ?? join(HERE, '..', 'corpus');
  const only = arg('only');
  if (only !== undefined && only !== 'pages' && only !== 'cases') throw new Error(`--only pages|cases, not ${only}`);
  const limit = arg('limit') ? Number(arg('limit')) : undefined;
  const renderer = await openRenderer();
  const t0 = performance.now();
  try {
    for (const s of ['tune', 'holdout'] as const) {
      if (split !== 'all' && split !== s) continue;
      const root = join(out, s);
      if (only !== 'cases') await writePages(s, root, renderer, limit);
      if (only !== 'pages') await writeCases(s, root, renderer, limit);
    }
  } finally {
    await renderer.close();
  }
  log(`done in ${((performance.now() - t0) / 1000).toFixed(0)}s\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
