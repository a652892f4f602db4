import { createHash } from 'node:crypto';
import { PdfDocument, type InputLimits } from '../page/index.ts';

/** How long an opened file is kept after its last use: a document's page jobs follow each other within seconds. */
const KEEP_MS = 30_000;

interface Entry {
  hash: string;
  doc: Promise<PdfDocument>;
  users: number;
  stale: boolean;
  timer: NodeJS.Timeout | null;
}

/**
 * The last file opened, kept open for the next call on the same bytes: a worker's page jobs and
 * the upload's quick checks each come with the whole file, and opening it (pdf.js, pdf-lib, the
 * image-size and active-content walks over every object) is paid once per file, not once per page.
 * A page's raster and text are read from the file as they were (nothing of one page is kept for
 * another), so what a page returns does not change. One file at a time, closed `KEEP_MS` after its
 * last use or as soon as another file's call has ended its last user.
 */
export function createOpenDocuments(limits: InputLimits, open: (bytes: Uint8Array) => Promise<PdfDocument> = (b) => PdfDocument.open(b, limits)) {
  let current: Entry | null = null;

  const close = (e: Entry) => {
    if (e.timer) clearTimeout(e.timer);
    e.timer = null;
    void e.doc.then((d) => d.close()).catch(() => undefined);
  };
  const release = (e: Entry) => {
    e.users--;
    if (e.users > 0) return;
    if (e.stale) return close(e);
    e.timer = setTimeout(() => {
      if (current === e) current = null;
      close(e);
    }, KEEP_MS);
    e.timer.unref();
  };

  return {
    /** Runs `fn` on the opened file; an unopenable file throws as PdfDocument.open does and is not kept. */
    async with<T>(bytes: Uint8Array, fn: (doc: PdfDocument) => Promise<T>): Promise<T> {
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (current?.hash !== hash) {
        if (current) {
          current.stale = true;
          if (current.users === 0) close(current);
        }
        const doc = open(bytes);
        const entry: Entry = { hash, doc, users: 0, stale: false, timer: null };
        current = entry;
        // a file that cannot be opened is forgotten at once, so the next call tries again
        doc.catch(() => {
          if (current === entry) current = null;
        });
      }
      const e = current!;
      if (e.timer) clearTimeout(e.timer);
      e.timer = null;
      e.users++;
      try {
        return await fn(await e.doc);
      } finally {
        release(e);
      }
    },
    /** Closes the kept file. */
    async close(): Promise<void> {
      if (current) {
        current.stale = true;
        if (current.users === 0) close(current);
        current = null;
      }
    },
  };
}
