/** A least-recently-used map of rendered images, bounded by total bytes. */
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
