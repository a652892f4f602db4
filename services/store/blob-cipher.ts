import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Marks an encrypted blob: "PCB1" (precheck blob, format 1). A PDF starts with %PDF, so the two never mix. */
const MAGIC = Buffer.from('PCB1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface BlobKey {
  /** Short name stored in each blob, so a blob names the key that opens it (rotation). */
  id: string;
  key: Buffer;
}

export class BlobKeyError extends Error {}

/**
 * `BLOB_KEYS`: comma-separated `id:base64key` pairs, 32-byte keys (AES-256). The first encrypts
 * new blobs; every one listed can still open the blobs written under it.
 */
export function parseBlobKeys(spec: string | undefined): BlobKey[] {
  if (!spec) return [];
  return spec.split(',').map((pair) => {
    const at = pair.indexOf(':');
    const id = pair.slice(0, at).trim();
    const key = Buffer.from(pair.slice(at + 1).trim(), 'base64');
    if (at <= 0 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new BlobKeyError('BLOB_KEYS: each entry is id:base64key with an id of letters, digits, _ or -');
    if (key.length !== 32) throw new BlobKeyError(`BLOB_KEYS: key "${id}" is not 32 bytes of base64`);
    return { id, key };
  });
}

/**
 * AES-256-GCM with a fresh 96-bit IV per blob: MAGIC | id length | id | IV | tag | ciphertext.
 * The tag authenticates the content and the header, so a flipped bit or a swapped key id is an
 * error, never a silently different PDF.
 */
export function encryptBlob(plain: Uint8Array, key: BlobKey): Buffer {
  const id = Buffer.from(key.id, 'utf8');
  const header = Buffer.concat([MAGIC, Buffer.from([id.length]), id]);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

export function isEncryptedBlob(bytes: Uint8Array): boolean {
  return bytes.length > MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}

/** The key id an encrypted blob names. */
export function blobKeyId(bytes: Uint8Array): string {
  const n = bytes[MAGIC.length]!;
  return Buffer.from(bytes.subarray(MAGIC.length + 1, MAGIC.length + 1 + n)).toString('utf8');
}

export function decryptBlob(bytes: Uint8Array, keys: BlobKey[]): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const id = blobKeyId(buf);
  const key = keys.find((k) => k.id === id);
  if (!key) throw new BlobKeyError(`no key "${id}" in BLOB_KEYS for this blob`);
  const headerEnd = MAGIC.length + 1 + buf[MAGIC.length]!;
  const iv = buf.subarray(headerEnd, headerEnd + IV_BYTES);
  const tag = buf.subarray(headerEnd + IV_BYTES, headerEnd + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key.key, iv);
  decipher.setAAD(buf.subarray(0, headerEnd));
  decipher.setAuthTag(tag);
  return new Uint8Array(Buffer.concat([decipher.update(buf.subarray(headerEnd + IV_BYTES + TAG_BYTES)), decipher.final()]));
}
