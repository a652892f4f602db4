/** `npm run docs:settings`: rewrites the settings table in README.md from the config schema. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceSettingsBlock } from './settings-block.ts';

const readme = join(import.meta.dirname, '..', '..', 'README.md');
writeFileSync(readme, replaceSettingsBlock(readFileSync(readme, 'utf8')));
