import { z } from 'zod';
import { CaseFields, DocumentKind, Report } from '../../../rules/contract/index.ts';
import { AUDIT_ACTIONS } from '../../store/index.ts';
import { DecisionBody } from '../routes/decide-flag.ts';
import { ReviewQueueQuery } from '../routes/review-queue.ts';
import { RevealRequest } from '../review/index.ts';

/** Who may call a route: anyone, any valid token, or the listed roles. */
export type Access = 'public' | 'token' | ('employer' | 'reviewer' | 'admin')[];

export interface RouteDoc {
  method: 'get' | 'post' | 'put';
  /** Express-style path, as mounted (`/api/cases/:id`). */
  path: string;
  summary: string;
  access: Access;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** multipart/form-data fields instead of a JSON body. */
  form?: z.ZodObject;
  responses: Record<number, { description: string; schema?: z.ZodType; type?: string }>;
}

const Id = z.object({ id: z.uuid() });
const ErrorBody = z.object({ error: z.string().describe('stable reason code') });
const CaseStatus = z.enum(['open', 'processing', 'ready']);
const Progress = z.object({ status: CaseStatus, progress: z.object({ documentsTotal: z.number(), documentsDone: z.number(), pagesTotal: z.number(), pagesDone: z.number() }) });
const Decision = z.object({ outcome: z.enum(['confirmed', 'dismissed']), comment: z.string(), by: z.string(), at: z.string() });
const html = (description: string) => ({ 200: { description, type: 'text/html' } });
const json = (description: string, schema?: z.ZodType) => ({ description, ...(schema ? { schema } : {}) });
const denied = { 401: json('no token or a wrong one', ErrorBody), 403: json('the role may not', ErrorBody) };
const hidden = { 404: json('no such case, or not the caller\'s (the same answer)', ErrorBody) };

