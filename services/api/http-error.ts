/** An answer with a status and a stable reason code; the message never carries input. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'HttpError';
  }
}
export const notFound = () => new HttpError(404, 'not_found');
