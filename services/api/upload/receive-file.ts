import { randomUUID } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { BlobStore } from '../../store/index.ts';
import { HttpError } from '../http-error.ts';

export interface ReceivedFile {
  path: string;
  size: number;
  /** Display name only; never used as a path. */
  name: string;
  fields: Record<string, unknown>;
}

/** Multer error codes → reason codes (every busboy default that is unlimited is set here). */
const MULTER_CODES: Record<string, [number, string]> = {
  LIMIT_FILE_SIZE: [413, 'file_too_large'],
  LIMIT_FILE_COUNT: [413, 'too_many_files'],
  LIMIT_PART_COUNT: [413, 'too_many_parts'],
  LIMIT_FIELD_COUNT: [413, 'too_many_parts'],
  LIMIT_FIELD_KEY: [400, 'field_name_too_long'],
  LIMIT_FIELD_VALUE: [413, 'field_too_large'],
  LIMIT_UNEXPECTED_FILE: [400, 'unexpected_file_field'],
};

/** Keeps a readable, harmless display name: no directories, control or bidi characters, ≤ 200 chars. */
export function displayName(original: string | undefined): string {
  const base = basename((original ?? '').replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (clean || 'document.pdf').slice(0, 200);
}

/**
 * Streams the multipart `file` to a temp file in the blob store's volume (never into memory),
 * enforcing size, count and part limits while streaming; a partial file is removed by multer.
 */
export function receiveFile(blobs: BlobStore, maxBytes: number) {
  const upload = multer({
    storage: multer.diskStorage({
      destination: (_req, _file, cb) => {
        blobs.tempPath().then(
          (p) => cb(null, dirname(p)),
          (err) => cb(err, ''),
        );
      },
      // Never the client's name: a fresh random one.
      filename: (_req, _file, cb) => cb(null, randomUUID()),
    }),
    limits: {
      fileSize: maxBytes,
      files: 1,
      fields: 5,
      parts: 6,
      fieldSize: 1024,
      fieldNameSize: 100,
      headerPairs: 100,
    },
  }).single('file');

  return (req: Request, res: Response): Promise<ReceivedFile> =>
    new Promise((resolve, reject) => {
      upload(req, res, (err: unknown) => {
        if (err) {
          const code = (err as { code?: string }).code;
          const mapped = code ? MULTER_CODES[code] : undefined;
          if (mapped) return reject(new HttpError(mapped[0], mapped[1]));
          return reject(new HttpError(400, 'invalid_multipart'));
        }
        if (!req.file) return reject(new HttpError(400, 'missing_file'));
        resolve({
          path: req.file.path,
          size: req.file.size,
          name: displayName(Buffer.from(req.file.originalname, 'latin1').toString('utf8')),
          fields: { ...(req.body ?? {}) },
        });
      });
    });
}
