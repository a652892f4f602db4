import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlagCode } from '../../rules/contract/index.ts';

const script = readFileSync(join(import.meta.dirname, '../../services/api/web/assets/reviewer/flag-codes.js'), 'utf8');

describe('the reviewer pages\' flag names', () => {
  it.each(FlagCode.options)('when the rules can raise %s, then the reviewer pages name it in Chinese', (code) => {
    expect(script).toMatch(new RegExp(`\\n  ${code}: '[^'A-Za-z]+',\\n`));
  });
});
