import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_IMAGE_WIDTH, PdfDocument, encodePageImage, quickCheckPage } from '../../workers/page/index.ts';
import { estimateHandwritingPresence } from '../../workers/page/annotation/index.ts';
import { openEvents, startService, type TimedEvent } from '../../test/browser/support/index.ts';
import { client } from '../../test/integration/support/test-env.ts';

/**
 * `npm run bench:first-badge [-- --file F.pdf --runs 3]`: how soon an employer sees a page's badges.
 * 1. In this process, per page: the quick checks the upload answered with before (clarity, edges,
 *    seal) and what the handwriting estimate (note, signature) adds, on the file and on the pages of
 *    both sources' tune splits, and how the estimate agrees with their truth (pen writing or not).
 * 2. Through the real service (`precheck serve` + `precheck worker` processes, Redis, PostgreSQL):
 *    upload a 3-page scan and time the first page badge (the upload's answer or the first `quick`
 *    event), every page's quick badges, every page's full result and the report, from the events
 *    stream opened before the upload. Prints a table, writes out/bench/first-badge.json.
 */
const { values } = parseArgs({
  options: { file: { type: 'string', default: 'samples/corpus/tune/docs/t1-renewal36-income.pdf' }, runs: { type: 'string', default: '3' }, pages: { type: 'string', default: '1000' } },
});
const file = path.resolve(values.file!);
const bytes = new Uint8Array(readFileSync(file));

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

type Truth = Map<string, boolean>;
/** Per tune page: is there pen writing (the note or a signature) on it, by the ground truth. */
function writingTruth(split: string): Truth {
  const { pages } = JSON.parse(readFileSync(path.join(split, 'pages.json'), 'utf8')) as { pages: { file: string; page: { annotation: { present: boolean; form?: string }; signature: { present: boolean } } }[] };
  return new Map(pages.map((p) => [path.join(split, p.file), (p.page.annotation.present && p.page.annotation.form !== 'printed') || p.page.signature.present]));
}

async function pageCosts(pdfs: string[], limit: number, truth: Truth | null = null) {
  const rows = { raster: [] as number[], quick: [] as number[], handwriting: [] as number[], thumbnail: [] as number[] };
  // The estimate against the truth: [truth writing?][estimate true | null | false]
  const agree = { writing: { true: 0, null: 0, false: 0 }, none: { true: 0, null: 0, false: 0 } };
  for (const f of pdfs) {
    const doc = await PdfDocument.open(new Uint8Array(readFileSync(f)));
    try {
      for (let p = 1; p <= doc.pageCount && rows.quick.length < limit; p++) {
        const t0 = performance.now();
        const raster = await doc.raster(p);
        const t1 = performance.now();
        const q = quickCheckPage(raster);
        const t2 = performance.now();
        const likely = estimateHandwritingPresence(raster, q.seal.boxes).likely;
        const t3 = performance.now();
        await encodePageImage(raster, PAGE_IMAGE_WIDTH.default);
        rows.thumbnail.push(performance.now() - t3);
        const has = truth?.get(f);
        if (has !== undefined) agree[has ? 'writing' : 'none'][String(likely) as 'true' | 'null' | 'false']++;
        rows.raster.push(t1 - t0);
        rows.quick.push(t2 - t1);
        rows.handwriting.push(t3 - t2);
      }
    } finally {
      await doc.close();
    }
    if (rows.quick.length >= limit) break;
  }
  return { ...rows, agree };
}

const tunePages = (split: string) => readdirSync(path.join(split, 'pages')).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(split, 'pages', f));
const limit = Number(values.pages);
const A = 'samples/corpus/tune';
const B = 'samples/source-b/corpus/tune';
const costs = {
  file: await pageCosts([file], 100),
  tuneA: await pageCosts(tunePages(A), limit, writingTruth(A)),
  tuneB: await pageCosts(tunePages(B), limit, writingTruth(B)),
};

