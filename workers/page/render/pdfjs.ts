/**
 * pdf.js for this process, loaded once, with JavaScript's own JSON and Array.prototype.push kept.
 *
 * The legacy build of pdf.js (the one that runs on Node 20) bundles core-js polyfills that replace
 * JSON.stringify, JSON.parse and Array.prototype.push for the whole process: once when pdf.mjs
 * loads, and again when its worker module loads on the first document opened. Node 20 already
 * implements what those polyfills add, and the replacements are slow: JSON.stringify of a case
 * report took 7 times as long and push twice as long (measured in one run on this project's
 * reports), in every JSON response, stored report and re-verification of the process.
 * So the worker module is loaded here too and handed to pdf.js (its documented
 * `globalThis.pdfjsWorker` hook for a worker in the same thread), and the builtins are put back
 * after both have loaded. Every runtime use of pdf.js goes through this module.
 */
import { restoreNativeBuiltins } from './native-builtins.ts';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// @ts-expect-error the worker module ships without type declarations
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
restoreNativeBuiltins();

export const getDocument: typeof pdfjs.getDocument = pdfjs.getDocument;
