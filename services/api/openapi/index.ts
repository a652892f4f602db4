import type { Request, Response } from 'express';
import { buildOpenApi } from './build-openapi.ts';

export { buildOpenApi, openApiPath } from './build-openapi.ts';
export { ROUTE_DOCS, type RouteDoc } from './route-docs.ts';

/** GET /api/openapi.json — built once per process. */
export function openApiRoute(version: string) {
  const doc = JSON.stringify(buildOpenApi(version));
  return (_req: Request, res: Response) => void res.type('application/json').set('cache-control', 'no-cache').send(doc);
}
