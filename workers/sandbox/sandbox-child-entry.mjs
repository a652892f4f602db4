/**
 * The sandbox child's entry, plain JavaScript run without a TypeScript loader. It loads pdf.js
 * first, natively, and only then registers tsx and loads the child (sandbox-child.ts):
 * - tsx rewrites every ES module it loads that has a dynamic import(), with an inline source map
 *   that Node then parses; for pdf.js's 3 MB of modules that cost the process ≈ 300 MB of resident
 *   memory for its whole life (measured: the page pipeline's modules loaded 482 MB through tsx,
 *   183 MB with pdf.js loaded first). Loaded here, pdf.js is in the module cache when
 *   workers/page/render/pdfjs.ts imports it, so the pipeline uses this very instance.
 * - As pdfjs.ts does, the worker module is handed to pdf.js (`globalThis.pdfjsWorker`) and
 *   JSON.stringify, JSON.parse and Array.prototype.push, which pdf.js's bundled core-js replaces
 *   with slow copies, are put back.
 * - tsx is registered from here, in this thread only (not with `--import`, which Node also runs in
 *   every worker thread: tesseract.js reads pages in one).
 */
import { register } from 'tsx/esm/api';

const kept = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
await import('pdfjs-dist/legacy/build/pdf.mjs');
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
JSON.stringify = kept.stringify;
JSON.parse = kept.parse;
Array.prototype.push = kept.push;

register();
await import('./sandbox-child.ts');
