/** What a case comes to: its worst flag, or `none` while it has no report. */
export type Outcome = 'reject' | 'review' | 'pass' | 'none';

type FlagLike = { code: string; severity: string };

export function outcomeOf(flags: readonly FlagLike[] | null): Outcome {
  if (!flags) return 'none';
  if (flags.some((f) => f.severity === 'reject')) return 'reject';
  if (flags.some((f) => f.severity === 'review')) return 'review';
  return 'pass';
}

export type CodeCounts = Record<string, number>;

function counts(flags: readonly FlagLike[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of flags) m.set(f.code, (m.get(f.code) ?? 0) + 1);
  return m;
}

/**
 * Flags added and removed between two reports, per code (a code raised twice before and once
 * after is one removed). Null where nothing moved, so an unchanged case stores nothing.
 */
export function flagDelta(before: readonly FlagLike[], after: readonly FlagLike[]): { added: CodeCounts | null; removed: CodeCounts | null } {
  const b = counts(before);
  const a = counts(after);
  const added: CodeCounts = {};
  const removed: CodeCounts = {};
  for (const [code, n] of a) if (n > (b.get(code) ?? 0)) added[code] = n - (b.get(code) ?? 0);
  for (const [code, n] of b) if (n > (a.get(code) ?? 0)) removed[code] = n - (a.get(code) ?? 0);
  return { added: Object.keys(added).length ? added : null, removed: Object.keys(removed).length ? removed : null };
}
