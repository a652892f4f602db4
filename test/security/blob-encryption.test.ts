import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BlobKeyError, parseBlobKeys } from '../../services/store/blob-cipher.ts';
import { createBlobStore } from '../../services/store/index.ts';
import { loadConfig } from '../../services/config/index.ts';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describe('blobs at rest', () => {
  const dirs: string[] = [];
  const store = async (keys: string | undefined) => {
    const dir = await mkdtemp(join(tmpdir(), 'precheck-blobs-'));
    dirs.push(dir);
    return { dir, blobs: createBlobStore(dir, parseBlobKeys(keys)) };
  };
  const put = async (blobs: ReturnType<typeof createBlobStore>, bytes: Buffer) => {
    const temp = await blobs.tempPath();
    await writeFile(temp, bytes);
    const sha = await blobs.hashFile(temp);
    await blobs.adopt(temp, sha);
    return sha;
  };
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });

  it('when BLOB_KEYS is set, then the file on disk holds no PDF bytes and reads back whole, addressed by the plain sha256', async () => {
    const { blobs } = await store(key('k1'));
    const sha = await put(blobs, PDF);
    const onDisk = await readFile(blobs.pathOf(sha));
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);
    expect(onDisk.includes(Buffer.from('Catalog'))).toBe(false);
    expect(Buffer.from(await blobs.read(sha))).toEqual(PDF);
  });

  it('when a byte of a stored blob is changed, then reading it fails instead of returning other bytes', async () => {
    const { blobs } = await store(key('k1'));
    const sha = await put(blobs, PDF);
    const file = blobs.pathOf(sha);
    const bytes = await readFile(file);
    bytes[bytes.length - 3] ^= 0x01;
    await writeFile(file, bytes);
    await expect(blobs.read(sha)).rejects.toThrow();
  });

  it('when the key is rotated, then old blobs still open, rekey rewrites them (and plain ones) under the new key, and the old key can go', async () => {
    const old = key('k1');
    const { dir, blobs: plain } = await store(undefined);
    const shaPlain = await put(plain, PDF);
    const v1 = createBlobStore(dir, parseBlobKeys(old));
    const shaOld = await put(v1, Buffer.concat([PDF, Buffer.from('% other\n')]));
    const newKey = key('k2');
    const rotated = createBlobStore(dir, parseBlobKeys(`${newKey},${old}`));
    expect(Buffer.from(await rotated.read(shaOld)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await rotated.rekey()).toBe(2);
    expect(await rotated.rekey()).toBe(0);
    const newOnly = createBlobStore(dir, parseBlobKeys(newKey));
    for (const sha of [shaPlain, shaOld]) {
      expect((await readFile(newOnly.pathOf(sha))).includes(Buffer.from('%PDF'))).toBe(false);
      expect(Buffer.from(await newOnly.read(sha)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('when a blob names a key that is not listed, then it is a clear error naming the key id only', async () => {
    const { dir, blobs } = await store(key('k1'));
    const sha = await put(blobs, PDF);
    const other = createBlobStore(dir, parseBlobKeys(key('k9')));
    await expect(other.read(sha)).rejects.toThrow(/no key "k1"/);
  });

  it.each([
    ['k1:short', 'a key of fewer than 32 bytes'],
    ['no-colon', 'no id'],
    ['bad id!:' + randomBytes(32).toString('base64'), 'an id with other characters'],
  ])('when BLOB_KEYS is "%s" (%s), then the configuration is refused without echoing it', (spec) => {
    expect(() => parseBlobKeys(spec)).toThrow(BlobKeyError);
    const base = { DATABASE_URL: 'postgres://x@127.0.0.1/test', REDIS_URL: 'redis://127.0.0.1:6379', BLOB_DIR: '/tmp/x' };
    expect(() => loadConfig({ ...base, BLOB_KEYS: spec })).toThrow(/BLOB_KEYS/);
    try {
      loadConfig({ ...base, BLOB_KEYS: spec });
    } catch (err) {
      expect((err as Error).message).not.toContain(spec.slice(spec.indexOf(':') + 1) || spec);
    }
  });
});
