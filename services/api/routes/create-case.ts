import type { Request, Response } from 'express';
import { CaseFields } from '../../../rules/contract/index.ts';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

/** POST /api/cases — the case fields without documents; the tenant comes from the token, never the body. */
export function createCase(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const actor = requireRole(req, ['employer']);
    const parsed = CaseFields.safeParse(req.body);
    if (!parsed.success) {
      const unknown = parsed.error.issues.some((i) => i.code === 'unrecognized_keys');
      // Paths only: the values may be names or ID numbers.
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')).filter(Boolean))];
      throw new HttpError(400, unknown ? 'unknown_field' : 'invalid_case', { fields });
    }
    const id = await deps.store.cases.create(actor.tenant!, parsed.data);
    res.status(201).json({ id });
  };
}
