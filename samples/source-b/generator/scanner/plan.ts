import type { Box } from '../../../../rules/contract/index.ts';
import type { Degradation } from '../../../generator/truth.ts';
import type { MmBox } from '../content.ts';

/**
 * How a sheet becomes an image. `scanSheet` (scanner/index.ts) applies it to the sheet's pixels and
 * reports the truth of what it did.
 */
export type Capture =
  | 'autocrop' // flatbed, cropped to the sheet by the scanner software: no bed visible
  | 'bed-light' // flatbed, the sheet on a light lid with its edge visible
  | 'bed-dark' // flatbed with the lid open: a dark bed around the sheet
  | 'phone'; // a phone photo: background, perspective, shadow

export type ScanDefect =
  | 'photocopy' // a copy: grey, contrast up, a little toner speckle
  | 'copy_of_copy' // copied twice: thickened strokes, grey fill lost, stronger speckle
  | 'toner_streaks' // vertical streaks along the feed
  | 'fold' // a fold line across the sheet (shadow + bright ridge)
  | 'binarised' // fax-like: 1-bit threshold, dither
  | 'greyscale'
  | 'noise'
  | 'gaussian_blur'
  | 'motion_blur'
  | 'low_dpi' // scanned at 100 dpi or less
  | 'heavy_jpeg'; // JPEG quality 4–8

export interface ScanPlan {
  capture: Capture;
  /** Output resolution (the sheet is rendered at this dpi, or higher and resampled). */
  dpi: number;
  /** Rotation of the sheet, degrees (positive clockwise). Whole pages: |r| < 1.5; skewed: ≥ 3. */
  rotationDeg: number;
  /** mm of the sheet cut off at each side (0 = whole). Content crossing the border = cut. */
  cutMm: { top: number; right: number; bottom: number; left: number };
  defects: ScanDefect[];
  /** JPEG quality of the final image (heavy_jpeg overrides it). */
  jpegQuality: number;
  /**
   * How hard gaussian_blur and motion_blur hit: 'mild' (σ 0.2–0.27 mm, smear 1.0–1.15 mm, the page
   * stays clear) or 'strong' (σ 0.3–0.45 mm, smear 1.2–2.2 mm, clarityOk false). Default 'strong'.
   */
  strength?: 'mild' | 'strong';
}

export interface ScanTruth {
  degradations: Degradation[];
  clarityOk: boolean;
  edgesOk: boolean;
  skewDeg: number;
  cropped: boolean;
}

export interface ScanResult {
  jpeg: Buffer;
  widthPx: number;
  heightPx: number;
  dpi: number;
  truth: ScanTruth;
  /** A sheet box (mm) in final image pixels, clipped to the image; null when wholly outside. */
  mapBox(box: MmBox): Box | null;
  /** Fraction of a sheet box (mm) that lies inside the final image. */
  visibleFraction(box: MmBox): number;
}
