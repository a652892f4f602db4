/**
 * An unexpected error as a log field: its class and its stack frames, never its message (a
 * message can quote input: a name, an ID number, a value read from a page).
 */
export function errorForLog(err: unknown): { type: string; stack?: string } {
  if (!(err instanceof Error)) return { type: typeof err };
  const frames = err.stack?.split('\n').filter((l) => /^\s+at /.test(l)).map((l) => l.trim());
  return { type: err.name || err.constructor.name, ...(frames?.length ? { stack: frames.join('\n') } : {}) };
}
