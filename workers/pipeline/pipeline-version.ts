import { readFileSync } from 'node:fs';
import { PIPELINE_RULES_VERSION } from '../../rules/index.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Part of every stored page result's key (sha256, page, version): bump the page part whenever a
 * change alters what a page analysis returns, so stored results are recomputed, not reused.
 */
export const PAGE_PIPELINE_VERSION = `${pkg.version}+page.11`;
export const PIPELINE_VERSION = `${PAGE_PIPELINE_VERSION}+rules.${PIPELINE_RULES_VERSION}`;
