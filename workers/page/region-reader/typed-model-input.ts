import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** An RGBA image as PP-OCR's wrapper hands it to its models. */
export interface RgbaImage {
  data: Uint8Array | Uint8ClampedArray | Buffer;
  width: number;
  height: number;
}
export interface ModelInput {
  data: ArrayLike<number>;
  width: number;
  height: number;
}
type ModelInputOptions = { mean?: readonly number[]; std?: readonly number[] };
type ImageToInput = (image: RgbaImage, opts: ModelInputOptions) => ModelInput;

/**
 * The model input of an RGBA image, planes B, G, R of `(value / 255 − mean) / std`: what
 * @gutenye/ocr-common's ModelBase.imageToInput computes, written straight into a Float32Array. The
 * wrapper builds it from three JS arrays grown one value at a time and spread into a fourth, which
 * the model input then copies into a Float32Array anyway: on a 150 dpi page about 0.7 s of one core
 * and four arrays of 2–6 million doubles (≈ 100 MB) of garbage per read. Each value is the same
 * double expression rounded once to float32, as the wrapper's copy rounds it, so the models get
 * the same bytes.
 */
export function typedImageToInput(image: RgbaImage, { mean = [0, 0, 0], std = [1, 1, 1] }: ModelInputOptions = {}): ModelInput {
  const src = image.data;
  const n = Math.ceil(src.length / 4);
  const data = new Float32Array(3 * n);
  const [m0, m1, m2] = mean as readonly [number, number, number];
  const [s0, s1, s2] = std as readonly [number, number, number];
  for (let i = 0, k = 0; i < src.length; i += 4, k++) {
    data[k] = (src[i + 2]! / 255 - m2) / s2;
    data[n + k] = (src[i + 1]! / 255 - m1) / s1;
    data[2 * n + k] = (src[i]! / 255 - m0) / s0;
  }
  return { data, width: image.width, height: image.height };
}

const ORIGINAL = Symbol.for('permit-precheck.imageToInput.original');
type Proto = { imageToInput?: ImageToInput; [ORIGINAL]?: ImageToInput };

/** The wrapper's model base class prototype (not exported by the package: loaded by its file, the same module its models import). */
async function modelBasePrototype(): Promise<Proto | null> {
  try {
    const entry = createRequire(import.meta.url).resolve('@gutenye/ocr-common');
    const mod = (await import(pathToFileURL(path.join(path.dirname(entry), 'models', 'ModelBase.js')).href)) as { ModelBase?: { prototype: Proto } };
    return mod.ModelBase?.prototype ?? null;
  } catch {
    return null;
  }
}

/**
 * Installs typedImageToInput in PP-OCR's wrapper, once per process. Returns the wrapper's own
 * function (for the test that holds both equal), or null when the wrapper's layout is not the one
 * this was written for: then nothing is changed and reads take the slow way.
 */
export async function useTypedModelInput(): Promise<ImageToInput | null> {
  const proto = await modelBasePrototype();
  if (!proto || typeof proto.imageToInput !== 'function') return null;
  if (!proto[ORIGINAL]) {
    proto[ORIGINAL] = proto.imageToInput;
    proto.imageToInput = typedImageToInput;
  }
  return proto[ORIGINAL];
}
