/**
 * Code that runs inside the sheet page. Kept as plain JavaScript source (the project compiles
 * without the DOM typings), called as `(${SCRIPT})(arg)` through page.evaluate.
 */

/** The empty sheet every render starts from; templates fill `#sheet` and `#tpl-css`. */
export const SKELETON = `<!doctype html><html><head><meta charset="utf-8">
<style>
html, body { margin: 0; padding: 0; background: #fff; }
#sheet { position: absolute; left: 0; top: 0; width: 210mm; height: 297mm; overflow: hidden; background: #fff; }
#overlay { position: absolute; left: 0; top: 0; width: 210mm; height: 297mm; pointer-events: none; }
#overlay > svg { position: absolute; left: 0; top: 0; width: 210mm; height: 297mm; overflow: visible; }
</style>
<style id="tpl-css"></style>
</head><body><div id="sheet" class="sheet"></div><div id="overlay"></div></body></html>`;

/**
 * Puts a template page on the sheet, waits for fonts and images, and returns every
 * `data-anchor` element's box in mm (relative to the sheet's top-left corner).
 */
export const LOAD_PAGE = `async ({ html, css }) => {
  const PX_PER_MM = 96 / 25.4;
  document.getElementById('overlay').innerHTML = '';
  document.getElementById('tpl-css').textContent = css;
  const sheet = document.getElementById('sheet');
  sheet.innerHTML = html;
  await document.fonts.ready;
  await Promise.all([...sheet.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  const origin = sheet.getBoundingClientRect();
  const anchors = {};
  for (const el of sheet.querySelectorAll('[data-anchor]')) {
    const r = el.getBoundingClientRect();
    const name = el.getAttribute('data-anchor');
    const box = {
      x: Math.round(((r.left - origin.left) / PX_PER_MM) * 100) / 100,
      y: Math.round(((r.top - origin.top) / PX_PER_MM) * 100) / 100,
      w: Math.round((r.width / PX_PER_MM) * 100) / 100,
      h: Math.round((r.height / PX_PER_MM) * 100) / 100,
    };
    (anchors[name] = anchors[name] || []).push(box);
  }
  return anchors;
}`;

/**
 * Inserts the marks' SVG over the sheet and returns the boxes of everything tagged `data-truth`.
 * Seal, note and signature boxes are unions (a mark may be drawn as several groups).
 */
export const INSERT_OVERLAY = `async (svg) => {
  const PX_PER_MM = 96 / 25.4;
  const layer = document.getElementById('overlay');
  const trimmed = svg.trim();
  layer.innerHTML = trimmed.startsWith('<svg')
    ? trimmed
    : '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 210 297">' + trimmed + '</svg>';
  const root = layer.firstElementChild;
  if (root && root.tagName.toLowerCase() === 'svg' && !root.getAttribute('viewBox')) root.setAttribute('viewBox', '0 0 210 297');
  await document.fonts.ready;
  await Promise.all([...layer.querySelectorAll('image')].map((im) => (im.decode ? im.decode().catch(() => undefined) : undefined)));
  const origin = document.getElementById('sheet').getBoundingClientRect();
  const toMm = (r) => ({
    x: Math.round(((r.left - origin.left) / PX_PER_MM) * 100) / 100,
    y: Math.round(((r.top - origin.top) / PX_PER_MM) * 100) / 100,
    w: Math.round((r.width / PX_PER_MM) * 100) / 100,
    h: Math.round((r.height / PX_PER_MM) * 100) / 100,
  });
  const unions = { seal: null, note: null, signature: null };
  const other = [];
  const lookalikes = [];
  for (const el of layer.querySelectorAll('[data-truth]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const key = el.getAttribute('data-truth');
    if (key in unions) {
      const u = unions[key];
      unions[key] = u
        ? { left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) }
        : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    } else if (key === 'other-writing') {
      other.push({ text: el.getAttribute('data-text') || '', box: toMm(r) });
    } else if (key === 'lookalike') {
      lookalikes.push({ type: el.getAttribute('data-type') || '', box: toMm(r) });
    }
  }
  const box = (u) => (u ? toMm({ left: u.left, top: u.top, width: u.right - u.left, height: u.bottom - u.top }) : null);
  return { seal: box(unions.seal), note: box(unions.note), signature: box(unions.signature), other, lookalikes };
}`;

/**
 * Fallback font check when fontconfig's fc-list is not available: a family that is installed
 * measures the same whatever generic family follows it; a missing one falls through to the generic.
 */
export const FONT_PRESENT = `(family) => {
  const ctx = document.createElement('canvas').getContext('2d');
  const sample = '国家税务总局 Ag 0123';
  const widths = ['serif', 'sans-serif', 'monospace'].map((generic) => {
    ctx.font = '48px "' + family + '", ' + generic;
    return ctx.measureText(sample).width;
  });
  return widths[0] === widths[1] && widths[1] === widths[2];
}`;
