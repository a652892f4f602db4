import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Files stored by the sha256 of their bytes under `<dir>/ab/cd/<sha256>`: the name is never taken
 * from the upload, and storing the same bytes twice is one file.
 */
export function createBlobStore(dir: string) {
  const pathOf = (sha256: string): string => {
    if (!SHA256.test(sha256)) throw new Error('invalid sha256');
    return join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  return {
    dir,
    /** A fresh path for an incoming upload, inside the store's volume so the final rename is atomic. */
    async tempPath(): Promise<string> {
      await mkdir(join(dir, 'incoming'), { recursive: true });
      return join(dir, 'incoming', randomUUID());
    },
    async hashFile(path: string): Promise<string> {
      const hash = createHash('sha256');
      await pipeline(createReadStream(path), hash);
      return hash.digest('hex');
    },
    /** Moves a hashed temp file into place; returns once it is on disk under its address. */
    async adopt(tempPath: string, sha256: string): Promise<string> {
      const target = pathOf(sha256);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (exists) {
        await rm(tempPath, { force: true });
        return target;
      }
      await mkdir(join(target, '..'), { recursive: true });
      await rename(tempPath, target);
      return target;
    },
    async read(sha256: string): Promise<Uint8Array> {
      return new Uint8Array(await readFile(pathOf(sha256)));
    },
    pathOf,
  };
}
export type BlobStore = ReturnType<typeof createBlobStore>;
