import { PDFDict, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';

/**
 * What a PDF carries besides its pages that a scanner never writes: scripts, launch actions, XFA
 * forms, embedded files. None of it is ever run or opened here (pdf.js runs with scripting and XFA
 * off, and only page pixels and text are read); it is reported so a reviewer knows the file was
 * made or edited by other software than a scanner.
 */
export type ActiveContent = 'javascript' | 'launch_action' | 'xfa_form' | 'embedded_file';

/**
 * Every object of the file, reachable or not (a hidden script is still a script): an action
 * dictionary of type JavaScript or Launch, a /JS entry, an /XFA entry, an /EmbeddedFile stream or
 * file specification carrying one. Dictionaries only; nothing is decoded.
 */
export function findActiveContent(doc: PDFDocument): ActiveContent[] {
  const found = new Set<ActiveContent>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFRawStream ? obj.dict : obj instanceof PDFDict ? obj : null;
    if (!dict) continue;
    for (const inner of [dict, ...directDicts(dict)]) {
      const action = inner.get(PDFName.of('S'));
      if (action === PDFName.of('JavaScript') || inner.has(PDFName.of('JS'))) found.add('javascript');
      if (action === PDFName.of('Launch')) found.add('launch_action');
      if (inner.has(PDFName.of('XFA'))) found.add('xfa_form');
      if (inner.get(PDFName.of('Type')) === PDFName.of('EmbeddedFile') || inner.has(PDFName.of('EF'))) found.add('embedded_file');
    }
  }
  return [...found].sort();
}

/** Dictionaries written inline in `dict` (an /OpenAction or /AA written in place), one level down. */
function directDicts(dict: PDFDict): PDFDict[] {
  const out: PDFDict[] = [];
  for (const [, value] of dict.entries()) {
    if (value instanceof PDFDict) {
      out.push(value);
      for (const [, v] of value.entries()) if (v instanceof PDFDict) out.push(v);
    }
  }
  return out;
}