const svc = await startService();
const runs: Record<string, number | null>[] = [];
try {
  const token = await svc.token('employer', 'bench');
  const api = client(svc.url, token);
  const timeline = async (employer: string) => {
    const c = await api.json('POST', '/api/cases', { id: `bench-${employer}`, applicationType: 'renewal', applicationDate: '2021-08-20', employer: { name: employer } });
    const events = await openEvents(svc.url, `/api/cases/${c.body.id}/events`, token);
    const t0 = performance.now();
    const up = await api.upload(c.body.id, bytes, path.basename(file), { kind: 'income_query' });
    const answered = performance.now() - t0;
    const report = await events.waitFor((e) => e.name === 'report', 600_000);
    events.close();
    const after = (pred: (e: TimedEvent) => boolean) => events.all().filter(pred).map((e) => e.at - t0);
    const quick = after((e) => e.name === 'quick');
    const full = after((e) => e.name === 'page');
    const n = up.body.pageCount as number;
    const inAnswer = (up.body.feedback as unknown[]).length;
    const quickAll = inAnswer === n ? answered : Math.max(answered, ...quick);
    return { pages: n, inAnswer, answeredMs: answered, firstBadgeMs: inAnswer > 0 ? answered : (quick[0] ?? null), allQuickMs: quick.length + inAnswer >= n ? quickAll : null, firstFullMs: full[0] ?? null, allFullMs: full.length >= n ? Math.max(...full) : null, reportMs: report ? report.at - t0 : null };
  };
  // A warm-up run: the worker loads its OCR engines.
  await timeline('北京预热科技有限公司');
  for (let i = 0; i < Number(values.runs); i++) runs.push(await timeline(`北京测速${i}科技有限公司`));
} finally {
  await svc.stop();
}

const fmt = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
console.log(`\nPer page, in this process (ms: median / p90)`);
console.log('| pages | n | raster | quick checks (before) | + handwriting estimate | added | + thumbnail |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, r] of Object.entries(costs)) {
  const added = quantile(r.handwriting, 0.5) / quantile(r.quick, 0.5);
  console.log(`| ${name} | ${r.quick.length} | ${quantile(r.raster, 0.5).toFixed(0)} / ${quantile(r.raster, 0.9).toFixed(0)} | ${quantile(r.quick, 0.5).toFixed(0)} / ${quantile(r.quick, 0.9).toFixed(0)} | ${quantile(r.handwriting, 0.5).toFixed(0)} / ${quantile(r.handwriting, 0.9).toFixed(0)} | ${(added * 100).toFixed(0)} % | ${quantile(r.thumbnail, 0.5).toFixed(0)} / ${quantile(r.thumbnail, 0.9).toFixed(0)} |`);
}
console.log(`\nThe handwriting estimate against the truth (tune pages): what the quick badges say before the full analysis`);
console.log('| pages | pen writing there: estimate found / cannot tell / none | no pen writing: found / cannot tell / none |');
console.log('|---|---|---|');
for (const [name, r] of Object.entries(costs).filter(([k]) => k !== 'file')) {
  const { writing: w, none: n } = r.agree;
  console.log(`| ${name} | ${w.true} / ${w.null} / ${w.false} | ${n.true} / ${n.null} / ${n.false} |`);
}
console.log(`\nUpload of ${path.basename(file)} through the service (serve + worker processes)`);
console.log('| run | pages | in the answer | answer | first badge | all quick badges | first full page | all full pages | report |');
console.log('|---|---|---|---|---|---|---|---|---|');
runs.forEach((r, i) => console.log(`| ${i + 1} | ${r.pages} | ${r.inAnswer} | ${fmt(r.answeredMs)} | ${fmt(r.firstBadgeMs)} | ${fmt(r.allQuickMs)} | ${fmt(r.firstFullMs)} | ${fmt(r.allFullMs)} | ${fmt(r.reportMs)} |`));
mkdirSync('out/bench', { recursive: true });
writeFileSync('out/bench/first-badge.json', JSON.stringify({ file: path.relative(process.cwd(), file), at: new Date().toISOString(), costs, runs }, null, 2));
console.log('\nwritten out/bench/first-badge.json');
