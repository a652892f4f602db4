import { FLAG_CLAUSES, type Box, type Flag, type FlagCode, type Severity } from './contract/index.ts';

export interface FlagAt {
  file?: string | null;
  page?: number | null;
  box?: Box | null;
  value?: unknown;
  expected?: unknown;
  text?: string | null;
}

/** Builds a flag with its guide clause; every rule goes through here so no flag lacks one. */
export function makeFlag(code: FlagCode, severity: Severity, message: string, at: FlagAt = {}): Flag {
  return {
    code,
    severity,
    file: at.file ?? null,
    page: at.page ?? null,
    message,
    rule: FLAG_CLAUSES[code],
    evidence: {
      box: at.box ?? null,
      value: at.value ?? null,
      expected: at.expected ?? null,
      ...(at.text != null ? { text: at.text } : {}),
    },
  };
}
