import type { NextFunction, Request, Response } from 'express';
import type { Actor, Role, Store } from '../../store/index.ts';
import { HttpError } from '../http-error.ts';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}

/** Bearer token → actor (role, tenant). Every /api route needs one. */
export function authenticate(store: Store) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const m = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(req.get('authorization') ?? '');
    const actor = m ? await store.tokens.findActor(m[1]) : null;
    if (!actor) return next(new HttpError(401, 'unauthorized'));
    req.actor = actor;
    next();
  };
}

export function actorOf(req: Request): Actor {
  if (!req.actor) throw new HttpError(401, 'unauthorized');
  return req.actor;
}

/** Role checks are about what a kind of user may do at all; object access answers 404 instead. */
export function requireRole(req: Request, roles: Role[]): Actor {
  const actor = actorOf(req);
  if (!roles.includes(actor.role)) throw new HttpError(403, 'forbidden_role');
  return actor;
}