/** Every route the service answers, with the zod schemas it checks and answers with. A test holds this list equal to the app's routes. */
export const ROUTE_DOCS: RouteDoc[] = [
  { method: 'get', path: '/healthz', summary: 'Liveness: the process and its event loop answer', access: 'public', responses: { 200: json('alive', z.object({ ok: z.literal(true) })) } },
  { method: 'get', path: '/readyz', summary: 'Readiness: PostgreSQL and Redis each answer within 1 s', access: 'public', responses: { 200: json('ready', z.object({ ok: z.boolean(), postgres: z.boolean(), redis: z.boolean() })), 503: json('a dependency failed') } },
  { method: 'get', path: '/metrics', summary: 'Prometheus metrics: queue depth, pages done and per second, page time, failures by reason', access: ['admin'], responses: { 200: { description: 'Prometheus text format', type: 'text/plain' }, ...denied } },
  { method: 'get', path: '/admin/queues', summary: 'Queue dashboard (bull-board, read-only); its assets and JSON live under this path. Admin bearer token or the session cookie', access: ['admin'], responses: { ...html('the dashboard'), ...denied } },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', access: 'public', responses: { 200: json('OpenAPI 3.1') } },
  { method: 'get', path: '/', summary: 'Sign-in page', access: 'public', responses: html('page') },
  { method: 'get', path: '/favicon.ico', summary: 'No icon (204)', access: 'public', responses: { 204: json('nothing') } },
  { method: 'get', path: '/employer', summary: 'Redirects to /employer/cases', access: 'public', responses: { 302: json('redirect') } },
  { method: 'get', path: '/employer/cases', summary: 'Employer: its applications (page; data from /api)', access: 'public', responses: html('page') },
  { method: 'get', path: '/employer/cases/:id', summary: 'Employer: one application, uploads and page checks (page)', access: 'public', responses: html('page') },
  { method: 'get', path: '/reviewer', summary: 'Redirects to /reviewer/cases', access: 'public', responses: { 302: json('redirect') } },
  { method: 'get', path: '/reviewer/cases', summary: 'Reviewer: the queue (page)', access: 'public', responses: html('page') },
  { method: 'get', path: '/reviewer/cases/:id', summary: 'Reviewer: one case, flags with evidence and decisions (page)', access: 'public', responses: html('page') },
  { method: 'get', path: '/admin', summary: 'Admin: operator links (page)', access: 'public', responses: html('page') },

  { method: 'post', path: '/api/cases', summary: 'Create a case (the case fields without documents)', access: ['employer'], body: CaseFields, responses: { 201: json('created', Id), 400: json('invalid case', ErrorBody), ...denied } },
  { method: 'get', path: '/api/cases', summary: 'The caller\'s cases (an employer its own, a reviewer every case, an admin ids and counts)', access: 'token', query: z.object({ status: CaseStatus.optional(), limit: z.coerce.number().int().min(1).max(500).optional() }), responses: { 200: json('cases'), 400: json('invalid query', ErrorBody), 401: denied[401] } },
  { method: 'post', path: '/api/cases/:id/documents', summary: 'Upload a PDF; answers with the quick page checks that finished within the budget', access: ['employer'], form: z.object({ file: z.string().describe('the PDF (binary)'), kind: DocumentKind.optional() }), responses: { 202: json('accepted, pages queued'), 400: json('bad upload', ErrorBody), 413: json('file_too_large', ErrorBody), 415: json('not_a_pdf', ErrorBody), ...denied, ...hidden } },
  { method: 'get', path: '/api/cases/:id', summary: 'The case page\'s data: fields, documents, page checks, checklist', access: 'token', responses: { 200: json('the case'), ...denied, ...hidden } },
  { method: 'get', path: '/api/cases/:id/report', summary: 'The report once it covers every document (a reviewer\'s carries decisions and masks ID numbers)', access: ['employer', 'reviewer'], responses: { 200: json('the report', Report), 202: json('work pending', Progress), ...denied, ...hidden } },
  { method: 'get', path: '/api/cases/:id/events', summary: 'Server-sent events: page done, document done, report ready', access: ['employer', 'reviewer'], responses: { 200: { description: 'event stream', type: 'text/event-stream' }, 429: json('too many streams', ErrorBody), ...denied, ...hidden } },
  { method: 'get', path: '/api/cases/:id/documents/:docId/pages/:page/image', summary: 'One page as a JPEG at about `width` pixels', access: ['employer', 'reviewer'], query: z.object({ width: z.coerce.number().int().positive().optional() }), responses: { 200: { description: 'JPEG', type: 'image/jpeg' }, 400: json('invalid_width', ErrorBody), 422: json('page_unrenderable', ErrorBody), ...denied, ...hidden } },
  { method: 'get', path: '/api/session', summary: 'Who the token is: role and tenant', access: 'token', responses: { 200: json('the session', z.object({ role: z.enum(['employer', 'reviewer', 'admin']), tenant: z.string().nullable() })), 401: denied[401] } },
  { method: 'post', path: '/api/batches', summary: 'Re-verification over a filter: rules only, or full re-analysis', access: ['reviewer', 'admin'], body: z.object({ mode: z.enum(['rules', 'full']), filter: z.record(z.string(), z.unknown()).optional().describe('status, dates, case ids, provisional wage, older pipeline') }), responses: { 202: json('queued', z.object({ batchId: z.uuid(), cases: z.number() })), 400: json('invalid body', ErrorBody), ...denied } },
  { method: 'get', path: '/api/batches/:id', summary: 'A batch\'s progress and what changed', access: 'token', responses: { 200: json('the batch'), ...denied, ...hidden } },
  { method: 'get', path: '/api/audit', summary: 'The audit trail, newest first (ids and codes only)', access: ['admin'], query: z.object({ action: z.enum(AUDIT_ACTIONS).optional(), caseId: z.uuid().optional(), before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(1000).optional() }), responses: { 200: json('events'), 400: json('invalid query', ErrorBody), ...denied } },
  { method: 'get', path: '/api/review/cases', summary: 'Reviewer queue over every tenant: undecided rejects first, then reviews, oldest first', access: ['reviewer'], query: ReviewQueueQuery, responses: { 200: json('cases'), 400: json('invalid query', ErrorBody), ...denied } },
  { method: 'get', path: '/api/cases/:id/review', summary: 'A case for a reviewer: fields and report with decisions, ID numbers masked', access: ['reviewer'], responses: { 200: json('the case'), ...denied, ...hidden } },
  { method: 'put', path: '/api/cases/:id/flags/:key/decision', summary: 'Confirm or dismiss a flag with a comment (audited)', access: ['reviewer'], body: DecisionBody, responses: { 200: json('stored', z.object({ key: z.string(), decision: Decision })), 400: json('invalid body', ErrorBody), ...denied, 404: json('no such case or flag', ErrorBody) } },
  { method: 'post', path: '/api/cases/:id/reveal', summary: 'One ID number in full (audited before it is sent)', access: ['reviewer'], body: RevealRequest, responses: { 200: json('the number', z.object({ field: z.string(), value: z.string() })), 400: json('invalid body', ErrorBody), ...denied, 404: json('no such case or number', ErrorBody) } },
  { method: 'post', path: '/api/admin/queues-session', summary: 'A one-hour cookie session for the queue dashboard', access: ['admin'], responses: { 201: json('cookie set', z.object({ path: z.string(), expiresIn: z.number() })), ...denied } },
];
