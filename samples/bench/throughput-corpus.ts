import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { Case, type CaseFields, type DocumentKind } from '../../rules/contract/index.ts';
import { corpusRoot, type Source } from './corpus-root.ts';

/** One PDF of a tune split, with the case that first names it (its fields give the pages their employer). */
interface SourceDocument {
  source: Source;
  caseId: string;
  fields: CaseFields;
  file: string;
  kind: DocumentKind | null;
}

/** A document to upload: fresh bytes (a copy of some of a sample's pages), its case and kind. */
export interface BenchDocument {
  /** The case it goes in: one per sample case and round (a round never repeats a file in a case). */
  caseKey: string;
  fields: CaseFields;
  kind: DocumentKind | null;
  name: string;
  bytes: Uint8Array;
  pages: number;
}

/** Every PDF the tune split's cases name, once, in case order. */
function documentsOf(source: Source): SourceDocument[] {
  const dir = corpusRoot(source, 'tune');
  const seen = new Set<string>();
  const out: SourceDocument[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.case.json')).sort()) {
    const { documents, ...fields } = Case.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
    for (const d of documents) {
      const file = path.join(dir, d.file);
      if (seen.has(file)) continue;
      seen.add(file);
      out.push({ source, caseId: fields.id ?? f, fields, file, kind: d.kind ?? null });
    }
  }
  return out;
}

/** A and B alternately, so even a short run has pages of both sample sources. */
function interleave<T>(a: T[], b: T[]): T[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]]).flat().filter((x): x is T => x !== undefined);
}

/**
 * The first `pages` pages of both sources' tune documents, cycled as often as needed, as fresh PDFs:
 * each copy holds the sample's pages unchanged (pdf-lib copies their content streams and images
 * as they are) under a document ID of its own (round and position), so no two uploads have the
 * same sha256 and no stored page analysis (kept by sha256) is reused within a run. The same
 * `pages` gives the same bytes in every run (no dates are written). Files pdf-lib cannot open
 * (the corpus' invalid files) are left out; the last document is cut to the page count asked.
 */
export async function* benchDocuments(pages: number): AsyncGenerator<BenchDocument> {
  const list = interleave(documentsOf('a'), documentsOf('b'));
  const loaded = new Map<string, PDFDocument | null>();
  let left = pages;
  for (let round = 0; left > 0; round++) {
    let any = false;
    for (const [i, d] of list.entries()) {
      if (left <= 0) return;
      if (!loaded.has(d.file)) loaded.set(d.file, await PDFDocument.load(readFileSync(d.file)).catch(() => null));
      const src = loaded.get(d.file);
      if (!src || src.getPageCount() === 0) continue;
      const take = Math.min(src.getPageCount(), left);
      const out = await PDFDocument.create({ updateMetadata: false });
      for (const p of await out.copyPages(src, Array.from({ length: take }, (_, k) => k))) out.addPage(p);
      const id = PDFHexString.of(createHash('sha256').update(`bench ${round} ${i}`).digest('hex').slice(0, 32));
      out.context.trailerInfo.ID = out.context.obj([id, id]);
      yield {
        caseKey: `${d.source}-${d.caseId}-r${round}`,
        fields: { ...d.fields, id: `${d.caseId}-r${round}` },
        kind: d.kind,
        name: `${d.source}-${round}-${path.basename(d.file)}`,
        bytes: await out.save(),
        pages: take,
      };
      left -= take;
      any = true;
    }
    if (!any) throw new Error('no sample document could be opened');
  }
}
