import { z } from 'zod';
import { ROUTE_DOCS, type RouteDoc } from './route-docs.ts';

/** `/api/cases/:id` → `/api/cases/{id}`. */
export const openApiPath = (expressPath: string) => expressPath.replace(/:([A-Za-z]+)/g, '{$1}');

function schemaOf(s: z.ZodType, io: 'input' | 'output') {
  // The document's dialect is JSON Schema 2020-12 already: no $schema in each one.
  const { $schema: _dialect, ...schema } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return schema;
}

function operation(r: RouteDoc) {
  const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const query = r.query
    ? Object.entries(r.query.shape).map(([name, s]) => ({ name, in: 'query', required: !(s as z.ZodType).safeParse(undefined).success, schema: schemaOf(s as z.ZodType, 'input') }))
    : [];
  const body = r.body
    ? { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } }
    : r.form
      ? { required: true, content: { 'multipart/form-data': { schema: schemaOf(r.form, 'input') } } }
      : undefined;
  const responses = Object.fromEntries(
    Object.entries(r.responses).map(([status, res]) => [
      status,
      {
        description: res.description,
        ...(res.type || res.schema ? { content: { [res.type ?? 'application/json']: res.schema ? { schema: schemaOf(res.schema, 'output') } : {} } } : {}),
      },
    ]),
  );
  const security = r.access === 'public' ? [] : [{ bearer: [] }];
  return {
    summary: r.summary,
    ...(Array.isArray(r.access) ? { 'x-roles': r.access } : {}),
    security,
    ...(params.length || query.length ? { parameters: [...params, ...query] } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of every route, its schemas generated from the zod schemas the routes check with. */
export function buildOpenApi(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTE_DOCS) (paths[openApiPath(r.path)] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'permit-precheck',
      version,
      description: 'Pre-screening of the scanned materials for the Beijing Work Residence Permit (北京市工作居住证). Bearer tokens: `npx precheck tokens add`.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
