import { settingsTable } from './settings-doc.ts';

export const SETTINGS_START = '<!-- settings:start (npm run docs:settings) -->';
export const SETTINGS_END = '<!-- settings:end -->';

/** The text with the block between the markers replaced by the current table. */
export function replaceSettingsBlock(text: string): string {
  const a = text.indexOf(SETTINGS_START);
  const b = text.indexOf(SETTINGS_END);
  if (a < 0 || b < a) throw new Error('README.md has no settings block markers');
  return text.slice(0, a + SETTINGS_START.length) + '\n' + settingsTable() + '\n' + text.slice(b);
}
