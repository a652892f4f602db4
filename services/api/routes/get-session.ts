import type { Request, Response } from 'express';
import { actorOf } from '../middleware/authenticate.ts';

/** GET /api/session — who the token is (role and tenant), for the sign-in page; nothing else. */
export function getSession() {
  return (req: Request, res: Response) => {
    const { role, tenant } = actorOf(req);
    res.set('cache-control', 'no-store').json({ role, tenant });
  };
}
