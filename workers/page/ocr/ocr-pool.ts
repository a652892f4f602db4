import { availableParallelism } from 'node:os';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrEngine, OcrLine, OcrResult } from '../types.ts';
import { ensureLangFolder } from './lang-data.ts';
import { toOcrResult } from './to-ocr-result.ts';

export interface OcrPoolOptions {
  /** Number of tesseract workers. @default the number of cores */
  size?: number;
  /**
   * Readings a worker makes before it is replaced: the WASM heap never shrinks (tesseract.js#900).
   * Every recognize() counts, a page's and each weak line read again (10–19 a page on the
   * throughput bench's first three pages), so a worker lasts 2–4 pages. @default 40
   */
  recycleAfter?: number;
  /** Bound on worker start-up: with unloadable language data createWorker never settles. @default 30000 */
  startTimeoutMs?: number;
  /** Bound on one page. @default 120000 */
  pageTimeoutMs?: number;
}

/**
 * chi_sim alone. With the npm best_int data `chi_sim+eng` silently fails to load eng (measured),
 * and `eng+chi_sim` loads both but then reads large CJK titles as English ("申报收入查询" came
 * out as "FRIES" on a test page), which breaks document classification. chi_sim reads the digits,
 * dates and amounts of these documents on its own (same test page: the table row exact).
 */
const LANGS = 'chi_sim';
const PSM_BY_NAME = { column: PSM.SINGLE_COLUMN, line: PSM.SINGLE_LINE, block: PSM.SINGLE_BLOCK, sparse: PSM.SPARSE_TEXT };

interface Slot {
  worker: Promise<Worker>;
  pages: number;
  busy: boolean;
}

/** A fixed pool of single-threaded tesseract.js workers, reused across pages and recycled after N pages. */
export class OcrPool implements OcrEngine {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private readonly langPath = ensureLangFolder();
  private closed = false;
  readonly size: number;
  private readonly recycleAfter: number;
  private readonly startTimeoutMs: number;
  private readonly pageTimeoutMs: number;

  constructor(opts: OcrPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? availableParallelism());
    this.recycleAfter = opts.recycleAfter ?? 40;
    this.startTimeoutMs = opts.startTimeoutMs ?? 30_000;
    this.pageTimeoutMs = opts.pageTimeoutMs ?? 120_000;
    for (let i = 0; i < this.size; i++) this.slots.push({ worker: this.start(), pages: 0, busy: false });
  }

  private start(): Promise<Worker> {
    const worker = createWorker(LANGS, OEM.LSTM_ONLY, {
      langPath: this.langPath,
      cacheMethod: 'none', // the default cache writes traineddata into the working directory
      gzip: true,
      logger: () => {},
      errorHandler: () => {},
    }).then(async (w) => {
      await w.setParameters({ preserve_interword_spaces: '1' });
      return w;
    });
    return withTimeout(worker, this.startTimeoutMs, 'OCR worker did not start');
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error('OCR pool is closed'));
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    if (slot.pages >= this.recycleAfter && !this.closed) {
      const old = slot.worker;
      slot.worker = this.start();
      slot.pages = 0;
      void old.then((w) => w.terminate()).catch(() => {});
    }
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  async recognize(
    image: Uint8Array,
    opts: { dpi: number; psm?: 'column' | 'line' | 'block' | 'sparse' },
  ): Promise<OcrResult> {
    const slot = await this.acquire();
    try {
      const worker = await slot.worker;
      // Always set the resolution: tesseract ignores JPEG density and sharp writes 25 dpi into
      // PNGs built from raw buffers, both of which lose whole tables (measured on this project's samples).
      await worker.setParameters({
        tessedit_pageseg_mode: PSM_BY_NAME[opts.psm ?? 'column'],
        user_defined_dpi: String(Math.round(opts.dpi)),
      });
      const result = await withTimeout(
        worker.recognize(Buffer.from(image), {}, { blocks: true, text: true }),
        this.pageTimeoutMs,
        'OCR timed out',
      );
      slot.pages++;
      return toOcrResult(result.data);
    } catch (err) {
      // A worker that timed out or crashed is replaced rather than reused.
      const old = slot.worker;
      slot.worker = this.start();
      slot.pages = 0;
      void old.then((w) => w.terminate()).catch(() => {});
      throw err;
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map((s) => s.worker.then((w) => w.terminate()).catch(() => undefined)),
    );
  }
}

export type { OcrLine };

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
      timer.unref();
    }),
  ]);
}
