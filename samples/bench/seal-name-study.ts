/**
 * Study of the seal name strips (tune only): for every detected seal on a page whose truth has a seal,
 * builds several strips of the name band (radii, stretch, scale, ink channel), runs the recogniser
 * once on each and records how the employer's name scores, how every other company name of the split
 * scores on the same strip (the null distribution of a wrong name) and how the employer's near
 * misses (发展 inserted, a branch, another place) score. Features only, for choosing the decision offline.
 * Usage: tsx samples/bench/seal-name-study.ts [tune] [--only=pages|docs] [--filter=SUBSTR]
 * Writes bench-results/seal-name-study-<split>.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Box } from '../../rules/contract/index.ts';
import { PdfDocument } from '../../workers/page/render/index.ts';
import { detectSeals } from '../../workers/page/seal/index.ts';
import { fitInCrop, sealCrop } from '../../workers/page/seal/locate-seal-ring.ts';
import { createNameRecogniser } from '../../workers/page/seal/ctc/name-recogniser.ts';
import { readsAsCompany, readSpan, scoreEmployerName } from '../../workers/page/seal/ctc/score-employer-name.ts';
import { nameStripVariants } from '../../workers/page/seal/ctc/strip-variants.ts';

const args = process.argv.slice(2);
const split = args[0] && !args[0].startsWith('--') ? args[0] : 'tune';
if (split !== 'tune') throw new Error('study the tune split only');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const filter = args.find((a) => a.startsWith('--filter='))?.slice(9);
const corpus = 'samples/corpus';
const set = args.includes('--set=2') ? 'study2' : 'study';

interface PageTruth {
  clarityOk: boolean; degradations: string[]; dpi: number;
  seal: { present: boolean; matchesEmployer: boolean | null; company: string | null; box: Box } | null;
  lookalikes?: { type: string; box?: Box; text?: string }[];
}
const inputs: { file: string; pdf: string; employer: string; pages: PageTruth[] }[] = [];
const names = new Set<string>();
for (const sub of ['pages', 'docs']) {
  const dir = join(corpus, split, sub);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.truth.json')).sort()) {
    const t = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (t.employer) names.add(t.employer);
    for (const p of t.pages as PageTruth[]) if (p.seal?.company) names.add(p.seal.company);
    const name = `${sub}/${f.replace('.truth.json', '')}`;
    if ((only && only !== sub) || (filter && !name.includes(filter)) || !t.employer) continue;
    inputs.push({ file: name, pdf: join(dir, f.replace('.truth.json', '.pdf')), employer: t.employer, pages: t.pages });
  }
}
const companies = [...names];

/** The employer's nearest other entities: a word inserted before the legal form, a branch, another place, a group. */
function nearMisses(emp: string): string[] {
  const form = /(股份有限公司|有限责任公司|有限公司)$/u;
  const m = form.exec(emp);
  const out: string[] = [];
  if (m) {
    const stem = emp.slice(0, m.index);
    for (const w of ['发展', '集团', '科技', '控股', '国际']) if (!stem.endsWith(w)) out.push(stem + w + m[1]);
  }
  out.push(`${emp}分公司`, `${emp}海淀分公司`);
  if (emp.startsWith('北京')) out.push(emp.replace(/^北京市?/u, '上海'), emp.replace(/^北京市?/u, '天津'));
  return out;
}

const overlap = (a: Box, b: Box) => {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x), h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / Math.min(a.w * a.h, b.w * b.h) : 0;
};

const rec = await createNameRecogniser();
if (!rec) throw new Error('no recogniser');
const out: unknown[] = [];
for (const inp of inputs) {
  const pdf = await PdfDocument.open(new Uint8Array(readFileSync(inp.pdf)));
  for (let p = 1; p <= inp.pages.length; p++) {
    const pt = inp.pages[p - 1]!;
    if (!pt.seal?.present) continue;
    const raster = await pdf.raster(p);
    const det = detectSeals(raster);
    for (const box of det.boxes.slice(0, 3)) {
      const isSeal = overlap(box, pt.seal.box) > 0.5;
      const issuer = (pt.lookalikes ?? []).find((l) => l.box && overlap(box, l.box) > 0.5);
      if (!isSeal) { if (!issuer) console.error(`${inp.file}.p${p}: box matches nothing`); continue; }
      const crop = sealCrop(raster, box);
      const { e, grey } = fitInCrop(raster, crop);
      const variants: Record<string, unknown> = {};
      const t0 = performance.now();
      for (const v of nameStripVariants(raster, crop, e, grey, set)) {
        const pr = await rec.probs(v.image);
        const emp = scoreEmployerName(pr, rec, inp.employer);
        const others = companies.filter((c) => c !== inp.employer && c !== pt.seal!.company).map((c) => scoreEmployerName(pr, rec, c)).map((s) => s && [+s.perChar.toFixed(3), +s.worstPair.toFixed(2)]);
        const truthName = pt.seal!.company && pt.seal!.company !== inp.employer ? scoreEmployerName(pr, rec, pt.seal!.company) : null;
        const near = nearMisses(inp.employer).filter((n) => n !== pt.seal!.company).map((n) => { const s = scoreEmployerName(pr, rec, n); return s && [n, +s.perChar.toFixed(3), +s.worstPair.toFixed(2), s.extended]; });
        variants[v.name] = {
          emp: emp && { perChar: +emp.perChar.toFixed(3), worstPair: +emp.worstPair.toFixed(2), extended: emp.extended, total: +(emp.perChar * [...emp.variant].length).toFixed(2), len: [...emp.variant].length },
          truthName: truthName && { perChar: +truthName.perChar.toFixed(3), worstPair: +truthName.worstPair.toFixed(2) },
          company: readsAsCompany(pr, rec), read: readSpan(pr, rec), others, near,
        };
      }
      const row = {
        file: `${inp.file}.p${p}`, employer: inp.employer, company: pt.seal.company, truthMatch: pt.seal.matchesEmployer,
        clarityOk: pt.clarityOk, degradations: pt.degradations, dpi: pt.dpi, grey, r: +((e.a + e.b) / 2).toFixed(1), ms: Math.round(performance.now() - t0), variants,
      };
      out.push(row);
      const b = Object.values(variants)[0] as { emp: { perChar: number; worstPair: number } | null; read: string };
      console.log(row.file, row.truthMatch, pt.degradations.join(','), b.emp?.perChar, b.emp?.worstPair, b.read);
    }
  }
  await pdf.close();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/seal-name-study-${split}${set === 'study2' ? '-2' : ''}.json`, JSON.stringify(out));
