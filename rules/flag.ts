import { FLAG_CLAUSES, type Box, type Flag, type FlagCode, type Severity } from './contract/index.ts';

export interface FlagAt {
  file?: string | null;
  page?: number | null;
  box?: Box | null;
  value?: unknown;
  expected?: unknown;
  text?: string | null;
  /** The guide clause this flag enforces when it is narrower than its code's (e.g. the one material a MATERIAL_MISSING names). */
  clause?: string;
}

/** Codes with no clause of their own (a doubt, a skipped rule): each flag names the clause of the rule it stands in for. */
export type ClauseFreeCode = { [K in FlagCode]: (typeof FLAG_CLAUSES)[K] extends '—' ? K : never }[FlagCode];

/** Builds a flag with its guide clause; every rule goes through here so no flag lacks one. */
export function makeFlag(code: ClauseFreeCode, severity: Severity, message: string, at: FlagAt & { clause: string }): Flag;
export function makeFlag(code: Exclude<FlagCode, ClauseFreeCode>, severity: Severity, message: string, at?: FlagAt): Flag;
export function makeFlag(code: FlagCode, severity: Severity, message: string, at: FlagAt = {}): Flag {
  return {
    code,
    severity,
    file: at.file ?? null,
    page: at.page ?? null,
    message,
    rule: at.clause ?? FLAG_CLAUSES[code],
    evidence: {
      box: at.box ?? null,
      value: at.value ?? null,
      expected: at.expected ?? null,
      ...(at.text != null ? { text: at.text } : {}),
    },
  };
}
