import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, replaceSettingsBlock, SETTINGS_DOC } from '../../services/config/index.ts';

describe('the README settings table', () => {
  it('when the config schema changes, then the README table must be regenerated (npm run docs:settings)', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(replaceSettingsBlock(readme)).toBe(readme);
  });
  it('when a setting exists, then it is documented with who reads it', () => {
    expect(Object.keys(SETTINGS_DOC).sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
  });
});
