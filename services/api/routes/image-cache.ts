import { PAGE_IMAGE_WIDTH } from '../../../workers/page/index.ts';

/** Widths are snapped up to a multiple of 80 px, so the sizes layouts ask for share a few entries. */
export const snapWidth = (asked: number): number => Math.min(PAGE_IMAGE_WIDTH.max, Math.max(PAGE_IMAGE_WIDTH.min, Math.ceil(asked / 80) * 80));

/** A page image's key: the file's content hash, never a case or a tenant (access is checked before). */
export const imageKey = (sha256: string, page: number, width: number): string => `${sha256}|${page}|${width}`;

/** A least-recently-used map of rendered page images, bounded by total bytes. */
export function createImageCache(maxBytes: number) {
  const entries = new Map<string, Uint8Array>();
  let bytes = 0;
  return {
    get(key: string): Uint8Array | undefined {
      const v = entries.get(key);
      if (v) {
        entries.delete(key);
        entries.set(key, v);
      }
      return v;
    },
    set(key: string, value: Uint8Array): void {
      if (value.byteLength > maxBytes) return;
      const old = entries.get(key);
      if (old) bytes -= old.byteLength;
      entries.delete(key);
      entries.set(key, value);
      bytes += value.byteLength;
      for (const [k, v] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(k);
        bytes -= v.byteLength;
      }
    },
  };
}
export type ImageCache = ReturnType<typeof createImageCache>;
