/**
 * `npm run samples [-- --split tune|holdout|demo|bad|all] [--out DIR] [--seed N] [--pages N] [--only pages|notes|cases]`
 * Regenerates the committed corpus byte-for-byte from its seeds (tune 2021, holdout 7919).
 * `--only pages` renders the single pages and the note set, `--only notes` the note set alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerFonts } from './fonts.ts';
import { createRng } from './rng.ts';
import { planWorld, type CasePlan } from './build-cases.ts';
import { planSecondWorld } from './plan-second-world.ts';
import { planPages } from './page-set.ts';
import { planHardNotes, planNotes } from './note-set.ts';
import { renderDocument, type DocSpec } from './render-document.ts';
import { caseFlags, pageFlags } from './expected-flags.ts';
import { badFiles } from './bad-files.ts';
import { buildDemo } from './build-demo.ts';
import type { CaseExpected, DocumentTruth } from './truth.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/**
 * Each split: its single pages (on `date`) and two worlds of cases — a 2021 new-application world
 * (high-tech or key employer) and a second one in 2026, a year whose wage figure is not published.
 */
export const SPLITS = {
  tune: { seed: 2021, date: '2021-08-20', pages: 48, notes: 40, hardNotes: 42, caseDpi: 150, pageDpi: [200, 200, 300], worlds: [{ date: '2021-08-20', category: 'high_tech' }, { date: '2026-03-16', category: 'other' }] },
  holdout: { seed: 7919, date: '2021-10-15', pages: 24, notes: 40, caseDpi: 150, pageDpi: [200, 300], worlds: [{ date: '2021-10-15', category: 'key' }, { date: '2026-05-20', category: 'other' }] },
} as const;

function write(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

async function renderAll(root: string, specs: DocSpec[]): Promise<Map<string, DocumentTruth>> {
  const done = new Map<string, DocumentTruth>();
  for (const s of specs) {
    if (done.has(s.file)) continue;
    const { pdf, truth } = await renderDocument(s);
    write(join(root, s.file), pdf);
    write(join(root, s.file.replace(/\.pdf$/, '.truth.json')), json(truth));
    done.set(s.file, truth);
    process.stderr.write('.');
  }
  return done;
}

export async function generateSplit(name: keyof typeof SPLITS, root: string, opts: { pages?: number; only?: 'pages' | 'notes' | 'cases' } = {}): Promise<void> {
  const cfg = SPLITS[name];
  const rng = createRng(cfg.seed);
  const index = (truths: Map<string, DocumentTruth>) => [...truths.values()].map((t) => ({ file: t.file, kind: t.kind, employer: t.employer, expected: pageFlags(t, t.employer), page: t.pages[0] }));
  if (opts.only === undefined || opts.only === 'pages') {
    const pages = planPages(rng.fork('pages'), opts.pages ?? cfg.pages, cfg.date, [...cfg.pageDpi]);
    const truths = await renderAll(root, pages);
    write(join(root, 'pages.json'), json({ split: name, seed: cfg.seed, pages: index(truths) }));
  }
  if (opts.only !== 'cases') {
    // Its own rng stream: the note set never shifts a draw of the single pages or the cases.
    const notes = planNotes(rng.fork('notes'), cfg.notes, cfg.date, [...cfg.pageDpi]);
    // Tune only: the hard kinds after the base set, from a stream of their own (note-set.ts).
    if ('hardNotes' in cfg) notes.push(...planHardNotes(rng.fork('notes-hard'), cfg.hardNotes, cfg.notes + 1, cfg.date, [...cfg.pageDpi]));
    const truths = await renderAll(root, notes);
    write(join(root, 'notes.json'), json({ split: name, seed: cfg.seed, set: 'notes', pages: index(truths) }));
  }
  if (opts.only === 'pages' || opts.only === 'notes') return;
  const [first, second] = cfg.worlds;
  const plans: CasePlan[] = [
    ...planWorld(rng.fork('world-1'), `${name[0]}1`, first.date, cfg.caseDpi, first.category),
    ...planSecondWorld(rng.fork('world-2'), `${name[0]}2`, second.date, cfg.caseDpi),
  ];
  const truths = await renderAll(root, plans.flatMap((p) => p.docs));
  for (const [f, bytes] of Object.entries(badFiles())) if (plans.some((p) => p.badFiles.includes(f))) write(join(root, 'docs', f), bytes);
  for (const plan of plans) {
    const docs = plan.docs.map((d) => truths.get(d.file)!);
    const flags = caseFlags(plan, docs);
    const first = docs.find((d) => d.kind === 'income_query');
    const avg = first ? Math.round((first.income.filter((r) => r.payer === plan.manifest.employer?.name).reduce((s, r) => s + r.amount, 0) / 12) * 100) / 100 : null;
    const expected: CaseExpected = {
      caseId: plan.manifest.id,
      injected: plan.injected,
      flags,
      documents: docs,
      facts: { incomeMonths: first ? new Set(first.income.map((r) => r.period)).size : null, incomeMonthlyAverage: avg, threshold: plan.threshold },
    };
    write(join(root, `${plan.manifest.id}.case.json`), json(plan.manifest));
    write(join(root, `${plan.manifest.id}.expected.json`), json(expected));
  }
  process.stderr.write(`\n${name}: ${plans.length} cases\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (k: string): string | undefined => {
    const i = args.indexOf(`--${k}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  registerFonts();
  const split = arg('split') ?? 'all';
  const out = arg('out') ?? join(HERE, '..');
  const pages = arg('pages') ? Number(arg('pages')) : undefined;
  const only = arg('only') as 'pages' | 'notes' | 'cases' | undefined;
  if (split === 'all' || split === 'bad') for (const [f, b] of Object.entries(badFiles())) write(join(out, 'bad', f), b);
  if (split === 'all' || split === 'demo') await buildDemo(join(out, 'demo'));
  for (const s of ['tune', 'holdout'] as const) if (split === 'all' || split === s) await generateSplit(s, join(out, 'corpus', s), { pages, only });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
