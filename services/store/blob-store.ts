import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decryptBlob, encryptBlob, isEncryptedBlob, blobKeyId, type BlobKey } from './blob-cipher.ts';
import { SHA256, hashFile, type BlobStore } from './blob-store-types.ts';

/**
 * Files stored by the sha256 of their bytes under `<dir>/ab/cd/<sha256>`: the name is never taken
 * from the upload, and storing the same bytes twice is one file. With `keys` (BLOB_KEYS), every
 * blob is written encrypted under the first key (AES-256-GCM, blob-cipher.ts) and read under the
 * key it names; without, blobs are plain files (development and tests). The sha256 is always that
 * of the plain bytes. An upload is plain only while it streams in (`incoming/`, removed on adopt).
 */
export function createBlobStore(dir: string, keys: BlobKey[] = []): BlobStore & { dir: string; pathOf(sha256: string): string } {
  const current = keys[0];
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
    hashFile,
    /**
     * Moves a hashed temp file into place; returns once it is on disk under its address. `plain`:
     * the file's bytes when the caller already holds them (not read again to encrypt).
     */
    async adopt(tempPath: string, sha256: string, plain?: Uint8Array): Promise<string> {
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
      if (current) {
        const sealed = `${tempPath}.sealed`;
        await writeFile(sealed, encryptBlob(plain ?? (await readFile(tempPath)), current));
        await rename(sealed, target);
        await rm(tempPath, { force: true });
      } else {
        await rename(tempPath, target);
      }
      return target;
    },
    async read(sha256: string): Promise<Uint8Array> {
      const bytes = new Uint8Array(await readFile(pathOf(sha256)));
      return isEncryptedBlob(bytes) ? decryptBlob(bytes, keys) : bytes;
    },
    /**
     * Key rotation: rewrites every blob not under the current key (plain ones too) under it, each
     * through a temp file and a rename, so a crash leaves every blob readable. Returns how many.
     */
    async rekey(): Promise<number> {
      if (!current) return 0;
      let rewritten = 0;
      for (const a of await readdir(dir).catch(() => [] as string[])) {
        if (!/^[0-9a-f]{2}$/.test(a)) continue;
        for (const b of await readdir(join(dir, a))) {
          for (const name of await readdir(join(dir, a, b))) {
            if (!SHA256.test(name)) continue;
            const file = join(dir, a, b, name);
            const bytes = new Uint8Array(await readFile(file));
            if (isEncryptedBlob(bytes) && blobKeyId(bytes) === current.id) continue;
            const plain = isEncryptedBlob(bytes) ? decryptBlob(bytes, keys) : bytes;
            await writeFile(`${file}.rekey`, encryptBlob(plain, current));
            await rename(`${file}.rekey`, file);
            rewritten++;
          }
        }
      }
      return rewritten;
    },
    pathOf,
  };
}
