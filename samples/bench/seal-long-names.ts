/**
 * Long company names on drawn seals (no corpus page): for each name, ring arc and rotation, whether
 * the employer's seal matches (Y / N / ?) and, when it is not a plain match, why (per-character score,
 * worst pair, near-miss margin, arc, neighbour, the one-turn read, ms). `gNN`: the found seam's offset
 * from the seal's real gap (the bottom).
 * Usage: tsx samples/bench/seal-long-names.ts [--step=30] [--arcs=250,290] [--own] [--uneven=0.1]
 *   [--bottom=合同专用章] [--seam=ROT]
 * `--seam=ROT`: every seal stamped at rotation ROT and the strip's seam forced to each step's angle
 * from the name's middle (0 = the middle of the name, 180 = the real gap) instead of findTextGap.
 */
import { createNameRecogniser } from '../../workers/page/seal/ctc/name-recogniser.ts';
import { scoreSealName } from '../../workers/page/seal/ctc/score-seal-name.ts';
import { detectSeals } from '../../workers/page/seal/index.ts';
import { fitInCrop, sealCrop } from '../../workers/page/seal/locate-seal-ring.ts';
import { sealInkImage } from '../../workers/page/seal/seal-ink-image.ts';
import { findTextGap } from '../../workers/page/seal/unwrap-seal-ring.ts';
import { drawPage } from '../../test/unit/seal-fixtures.ts';

const args = process.argv.slice(2);
const step = Number(args.find((a) => a.startsWith('--step='))?.slice(7) ?? 30);
const uneven = Number(args.find((a) => a.startsWith('--uneven='))?.slice(9) ?? 0);
const bottom = args.find((a) => a.startsWith('--bottom='))?.slice(9);
const seamAt = args.find((a) => a.startsWith('--seam='));
const ownOnly = args.includes('--own');
const arcs = (args.find((a) => a.startsWith('--arcs='))?.slice(7) ?? '250,290').split(',').map(Number);
const pairs: Array<[string, string]> = [
  ['北京中关村天宇数据服务股份有限公司', '北京中关村天宇数据服务股份有限公司'],
  ['北京市海淀区某某某某科技发展有限责任公司', '北京市海淀区某某某某科技发展有限责任公司'],
  ['北京中关村天宇数据服务股份有限公司', '北京中关村天宇数据服务发展股份有限公司'],
  ['北京中关村天宇数据服务股份有限公司', '北京中关村天宇数据服务股份有限公司分公司'],
  ['北京中关村天宇数据服务股份有限公司', '北京中关村天宇数据服务集团股份有限公司'],
];
const rec = await createNameRecogniser();
if (!rec) throw new Error('recogniser not available');
let n = 0, hit = 0, wrongYes = 0;
for (const [emp, name] of pairs) {
  if (ownOnly && emp !== name) continue;
  for (const arcDeg of arcs) {
    const out: string[] = [];
    for (let rot = 0; rot < 360; rot += step) {
      const page = drawPage({ dpi: 200, seals: [{ x: 110, y: 200, rotationDeg: seamAt ? Number(seamAt.slice(7)) : rot, name, arcDeg, code: '1101080123456', uneven, ...(bottom ? { bottom } : {}) }], seed: rot + 1 });
      const box = detectSeals(page).boxes[0];
      if (!box) { out.push(`${rot}:nodet`); continue; }
      const crop = sealCrop(page, box);
      const { e, grey } = fitInCrop(page, crop);
      const ink = sealInkImage(page, crop, grey);
      const gap = (findTextGap(ink, e) * 180) / Math.PI;
      const real = seamAt ? Number(seamAt.slice(7)) : rot;
      const off = ((((gap - real - 90) % 360) + 540) % 360) - 180;
      const t = performance.now();
      const r = await scoreSealName({ ink, e, shapeInk: () => sealInkImage(page, crop, 'shape'), ...(seamAt ? { seam: ((Number(seamAt.slice(7)) - 90 + rot) * Math.PI) / 180 } : {}) }, rec, emp);
      const ms = performance.now() - t;
      const s = r.score;
      n++;
      if (r.match === true) { if (emp === name) hit++; else wrongYes++; }
      out.push(`${rot}:${r.match === true ? 'Y' : r.match === false ? 'N' : '?'}` + ` g${off.toFixed(0)}` + (r.match === true && emp === name ? '' : ` [gap ${gap.toFixed(0)} pc ${s?.perChar.toFixed(2)} wp ${s?.worstPair.toFixed(1)} nm ${s?.nearMargin.toFixed(1)} arc ${s?.arcDeg.toFixed(0)} ext ${s?.extended} ${r.text} ${ms.toFixed(0)}ms]`));
    }
    console.log(`${emp === name ? 'OWN ' : 'NEAR'} ${name} arc ${arcDeg}\n  ${out.join('\n  ')}`);
  }
}
console.log(`seals ${n}, own matched ${hit}, near misses matched ${wrongYes}`);
