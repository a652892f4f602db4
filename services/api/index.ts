export { createApp } from './create-app.ts';
export { startApiService, type ApiService } from './start-api-service.ts';
export { HttpError } from './http-error.ts';
export type { ApiDeps, ApiPipeline, ApiLimits } from './types.ts';
