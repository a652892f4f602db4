/** Why a page reads as unclear. The rules engineer maps each code to a Chinese message. */
export type ClarityReason = 'blurred' | 'low_resolution' | 'compressed' | 'low_contrast' | 'low_ocr_confidence';
/** Why a page is not the whole sheet with neat edges (四边轮廓整齐). */
export type EdgeReason = 'skewed' | 'cut_off' | 'dark_border' | 'phone_photo';

export interface Clarity {
  ok: boolean | null;
  /** Edge acutance at 150 dpi: 100 / (estimated blur σ in 150-dpi pixels). Higher is sharper; null on a blank page. */
  sharpness: number | null;
  /** (paper − ink) / 255 from the normalised grey image. */
  contrast: number | null;
  /** Pixels per inch against the physical page size; null when the size is unknown and not A4-shaped. */
  effectiveDpi: number | null;
  /** JPEG 8×8 grid strength: ratio of steps across block boundaries to steps inside blocks (1 = none). */
  blockiness: number | null;
  /**
   * Pixels at 150 dpi clearly darker than the paper (40 levels; paper noise stays above): under
   * CLARITY.minInkPixels the page is bare paper. Absent from results stored before it was measured.
   */
  inkPixels?: number;
  reasons: ClarityReason[];
}

export interface Edges {
  ok: boolean | null;
  /** Text-line angle in degrees, positive = clockwise; null when the page has too little line structure. */
  skewDeg: number | null;
  cropped: boolean | null;
  reasons: EdgeReason[];
}

/** A single-channel image; `dpi` is its resolution after normalisation (null if the size is unknown). */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
  dpi: number | null;
}
