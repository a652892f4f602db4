import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepRecentBlobs } from '../../services/queue/recent-blobs.ts';
import { createBlobStore } from '../../services/store/index.ts';

describe("a worker keeps the last files' bytes for the next page jobs of the same file", () => {
  let dir: string;
  let store: ReturnType<typeof createBlobStore>;
  const hashes: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'precheck-recent-blobs-'));
    store = createBlobStore(dir);
    for (let i = 0; i < 3; i++) {
      const bytes = new TextEncoder().encode(`%PDF-1.4 file ${i}`);
      const hash = createHash('sha256').update(bytes).digest('hex');
      const temp = await store.tempPath();
      await writeFile(temp, bytes);
      await store.adopt(temp, hash, bytes);
      hashes.push(hash);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('when the pages of two files alternate, then each file is read from the store once and its bytes are the stored ones', async () => {
    const blobs = keepRecentBlobs(store, 2);
    const [a, b] = hashes as [string, string];
    for (const h of [a, b, a, b, a]) expect(await blobs.read(h)).toEqual(await store.read(h));
    expect(blobs.reads).toBe(2);
  });

  it('when a third file is read, then the least recently read one is dropped and read again when asked', async () => {
    const blobs = keepRecentBlobs(store, 2);
    const [a, b, c] = hashes as [string, string, string];
    for (const h of [a, b, a, c, a, b]) await blobs.read(h);
    expect(blobs.reads).toBe(4);
  });

  it('when a read fails, then it is not kept: the next read asks the store again', async () => {
    const blobs = keepRecentBlobs(store, 2);
    const missing = 'f'.repeat(64);
    await expect(blobs.read(missing)).rejects.toThrow();
    await expect(blobs.read(missing)).rejects.toThrow();
    expect(blobs.reads).toBe(2);
  });
});
