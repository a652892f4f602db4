/** Placeholder: cannot decide yet. */
export function matchCompanyName(_read: string, _employer: string): { match: boolean | null; score: number } {
  return { match: null, score: 0 };
}
