/* global window */
/**
 * Which boxes to draw on a page for a flag: the flag's own evidence box, else the marks the page
 * check found that the flag is about (seal, note, signature; a missing signature is looked for
 * beside the note). Boxes are in page pixels; they are drawn in percent of the page, so one set
 * serves the thumbnail and the full-size view.
 */
window.ReviewerBoxes = function boxesFor(flag, page) {
  const out = [];
  const add = function (box, kind) {
    if (box && box.w > 0 && box.h > 0) out.push({ box: box, kind: kind });
  };
  add(flag.evidence && flag.evidence.box, 'evidence');
  if (out.length || !page) return out;
  const code = flag.code;
  if (code.startsWith('SEAL_')) for (const b of page.seal.boxes || []) add(b, 'seal');
  if (code.startsWith('ANNOTATION_')) add(page.annotation.box, 'note');
  if (code === 'SIGNATURE_MISSING') {
    add(page.signature.box, 'signature');
    add(page.annotation.box, 'note');
  }
  return out;
};

/** A page image with boxes over it: a wrapper whose children are absolutely placed in percent. */
window.ReviewerFigure = function figure(el, page, marks, imgAttrs) {
  const wrap = el('div', { class: 'figure' });
  const img = el('img', Object.assign({ alt: '第' + page.page + '页' }, imgAttrs || {}));
  wrap.append(img);
  for (const m of marks) {
    // Placed through the CSSOM: the pages' CSP refuses style attributes.
    const b = el('div', { class: 'box ' + m.kind });
    b.style.left = (100 * m.box.x) / page.widthPx + '%';
    b.style.top = (100 * m.box.y) / page.heightPx + '%';
    b.style.width = (100 * m.box.w) / page.widthPx + '%';
    b.style.height = (100 * m.box.h) / page.heightPx + '%';
    wrap.append(b);
  }
  return { wrap: wrap, img: img };
};
