import type { SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { classifyInk, DARK } from '../../workers/page/annotation/classify-ink.ts';
import { findLoneSignature } from '../../workers/page/annotation/detect-signature.ts';
import { findInkRegions } from '../../workers/page/annotation/find-ink-regions.ts';
import { clearGreyRings } from '../../workers/page/annotation/grey-rings.ts';
import { paperPatch } from './annotation-fixtures.ts';

const MM = 150 / 25.4;
const SEAL = { x: 60 * MM, y: 20 * MM, w: 40 * MM, h: 40 * MM };

/** A 120 × 80 mm patch: a seal ring (40 mm) drawn in `ring` ink, and a black pen signature running into it. */
function page(ring: string, text = false, redMark = false) {
  return paperPatch(120, 80, (g: SKRSContext2D) => {
    g.strokeStyle = ring; g.lineWidth = 1.2 * MM;
    g.beginPath(); g.arc(80 * MM, 40 * MM, 19.4 * MM, 0, Math.PI * 2); g.stroke();
    if (redMark) { g.fillStyle = '#d21e28'; g.fillRect(5 * MM, 5 * MM, 20 * MM, 10 * MM); }
    // The seal's text inside its ring, reaching down towards the signature.
    if (text) { g.lineWidth = 0.8 * MM; g.beginPath(); g.moveTo(72 * MM, 27 * MM); g.lineTo(71 * MM, 56 * MM); g.stroke(); }
    g.strokeStyle = '#151515'; g.lineWidth = 0.45 * MM; g.lineCap = 'round';
    const x = 36 * MM, y = 58 * MM;
    g.beginPath(); g.moveTo(x, y);
    [-6, 5, -7, 4, -5, 6].forEach((dy, k) => g.bezierCurveTo(x + (k * 6 + 1) * MM, y + dy * MM, x + (k * 6 + 5) * MM, y - dy * MM, x + (k + 1) * 6 * MM, y + (k % 2 ? 2 : -2) * MM));
    g.stroke();
  });
}
const signatureOn = (map: ReturnType<typeof classifyInk>) => findLoneSignature(findInkRegions(map, { seals: [SEAL] }), { map, printed: [], seals: [SEAL] });

describe('clearGreyRings', () => {
  it('when a signature runs into the grey ring of a seal on a grey copy, then with the ring cleared the signature is found on its own', () => {
    const map = classifyInk(page('#6a6a6a'));
    // Joined to the ring, nothing is found; with no note to sign beside that is review, not absence.
    expect(signatureOn(map).present).toBe(null);
    const cleared = clearGreyRings(map, [SEAL]);
    const sig = signatureOn(cleared);
    expect(sig.present).toBe(true);
    expect(sig.box!.x + sig.box!.w).toBeLessThan(80 * MM);
  });
  it('when the signature touches the text inside a grey seal, then the whole seal is cleared for the signature search and the signature is found', () => {
    const map = classifyInk(page('#6a6a6a', true));
    const darkInside = (m: typeof map) => { let n = 0; for (let y = 30 * MM; y < 45 * MM; y++) for (let x = 70 * MM; x < 74 * MM; x++) if (m.classes[Math.round(y) * m.width + Math.round(x)] === DARK) n++; return n; };
    // The ring alone cleared keeps the seal's text (a note written inside the seal is read there).
    expect(darkInside(clearGreyRings(map, [SEAL]))).toBeGreaterThan(0);
    expect(darkInside(clearGreyRings(map, [SEAL], 0))).toBe(0);
    const sig = signatureOn(clearGreyRings(map, [SEAL], 0));
    expect(sig.present).toBe(true);
    expect(sig.box!.x + sig.box!.w).toBeLessThan(80 * MM);
  });
  it('when the page has colour (a dark ring over print on a colour scan), then the map is left as it is', () => {
    const map = classifyInk(page('#6a6a6a', false, true));
    expect(clearGreyRings(map, [SEAL])).toBe(map);
  });
  it('when the seal ring is red, then the map is left as it is', () => {
    const map = classifyInk(page('#d21e28'));
    expect(clearGreyRings(map, [SEAL])).toBe(map);
  });
});
