/**
 * A copy of a 居民身份证 on A4: the portrait side and the emblem side, each 85.6 × 54 mm with
 * rounded corners, a light guilloche-like ground (CSS gradients), the photo as a plain silhouette.
 * The emblem is a red disc with gold stars, not a ring of text, so it cannot pass for a company seal.
 * `data-anchor="term"` holds 有效期限; the pair sits at a different place on each sheet.
 */
import type { IdCardDoc, Template } from '../content.ts';
import { a4Page, dotDate, esc, HEI, SONG } from './contract-page.ts';

const GROUND = `background:
 repeating-radial-gradient(circle at 30% 120%, rgba(120,170,200,0.10) 0 0.35mm, transparent 0.35mm 1.4mm),
 repeating-radial-gradient(circle at 85% -20%, rgba(200,160,120,0.10) 0 0.3mm, transparent 0.3mm 1.2mm),
 linear-gradient(160deg, #eef5f7 0%, #f6f3ea 55%, #eaf2f5 100%)`;

const SILHOUETTE = `<svg viewBox="0 0 60 76" width="100%" height="100%"><rect width="60" height="76" fill="#f4f6f7"/><ellipse cx="30" cy="29" rx="12" ry="15" fill="#9aa3a8"/><path d="M4 76 C6 56 18 50 30 50 C42 50 54 56 56 76 Z" fill="#9aa3a8"/></svg>`;

function star(cx: number, cy: number, r: number, rot = -90): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = ((rot + i * 36) * Math.PI) / 180;
    const rr = i % 2 ? r * 0.38 : r;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(2)},${(cy + rr * Math.sin(a)).toFixed(2)}`);
  }
  return `<polygon points="${pts.join(' ')}" fill="#f2c230"/>`;
}

/** A gold-rimmed red disc, one large and four small stars over a gold gate-and-wheat band. */
const EMBLEM = `<svg viewBox="0 0 100 100" width="100%" height="100%"><circle cx="50" cy="50" r="47" fill="#e0b43c"/><circle cx="50" cy="50" r="40" fill="#d2312b"/>
${star(50, 30, 10)}${star(32, 22, 4, -60)}${star(68, 22, 4, -120)}${star(26, 36, 4, -80)}${star(74, 36, 4, -100)}
<rect x="28" y="52" width="44" height="8" fill="#f2c230"/><rect x="33" y="60" width="34" height="14" fill="#f2c230"/><rect x="46" y="64" width="8" height="10" fill="#d2312b"/>
<path d="M12 60 Q20 86 50 90 Q80 86 88 60" stroke="#f2c230" stroke-width="5" fill="none"/></svg>`;

export const idCardPages: Template<IdCardDoc> = (doc, rng) => {
  const c = doc.citizen;
  const [by, bm, bd] = c.birth.split('-').map(Number);
  const ethnic = rng.yes(0.9) ? '汉' : rng.oneOf(['满', '回', '蒙古', '朝鲜']);
  const layout = rng.oneOf(['stacked', 'stacked', 'side', 'corner'] as const);
  const gap = rng.between(8, 30);
  let x1: number, y1: number, x2: number, y2: number;
  if (layout === 'side') {
    x1 = rng.between(10, 16);
    x2 = x1 + 85.6 + rng.between(6, 12);
    y1 = y2 = rng.between(25, 90);
  } else if (layout === 'corner') {
    x1 = x2 = rng.between(12, 25);
    y1 = rng.between(12, 25);
    y2 = y1 + 54 + gap;
  } else {
    x1 = x2 = (210 - 85.6) / 2 + rng.between(-12, 12);
    y1 = rng.between(30, 75);
    y2 = y1 + 54 + gap;
  }
  const left = Math.min(x1, x2);
  const top = Math.min(y1, y2);
  const w = Math.max(x1, x2) + 85.6 - left;
  const h = Math.max(y1, y2) + 54 - top;
  const until = doc.validTo ? dotDate(doc.validTo) : '长期';
  const css = `.idc .box{position:absolute;left:${left.toFixed(1)}mm;top:${top.toFixed(1)}mm;width:${w.toFixed(1)}mm;height:${h.toFixed(1)}mm}
.idc .card{position:absolute;width:85.6mm;height:54mm;border-radius:3.2mm;overflow:hidden;${GROUND};box-shadow:0 0 0 0.2mm #b9c2c6;font-family:${HEI};color:#111}
.idc .lb{color:#3b6f9e;font-size:2.5mm;display:inline-block;width:9mm;letter-spacing:0.2mm}
.idc .v{font-size:3.3mm}
.idc .row{position:absolute;left:5mm;white-space:nowrap;line-height:1}
.idc .addr{position:absolute;left:14mm;top:27.5mm;width:40mm;font-size:3.1mm;line-height:1.35}
.idc .photo{position:absolute;right:4.5mm;top:7mm;width:26mm;height:33mm}
.idc .idn{position:absolute;left:5mm;bottom:5.5mm;white-space:nowrap}
.idc .num{font-family:'WenQuanYi Micro Hei Mono',${HEI};font-size:3.9mm;letter-spacing:0.75mm;margin-left:6mm}
.idc .em{position:absolute;left:5mm;top:5mm;width:17mm;height:17mm}
.idc .cn{position:absolute;left:27mm;top:7mm;font-size:4.6mm;letter-spacing:1.3mm;font-weight:bold;font-family:${SONG}}
.idc .ti{position:absolute;left:22mm;top:17.5mm;font-size:7.6mm;letter-spacing:2.6mm;font-weight:bold}
.idc .bk{position:absolute;left:14mm;font-size:3.1mm;white-space:nowrap}
.idc .bk .lb{width:14mm}`;
  const front = `<div class="card" style="left:${(x1 - left).toFixed(1)}mm;top:${(y1 - top).toFixed(1)}mm">
<div class="row" style="top:6.5mm"><span class="lb">姓\u3000名</span><span class="v">${esc(c.name)}</span></div>
<div class="row" style="top:13mm"><span class="lb">性\u3000别</span><span class="v">${c.sex === 'male' ? '男' : '女'}</span><span class="lb" style="margin-left:8mm">民\u3000族</span><span class="v">${esc(ethnic)}</span></div>
<div class="row" style="top:19.5mm"><span class="lb">出\u3000生</span><span class="v">${by}</span> <span class="lb" style="width:auto">年</span> <span class="v">${bm}</span> <span class="lb" style="width:auto">月</span> <span class="v">${bd}</span> <span class="lb" style="width:auto">日</span></div>
<div class="row" style="top:26.5mm"><span class="lb">住\u3000址</span></div><div class="addr">${esc(c.address)}</div>
<div class="photo">${SILHOUETTE}</div>
<div class="idn"><span class="lb" style="width:auto">公民身份号码</span><span class="num">${esc(c.idNumber)}</span></div></div>`;
  const back = `<div class="card" style="left:${(x2 - left).toFixed(1)}mm;top:${(y2 - top).toFixed(1)}mm">
<div class="em">${EMBLEM}</div><div class="cn">中华人民共和国</div><div class="ti">居民身份证</div>
<div class="bk" style="top:37mm"><span class="lb">签发机关</span>${esc(doc.authority)}</div>
<div class="bk" style="top:44mm"><span class="lb">有效期限</span><span data-anchor="term">${dotDate(doc.validFrom)}-${until}</span></div></div>`;
  return [a4Page('idc', css, `<div class="box" data-anchor="content">${front}${back}</div>`)];
};
