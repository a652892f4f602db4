import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import type { Store } from '../../store/index.ts';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError } from '../http-error.ts';

/** The dashboard's cookie: its pages cannot send a bearer header, so an admin trades the token for it. */
export const ADMIN_COOKIE = 'precheck_admin';
export const BOARD_PATH = '/admin/queues';
const SESSION_S = 3600;

const sessionKey = (prefix: string, sid: string) => `${prefix}:admin-session:${sid}`;

/**
 * POST /api/admin/queues-session (admin token) — a one-hour session for the queue dashboard: a
 * random id in an HttpOnly, SameSite=Strict cookie scoped to /admin/queues, mapped in Redis to the
 * token (so revoking the token ends it). The token itself never goes into a cookie.
 */
export function createAdminSession(redis: Redis, prefix: string) {
  return async (req: Request, res: Response) => {
    const actor = requireRole(req, ['admin']);
    const sid = randomBytes(32).toString('base64url');
    await redis.set(sessionKey(prefix, sid), actor.tokenId, 'EX', SESSION_S);
    res
      .cookie(ADMIN_COOKIE, sid, { httpOnly: true, sameSite: 'strict', path: BOARD_PATH, maxAge: SESSION_S * 1000, secure: req.secure })
      .status(201)
      .json({ path: BOARD_PATH, expiresIn: SESSION_S });
  };
}

function cookieValue(req: Request, name: string): string | null {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/** Admins only: an admin bearer token, or the dashboard's session cookie of a token still valid. Anything else: 401/403, nothing served. */
export function adminOnly(store: Store, redis: Redis, prefix: string) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const bearer = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(req.get('authorization') ?? '');
    if (bearer) {
      const actor = await store.tokens.findActor(bearer[1]!);
      if (!actor) return next(new HttpError(401, 'unauthorized'));
      if (actor.role !== 'admin') return next(new HttpError(403, 'forbidden_role'));
      return next();
    }
    const sid = cookieValue(req, ADMIN_COOKIE);
    const tokenId = sid && /^[A-Za-z0-9_-]{43}$/.test(sid) ? await redis.get(sessionKey(prefix, sid)) : null;
    if (!tokenId) return next(new HttpError(401, 'unauthorized'));
    const { rows } = await store.pool.query("SELECT 1 FROM api_token WHERE id = $1 AND role = 'admin' AND revoked_at IS NULL", [tokenId]);
    if (!rows.length) return next(new HttpError(401, 'unauthorized'));
    next();
  };
}
