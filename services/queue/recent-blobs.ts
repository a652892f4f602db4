/** Files whose bytes a worker process keeps: one per page job it runs at once, and the next one. */
const DEFAULT_KEEP = 2;

/**
 * The bytes of the files a worker read last, for the next page jobs of the same file: a document's
 * pages are queued together, and each page job read (and decrypted) the whole file again. Blobs are
 * content-addressed, so a kept file is never stale. At most `keep` files (each at most
 * MAX_UPLOAD_BYTES); a failed read is not kept. `reads` counts reads from the store.
 */
export function keepRecentBlobs(blobs: { read(sha256: string): Promise<Uint8Array> }, keep = DEFAULT_KEEP) {
  const kept = new Map<string, Promise<Uint8Array>>();
  let reads = 0;
  return {
    read(sha256: string): Promise<Uint8Array> {
      let bytes = kept.get(sha256);
      if (bytes) kept.delete(sha256);
      else {
        reads++;
        bytes = blobs.read(sha256);
        bytes.catch(() => kept.get(sha256) === bytes && kept.delete(sha256));
      }
      kept.set(sha256, bytes);
      while (kept.size > keep) kept.delete(kept.keys().next().value!);
      return bytes;
    },
    get reads() {
      return reads;
    },
  };
}
